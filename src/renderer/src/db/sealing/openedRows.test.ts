import { describe, expect, it } from 'vitest'
import { OpenedRows } from './openedRows'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('OpenedRows', () => {
  it('answers only for the same bytes under the same context', () => {
    const opened = new OpenedRows()
    const sealed = bytes(1, 2, 3, 4)
    opened.set('patients:"a"', sealed, '{"n":1}')
    expect(opened.get('patients:"a"', bytes(1, 2, 3, 4))).toBe('{"n":1}')
    expect(opened.get('patients:"a"', bytes(1, 2, 3, 5))).toBeUndefined()
    expect(opened.get('patients:"a"', bytes(1, 2, 3))).toBeUndefined()
    expect(opened.get('patients:"b"', bytes(1, 2, 3, 4))).toBeUndefined()
  })

  it('keeps its own copy of the bytes, so a buffer changed later does not match', () => {
    const opened = new OpenedRows()
    const sealed = bytes(9, 9, 9)
    opened.set('x', sealed, 't')
    sealed[0] = 0
    expect(opened.get('x', sealed)).toBeUndefined()
    expect(opened.get('x', bytes(9, 9, 9))).toBe('t')
  })

  it('drops the least lately used beyond its capacity, and everything when cleared', () => {
    const opened = new OpenedRows(2)
    opened.set('a', bytes(1), 'A')
    opened.set('b', bytes(2), 'B')
    expect(opened.get('a', bytes(1))).toBe('A')
    opened.set('c', bytes(3), 'C')
    expect(opened.get('b', bytes(2))).toBeUndefined()
    expect(opened.get('a', bytes(1))).toBe('A')
    expect(opened.size).toBe(2)
    opened.clear()
    expect(opened.size).toBe(0)
    expect(opened.get('c', bytes(3))).toBeUndefined()
  })
})
