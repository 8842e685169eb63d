import { describe, expect, it } from 'vitest'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { toBase64Url, utf8 } from './bytes'
import { prefixesOf, searchToken, searchTokensFor } from './tokens'

const plainToken = (key: Uint8Array, word: string): string =>
  toBase64Url(hmac(sha256, key, utf8(`search:${word}`)).subarray(0, 16))

describe('search tokens', () => {
  const keyA = new Uint8Array(32).map((_, i) => i + 1)
  const keyB = new Uint8Array(32).map((_, i) => 200 - i)

  it('are the HMAC of the word under the key, however many are taken from one key', () => {
    const words = ['z', 'zo', 'zoe', 'o’brien', 'ünal', '']
    for (let round = 0; round < 3; round++)
      for (const w of words) expect(searchToken(keyA, w)).toBe(plainToken(keyA, w))
  })

  it('differ between keys and between words, and never mix one key’s state into another', () => {
    const a = searchToken(keyA, 'zoe')
    const b = searchToken(keyB, 'zoe')
    expect(a).not.toBe(b)
    expect(searchToken(keyA, 'zoe')).toBe(a)
    expect(searchToken(keyB, 'zoe')).toBe(plainToken(keyB, 'zoe'))
    expect(searchToken(keyA, 'zo')).not.toBe(a)
  })

  it('a copy of a key with the same bytes gives the same tokens', () => {
    expect(searchToken(new Uint8Array(keyA), 'ana')).toBe(searchToken(keyA, 'ana'))
  })

  it('cover every prefix of every term once', () => {
    expect(prefixesOf(['zoe', 'zola'])).toEqual(['z', 'zo', 'zoe', 'zol', 'zola'])
    expect(searchTokensFor(keyA, ['ab'])).toEqual([plainToken(keyA, 'a'), plainToken(keyA, 'ab')])
  })
})
