import { chmod, mkdir } from 'node:fs/promises'

/**
 * Health records leave Racepoint only as files the clinic's own account can read: every file
 * Racepoint writes (backups, automatic backups, CSV, PDFs, the log) is created 0600, and every
 * folder it makes for them 0700. Windows ignores these modes; a user's own profile folders
 * are private there already.
 */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

/**
 * Makes a folder Racepoint owns (backups/, logs/) and makes it private, including one made
 * 0755 by an earlier version. Never used on a folder the user picked in a save dialog.
 */
export async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  if (process.platform !== 'win32') await chmod(folder, PRIVATE_FOLDER_MODE)
}
