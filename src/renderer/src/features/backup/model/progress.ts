/** How far a long task has got: `done` of `total` units, and what it is doing now. */
export type Progress = { phase: ProgressPhase; done: number; total: number }

export type ProgressPhase =
  | 'reading'
  | 'writing-file'
  | 'encrypting'
  | 'decrypting'
  | 'unlocking'
  | 'checking'
  | 'saving-copy'
  | 'restoring'
  | 'exporting'

export type ProgressListener = (progress: Progress) => void

/**
 * Lets the browser paint and handle input between pieces of a long task. A message-channel
 * task, not setTimeout, which browsers slow to once a second in background windows.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
