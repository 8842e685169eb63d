import type { Api } from '../shared/ipc'

declare global {
  interface Window {
    /** Present in the desktop app; absent when the renderer runs in a plain browser. */
    api?: Api
  }
}
