import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
            }
          ]
        }
      ]
    }
  },
  {
    // The database is constructed at start-up, in repositories and in tests.
    files: [
      'src/renderer/src/main.tsx',
      'src/renderer/src/db/**',
      'tests/**',
      'src/renderer/src/features/demo/**'
    ],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['electron', 'node:*', 'react', 'react-dom', 'dexie'],
          paths: ['fs', 'path', 'os']
        }
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
