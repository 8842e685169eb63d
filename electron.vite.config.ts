import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = resolve(__dirname, 'src/shared')

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    // Everything the main process uses (zod) is bundled in, so the packaged app carries no
    // node_modules: fewer files to trust, and nothing outside app.asar to load.
    build: { externalizeDeps: false }
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    // A sandboxed preload cannot require packages at run time, so everything is bundled in.
    build: { externalizeDeps: false }
  },
  renderer: {
    resolve: {
      alias: { '@shared': shared, '@renderer': resolve(__dirname, 'src/renderer/src') }
    },
    plugins: [react()],
    build: {
      // Smaller, faster-to-parse bundle: start-up to the patient list is a tracked figure.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') }
      }
    }
  }
})
