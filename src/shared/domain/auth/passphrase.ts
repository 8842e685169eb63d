import { COMMON_PASSWORDS } from './commonPasswords'

/** NIST SP 800-63B: at least 8 characters; long passphrases welcome (up to 256). */
export const MIN_PASSPHRASE_LENGTH = 8
export const MAX_PASSPHRASE_LENGTH = 256

const COMMON = new Set(COMMON_PASSWORDS)

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm']

function isSequential(text: string): boolean {
  return SEQUENCES.some((run) => run.includes(text) || [...run].reverse().join('').includes(text))
}

/**
 * Why a passphrase would be refused, or null when it can be used. Per NIST SP 800-63B: long
 * enough; not a known common password (with digits or symbols tacked on); not one character
 * repeated or a keyboard or alphabet run; not the person's own name or the clinic's name. No
 * rules about mixing character classes, which only make passphrases harder to remember.
 */
export function passphraseProblem(
  passphrase: string,
  context: { names?: readonly string[] } = {}
): string | null {
  const length = [...passphrase].length
  if (length < MIN_PASSPHRASE_LENGTH)
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few words are easy to remember`
  if (length > MAX_PASSPHRASE_LENGTH) return `Use at most ${MAX_PASSPHRASE_LENGTH} characters`
  const plain = passphrase.toLowerCase().normalize('NFKC')
  const core = plain.replace(/[\d\W_]+$/u, '')
  const squashed = plain.replace(/\s+/g, '')
  if (COMMON.has(plain) || COMMON.has(squashed) || (core.length >= 4 && COMMON.has(core)))
    return 'That is one of the most common passwords: choose something less guessable'
  if (/^(.)\1*$/u.test(squashed)) return 'One character repeated is easy to guess'
  if (isSequential(squashed)) return 'A run of keys or letters is easy to guess'
  for (const name of context.names ?? []) {
    const words = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3)
    const whole = words.join('')
    const bare = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '')
    if (whole.length >= 3 && (bare(squashed) === whole || bare(core) === whole))
      return 'Do not use a name as the passphrase'
    if (words.some((w) => squashed === w || core === w))
      return 'Do not use a name as the passphrase'
  }
  return null
}
