import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } from './security'

describe('trusted senders and navigation targets', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedUrl('app://racepoint/index.html')).toBe(true)
    expect(isTrustedUrl('app://racepoint/index.html#/patients')).toBe(true)
    expect(isTrustedUrl('app://racepoint.evil.com/index.html')).toBe(false)
    expect(isTrustedUrl('app://evil/racepoint')).toBe(false)
    expect(isTrustedUrl('https://racepoint/index.html')).toBe(false)
    expect(isTrustedUrl('file:///app://racepoint/index.html')).toBe(false)
    expect(isTrustedUrl('')).toBe(false)
  })

  it('trusts the dev server only by exact origin', () => {
    const dev = 'http://localhost:5173'
    expect(isTrustedUrl('http://localhost:5173/#/today', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false)
  })
})

describe('window hardening', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({
      preload: '/p/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
  })

  it('turns off middle-click opening links in new windows', () => {
    expect(secureWebPreferences('/p/preload.js').disableBlinkFeatures).toBe('Auxclick')
  })

  it('turns spellcheck off, which would download dictionaries on Windows and Linux', () => {
    expect(secureWebPreferences('/p/preload.js').spellcheck).toBe(false)
  })

  it('allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
  })
})
