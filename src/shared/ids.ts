/** A new record id: a random UUID (WebCrypto, in every process and in tests). */
export function newId(): string {
  return crypto.randomUUID()
}
