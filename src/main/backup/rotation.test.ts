import { describe, expect, it } from 'vitest'
import type { AutoBackupKind } from '../../shared/ipc'
import { backupName, parseBackupName, type ParsedBackupName } from './names'
import { planRotation, type RotationPolicy } from './rotation'

const backup = (iso: string, kind: AutoBackupKind = 'auto'): ParsedBackupName =>
  parseBackupName(backupName(kind, new Date(iso)))!

const kept = (plan: { keep: string[] }) =>
  plan.keep.map((name) => parseBackupName(name)!.createdAt.toISOString().slice(0, 16))

const POLICY: RotationPolicy = { recent: 2, daily: 3, weekly: 2, monthly: 2, beforeRestore: 1 }

describe('automatic backup names', () => {
  it('round-trip their kind and moment, and refuse anything else', () => {
    const at = new Date('2026-03-16T09:05:07.123Z')
    expect(backupName('auto', at)).toBe('auto-2026-03-16T09-05-07-123Z.json')
    expect(parseBackupName('before-restore-2026-03-16T09-05-07-123Z.json')).toEqual({
      name: 'before-restore-2026-03-16T09-05-07-123Z.json',
      kind: 'before-restore',
      createdAt: at,
      isSealed: false
    })
    expect(backupName('auto', at, true)).toBe('auto-2026-03-16T09-05-07-123Z.racepoint')
    expect(parseBackupName('auto-2026-03-16T09-05-07-123Z.racepoint')).toMatchObject({
      kind: 'auto',
      createdAt: at,
      isSealed: true
    })
    for (const bad of [
      'auto-2026-03-16T09-05-07-123Z.racepoint.json',
      'auto-2026-03-16T09-05-07-123Z.txt',
      '../auto-2026-03-16T09-05-07-123Z.json',
      'auto-2026-03-16T09-05-07-123Z.json.partial',
      'auto-2026-13-16T09-05-07-123Z.json',
      'notes.json'
    ])
      expect(parseBackupName(bad)).toBeNull()
  })
})

describe('backup rotation', () => {
  it('keeps the newest few, then the newest of each recent day, week and month', () => {
    // Noon UTC keeps every backup on the same calendar day in the zones tests run in.
    const backups: ParsedBackupName[] = []
    for (let day = 1; day <= 31; day++) {
      for (const hour of ['09', '12', '15'])
        backups.push(backup(`2026-03-${String(day).padStart(2, '0')}T${hour}:00:00Z`))
    }
    backups.push(backup('2026-02-10T12:00:00Z'), backup('2026-01-20T12:00:00Z'))
    const plan = planRotation(backups, new Date('2026-03-31T18:00:00Z'), POLICY)
    expect(kept(plan)).toEqual([
      '2026-03-31T15:00', // recent, and newest of 31 March, of its week and of March
      '2026-03-31T12:00', // recent
      '2026-03-30T15:00', // newest of 30 March
      '2026-03-29T15:00', // newest of 29 March, and of the week of 23 March
      '2026-02-10T12:00' // newest of February
    ])
    expect(plan.remove).toHaveLength(backups.length - 5)
    expect([...plan.keep, ...plan.remove].sort()).toEqual(backups.map((b) => b.name).sort())
  })

  it('counts only periods that have backups, so a long break loses no history', () => {
    const backups = [
      backup('2025-06-02T12:00:00Z'),
      backup('2025-06-01T12:00:00Z'),
      backup('2025-05-01T12:00:00Z'),
      backup('2025-04-01T12:00:00Z')
    ]
    const plan = planRotation(backups, new Date('2026-03-16T12:00:00Z'), {
      ...POLICY,
      recent: 1
    })
    expect(kept(plan)).toEqual(['2025-06-02T12:00', '2025-06-01T12:00', '2025-05-01T12:00'])
  })

  it('keeps copies made before a restore apart, the newest of them', () => {
    const backups = [
      backup('2026-03-16T10:00:00Z', 'before-restore'),
      backup('2026-03-14T10:00:00Z', 'before-restore'),
      backup('2026-03-16T11:00:00Z')
    ]
    const plan = planRotation(backups, new Date('2026-03-16T12:00:00Z'), POLICY)
    expect(plan.keep).toEqual([backups[2]!.name, backups[0]!.name])
    expect(plan.remove).toEqual([backups[1]!.name])
  })

  it('never deletes a backup dated after now, and gives it no slot', () => {
    const future = backup('2027-01-01T12:00:00Z')
    const backups = [future, backup('2026-03-16T11:00:00Z'), backup('2026-03-15T11:00:00Z')]
    const plan = planRotation(backups, new Date('2026-03-16T12:00:00Z'), {
      ...POLICY,
      recent: 1,
      daily: 1,
      weekly: 1,
      monthly: 1
    })
    expect(plan.keep).toEqual([future.name, backups[1]!.name])
  })

  it('keeps everything while there are fewer backups than slots', () => {
    const backups = [backup('2026-03-16T11:00:00Z'), backup('2026-03-10T11:00:00Z')]
    expect(planRotation(backups, new Date('2026-03-16T12:00:00Z')).remove).toEqual([])
  })
})
