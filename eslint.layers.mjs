// The layers of the program, as an ESLint rule: an import that runs against them fails lint.
//
//   src/shared                 pure model, rules, dates, demo generator       (lowest)
//   src/renderer/src/db        Dexie, versions, migrations, repositories
//   src/renderer/src/lib       bridge, router, commands, clock, data, writes  } one level
//   src/renderer/src/components  shared presentational pieces                 }
//   src/renderer/src/features/<f>  one feature; never another feature
//   src/renderer/src/app       the shell that composes features               (highest)
//
// A layer imports only from those below it (lib and components may use each other). The main
// process and the preload may use shared, never the renderer, and the renderer never them.
// Within features and shared components, components reach data only through hooks: they may
// not import `useRepositories`. Test files may reach anything.
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(fileURLToPath(import.meta.url))

const RANK = { shared: 0, db: 1, lib: 2, components: 2, feature: 3, app: 4, entry: 5 }

/** The room a file belongs to, from its path relative to the repository. */
export function roomOf(path) {
  const p = path.split(sep).join('/')
  if (p.startsWith('src/shared/')) return { layer: 'shared' }
  if (p.startsWith('src/main/')) return { layer: 'main' }
  if (p.startsWith('src/preload/')) return { layer: 'preload' }
  const renderer = 'src/renderer/src/'
  if (!p.startsWith(renderer)) return null
  const [top, second] = p.slice(renderer.length).split('/')
  if (top === 'main.tsx') return { layer: 'entry' }
  if (top === 'features' && second) return { layer: 'feature', feature: second }
  if (top === 'db' || top === 'lib' || top === 'components' || top === 'app') return { layer: top }
  if (top === 'styles') return { layer: 'styles' }
  return null
}

const ALIASES = [
  ['@shared/', 'src/shared/'],
  ['@renderer/', 'src/renderer/src/']
]

/** The repository path an import names, or null for a package. */
export function importedPath(source, fromFile, root = ROOT) {
  for (const [alias, dir] of ALIASES) {
    if (source.startsWith(alias)) return dir + source.slice(alias.length)
  }
  if (source.startsWith('.')) return relative(root, resolve(dirname(fromFile), source))
  return null
}

const isTestFile = (path) =>
  /\.test\.tsx?$/.test(path) || path.split(sep).join('/').startsWith('tests/')

function layerName(room) {
  return room.layer === 'feature' ? `features/${room.feature}` : room.layer
}

/** Why `from` may not import `to`, or null when it may. */
export function refusal(from, to) {
  if (!from || !to) return null
  if (to.layer === 'styles') return null
  const isProcess = (room) => room.layer === 'main' || room.layer === 'preload'
  if (isProcess(from) || isProcess(to)) {
    if (isProcess(from) && (to.layer === 'shared' || to.layer === from.layer)) return null
    return `${layerName(from)} may not import ${layerName(to)}: processes share only src/shared`
  }
  if (from.layer === 'feature' && to.layer === 'feature') {
    return from.feature === to.feature
      ? null
      : `features/${from.feature} may not import features/${to.feature}: compose features in app/, or move what both need into a lower layer`
  }
  if (RANK[to.layer] < RANK[from.layer]) return null
  if (RANK[to.layer] === RANK[from.layer]) return null
  return `${layerName(from)} may not import ${layerName(to)}: a layer imports only from the layers below it (shared, db, lib and components, features, app)`
}

const isComponentFile = (path) => {
  const p = path.split(sep).join('/')
  return (
    /^src\/renderer\/src\/features\/[^/]+\/components\//.test(p) ||
    p.startsWith('src/renderer/src/components/')
  )
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports within the layers of the program' },
    schema: [
      { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }
    ],
    messages: {
      layer: '{{reason}}.',
      repositories:
        'Components reach data through a feature hook (useXWrites, a live-query hook), never useRepositories.'
    }
  },
  create(context) {
    const root = context.options[0]?.root ?? ROOT
    const file = relative(root, context.filename)
    if (isTestFile(file)) return {}
    const from = roomOf(file)
    if (!from) return {}
    const check = (node, source) => {
      const target = importedPath(source, context.filename, root)
      if (target === null) return
      const reason = refusal(from, roomOf(target))
      if (reason) context.report({ node, messageId: 'layer', data: { reason } })
    }
    return {
      ImportDeclaration(node) {
        check(node.source, node.source.value)
        const target = importedPath(node.source.value, context.filename, root)
        if (
          isComponentFile(file) &&
          target === 'src/renderer/src/lib/data' &&
          node.specifiers.some(
            (s) => s.type === 'ImportSpecifier' && s.imported.name === 'useRepositories'
          )
        ) {
          context.report({ node, messageId: 'repositories' })
        }
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value)
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value)
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
          check(node.source, node.source.value)
        }
      }
    }
  }
}

export const layersPlugin = { rules: { layers: layersRule } }
