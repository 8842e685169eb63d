import { resolve } from 'node:path'
import { ESLint, RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module without types
import { layersRule } from '../../eslint.layers.mjs'

const ROOT = resolve(__dirname, '../..')
const file = (path: string): string => resolve(ROOT, path)

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' }
})

describe('the layers of the program', () => {
  tester.run('racepoint/layers', layersRule, {
    valid: [
      {
        name: 'a feature uses shared, db, lib and components',
        filename: file('src/renderer/src/features/patients/components/PatientPage.tsx'),
        code: `import { fullName } from '@shared/domain/patient'
import type { Draft } from '@renderer/db/database'
import { Link } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { usePatient } from '../hooks/usePatients'`
      },
      {
        name: 'the app composes features',
        filename: file('src/renderer/src/app/PatientScreen.tsx'),
        code: `import { ProgressView } from '@renderer/features/progress/components/ProgressView'
import { PatientRaces } from '../features/races/components/PatientRaces'`
      },
      {
        name: 'a feature hook reads through the repositories',
        filename: file('src/renderer/src/features/today/hooks/useToday.ts'),
        code: `import { useRepositories } from '@renderer/lib/data'`
      },
      {
        name: 'lib and components stand side by side',
        filename: file('src/renderer/src/components/NotFound.tsx'),
        code: `import { Link } from '@renderer/lib/router'`
      },
      {
        name: 'the main process uses shared',
        filename: file('src/main/appUrl.ts'),
        code: `import { APP_HOST } from '../shared/ipc'`
      },
      {
        name: 'a test reaches anything',
        filename: file('src/renderer/src/features/today/model/races.test.ts'),
        code: `import { buildSession } from '../../../../../../tests/factories/records'
import { SheetPage } from '@renderer/features/sheets/components/SheetPage'`
      }
    ],
    invalid: [
      {
        name: 'one feature importing another',
        filename: file('src/renderer/src/features/patients/components/PatientHeader.tsx'),
        code: `import { SessionDraftNotice } from '../../sessions/components/draft/SessionDraftNotice'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'the database layer importing a feature',
        filename: file('src/renderer/src/db/repositories/backup.ts'),
        code: `import { BACKUP_FORMAT } from '../../features/backup/model/file/format'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'a feature importing the app shell',
        filename: file('src/renderer/src/features/today/components/TodayPage.tsx'),
        code: `import { AppShell } from '@renderer/app/AppShell'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'lib importing a feature',
        filename: file('src/renderer/src/lib/data.tsx'),
        code: `export { useSettings } from '@renderer/features/settings/hooks/useSettings'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'shared importing the renderer',
        filename: file('src/shared/domain/patient.ts'),
        code: `import { newId } from '../../renderer/src/lib/ids'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'the renderer importing the main process',
        filename: file('src/renderer/src/lib/bridge.ts'),
        code: `import { resolveAppAsset } from '../../../main/appUrl'`,
        errors: [{ messageId: 'layer' }]
      },
      {
        name: 'a component reaching the repositories',
        filename: file('src/renderer/src/features/sessions/components/form/SessionFormEditor.tsx'),
        code: `import { useRepositories } from '@renderer/lib/data'`,
        errors: [{ messageId: 'repositories' }]
      },
      {
        name: 'a lazily loaded feature is still another feature',
        filename: file('src/renderer/src/features/patients/components/PatientPage.tsx'),
        code: `export const load = () => import('@renderer/features/progress/components/ProgressView')`,
        errors: [{ messageId: 'layer' }]
      }
    ]
  })

  it('is switched on for every source file by the project’s lint configuration', async () => {
    const eslint = new ESLint({ cwd: ROOT })
    for (const path of [
      'src/renderer/src/features/patients/components/PatientPage.tsx',
      'src/renderer/src/db/repositories/patients.ts',
      'src/shared/domain/patient.ts',
      'src/main/index.ts'
    ]) {
      const config = (await eslint.calculateConfigForFile(file(path))) as {
        rules: Record<string, unknown>
      }
      expect(config.rules['racepoint/layers'], path).toEqual([2])
    }
  })

  it('lets only src/shared/dates.ts import date-fns', async () => {
    const eslint = new ESLint({ cwd: ROOT })
    const restricted = async (path: string): Promise<string> =>
      JSON.stringify(
        ((await eslint.calculateConfigForFile(file(path))) as { rules: Record<string, unknown> })
          .rules['no-restricted-imports']
      )
    expect(await restricted('src/renderer/src/features/today/model/races.ts')).toContain('date-fns')
    expect(await restricted('src/renderer/src/db/repositories/patients.ts')).toContain('date-fns')
    expect(await restricted('src/shared/demo/demoClinic.ts')).toContain('date-fns')
    expect(await restricted('src/shared/dates.ts')).not.toContain('date-fns')
  })
})
