import { describe, expect, it } from 'vitest'
import { chunkSizer, writeInChunks } from './writeChunks'

describe('chunkSizer', () => {
  it('sizes the next chunk to take about the target time at the last chunk’s pace', () => {
    let t = 0
    const sizer = chunkSizer({ first: 100, targetMs: 200, now: () => t })
    expect(sizer.size).toBe(100)
    t = 100 // 1 ms a row
    sizer.written(100)
    expect(sizer.size).toBe(200)
    t += 2000 // 10 ms a row: much slower rows
    sizer.written(200)
    expect(sizer.size).toBe(20)
  })

  it('grows at most fourfold at a time, and stays within its bounds', () => {
    let t = 0
    const sizer = chunkSizer({ first: 100, min: 50, max: 1000, targetMs: 200, now: () => t })
    t = 1 // 0.01 ms a row would ask for 20,000
    sizer.written(100)
    expect(sizer.size).toBe(400)
    t += 1
    sizer.written(400)
    expect(sizer.size).toBe(1000)
    t += 100_000
    sizer.written(1000)
    expect(sizer.size).toBe(50)
  })
})

describe('writeInChunks', () => {
  it('writes every row once, in order, reporting each chunk', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => i)
    const written: number[] = []
    const reports: number[] = []
    await writeInChunks(
      rows,
      async (chunk) => {
        written.push(...chunk)
      },
      (n) => reports.push(n),
      { first: 100 }
    )
    expect(written).toEqual(rows)
    expect(reports.reduce((a, b) => a + b, 0)).toBe(rows.length)
    expect(reports[0]).toBe(100)
  })

  it('rejects when a write fails, and writes nothing after the failure is seen', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i)
    let calls = 0
    const failing = writeInChunks(
      rows,
      async () => {
        calls++
        if (calls === 2) throw new Error('disk full')
      },
      () => undefined,
      { first: 100, max: 100 }
    )
    await expect(failing).rejects.toThrow('disk full')
    expect(calls).toBeLessThanOrEqual(3)
  })

  it('does nothing for no rows', async () => {
    let calls = 0
    await writeInChunks(
      [],
      async () => void calls++,
      () => undefined
    )
    expect(calls).toBe(0)
  })
})
