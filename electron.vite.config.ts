import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { HtmlTagDescriptor, Plugin } from 'vite'

const shared = resolve(__dirname, 'src/shared')

/**
 * The renderer starts in steps (src/renderer/src/main.tsx), each a dynamic import evaluated in
 * its own task. This asks the browser to fetch and compile every step's chunks at once, from
 * the page itself, so the steps do not wait on one another's downloads. Screens loaded later
 * (dynamic imports of those chunks) are not preloaded.
 */
function preloadStartupSteps(): Plugin {
  return {
    name: 'racepoint-preload-startup-steps',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return []
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
        const byName = new Map(chunks.map((c) => [c.fileName, c]))
        const entry = chunks.find((c) => c.isEntry)
        if (!entry) return []
        const wanted = new Set<string>()
        const add = (file: string): void => {
          if (wanted.has(file) || file === entry.fileName) return
          wanted.add(file)
          for (const dep of byName.get(file)?.imports ?? []) add(dep)
        }
        for (const step of entry.dynamicImports) add(step)
        for (const dep of entry.imports) wanted.delete(dep)
        return [...wanted].map(
          (file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head'
          })
        )
      }
    }
  }
}

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
    plugins: [react(), preloadStartupSteps()],
    build: {
      // Smaller, faster-to-parse bundle: start-up to the patient list is a tracked figure.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') }
      }
    }
  }
})
