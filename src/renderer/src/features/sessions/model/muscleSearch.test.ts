import { describe, expect, it } from 'vitest'
import { MUSCLES } from '@shared/domain/muscles'
import { searchMuscles } from './muscleSearch'

const ids = (query: string): string[] => searchMuscles(query).map((m) => m.id)

describe('searchMuscles', () => {
  it('finds a muscle by the start of its name, best match first', () => {
    expect(ids('sol')[0]).toBe('soleus')
    // Names first, then a muscle found through another name ("deep gluteal").
    expect(ids('glut')).toEqual([
      'gluteus-maximus',
      'gluteus-medius',
      'gluteus-minimus',
      'piriformis'
    ])
    expect(ids('glut med')).toEqual(['gluteus-medius'])
  })

  it('finds a muscle by part of its name or by another name therapists use', () => {
    expect(ids('peroneus')).toEqual(['fibularis-longus', 'fibularis-brevis'])
    expect(ids('ITB')).toEqual(['tensor-fasciae-latae'])
    expect(ids('hamstring')).toContain('biceps-femoris')
    expect(ids('medial head')).toEqual(['gastrocnemius-medial'])
    expect(ids('femoris')).toEqual(['rectus-femoris', 'biceps-femoris'])
  })

  it('lists the whole catalog for an empty query and nothing for nonsense', () => {
    expect(searchMuscles('  ')).toHaveLength(MUSCLES.length)
    expect(searchMuscles('xyzzy')).toEqual([])
  })
})
