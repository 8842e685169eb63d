// Helpers shared by benchmark suites.

/**
 * An init script that records, as window.__painted, the page time (ms since navigation start)
 * of the first frame after `selector` matches `count` elements (at least one when omitted).
 */
export function paintWatcher(selector, count = 1) {
  return `(() => {
    const done = (t) => { window.__painted = t }
    const check = () => document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}
    const start = () => {
      if (check()) { requestAnimationFrame(() => done(performance.now())); return }
      const observer = new MutationObserver(() => {
        if (check()) { observer.disconnect(); requestAnimationFrame(() => done(performance.now())) }
      })
      observer.observe(document, { childList: true, subtree: true, attributes: true })
    }
    start()
  })()`
}

/**
 * In an open page: runs `action` (a string of JS) and resolves with the ms until the first
 * frame after `selector` matches `count` elements.
 */
export async function timeToPaint(page, action, selector, count = 1) {
  return page.evaluate(
    ({ action, selector, count }) =>
      new Promise((resolve) => {
        const t0 = performance.now()
        const check = () => document.querySelectorAll(selector).length >= count
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - t0))
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect()
            finish()
          }
        })
        observer.observe(document, { childList: true, subtree: true, attributes: true })
        new Function(action)()
        if (check()) {
          observer.disconnect()
          finish()
        }
      }),
    { action, selector, count }
  )
}

export async function repeat(runs, fn) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await fn(i))
  return samples
}
