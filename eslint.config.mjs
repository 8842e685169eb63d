import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { layersPlugin } from './eslint.layers.mjs'

/** date-fns has one door: src/shared/dates.ts. */
const DATES_ONLY = {
  group: ['date-fns', 'date-fns/*'],
  message: 'Dates go through src/shared/dates.ts, the one module that uses date-fns.'
}
/** src/shared runs in every process: no Electron, Node, React or database. */
const SHARED_IS_PURE = {
  group: ['electron', 'node:*', 'react', 'react-dom', 'dexie'],
  message: 'src/shared runs in every process: keep it free of Electron, Node, React and Dexie.'
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/bench/harness/dist/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname
      }
    },
    plugins: { 'react-hooks': reactHooks, racepoint: layersPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'racepoint/layers': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/database', '**/db/database.ts'],
              importNames: ['RacepointDB'],
              message:
                'Components reach data through repositories (useRepositories), never the database.'
            },
            DATES_ONLY
          ]
        }
      ]
    }
  },
  {
    // The database is constructed at start-up, in repositories and in tests.
    files: ['src/renderer/src/main.tsx', 'src/renderer/src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATES_ONLY] }] }
  },
  { files: ['tests/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [SHARED_IS_PURE, DATES_ONLY], paths: ['fs', 'path', 'os'] }
      ]
    }
  },
  {
    files: ['src/shared/dates.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [SHARED_IS_PURE], paths: ['fs', 'path', 'os'] }
      ]
    }
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    // Node scripts whose callbacks also run inside the browser page (Playwright evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  }
)
