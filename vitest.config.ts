import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/shared/**/*.test.ts',
            'src/main/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/docs/**/*.test.ts',
            'packaging/**/*.test.ts'
          ]
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          include: [
            'src/renderer/**/*.test.{ts,tsx}',
            'tests/db/**/*.test.ts',
            'tests/renderer/**/*.test.{ts,tsx}'
          ]
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'sealed',
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          env: { RACEPOINT_SEALED_TESTS: '1' },
          include: ['tests/db/**/*.test.ts'],
          exclude: ['tests/db/migrations/**', 'tests/db/sealing/**']
        }
      }
    ]
  }
})
