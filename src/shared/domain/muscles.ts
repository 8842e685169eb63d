/**
 * Muscles a runner's physio commonly needles (docs/clinical-reference.md, "Running injuries and muscles"), with where each sits on the
 * body map. Thoracic and shoulder-girdle muscles over the lung fields carry the
 * pneumothorax precaution.
 *
 * Body-map geometry: each view (front, back) is a 100 x 220 box with the body's midline at
 * x = 50. An anchor gives the muscle's centre on the patient's LEFT side as a distance from
 * the midline (dx) and a height (y); `anchorPoint` mirrors it for the right side and for the
 * back view (seen from behind, the patient's left is on the viewer's left).
 */
export type BodyView = 'front' | 'back'

export type MuscleRegion = 'foot' | 'lower-leg' | 'thigh' | 'hip' | 'lumbar' | 'thorax-shoulder'

export const REGION_LABELS: Record<MuscleRegion, string> = {
  foot: 'Foot',
  'lower-leg': 'Lower leg',
  thigh: 'Thigh',
  hip: 'Hip and pelvis',
  lumbar: 'Lumbar spine',
  'thorax-shoulder': 'Thorax and shoulder girdle'
}

export type MuscleAnchor = { view: BodyView; dx: number; y: number }

export type Muscle = {
  id: string
  name: string
  region: MuscleRegion
  isPaired: boolean
  hasLungFieldPrecaution: boolean
  anchor: MuscleAnchor
  /** Other names a therapist might type ("peroneus", "ITB", "hamstring"). */
  aliases: readonly string[]
}

const m = (
  id: string,
  name: string,
  region: MuscleRegion,
  anchor: MuscleAnchor,
  aliases: readonly string[] = [],
  hasLungFieldPrecaution = false
): Muscle => ({ id, name, region, isPaired: true, hasLungFieldPrecaution, anchor, aliases })

export const MUSCLES: readonly Muscle[] = [
  m(
    'gastrocnemius-medial',
    'Gastrocnemius, medial head',
    'lower-leg',
    { view: 'back', dx: 5.5, y: 168 },
    ['calf']
  ),
  m(
    'gastrocnemius-lateral',
    'Gastrocnemius, lateral head',
    'lower-leg',
    { view: 'back', dx: 10.5, y: 168 },
    ['calf']
  ),
  m('soleus', 'Soleus', 'lower-leg', { view: 'back', dx: 9.5, y: 185 }, ['calf']),
  m('tibialis-anterior', 'Tibialis anterior', 'lower-leg', { view: 'front', dx: 7.5, y: 174 }, [
    'shin'
  ]),
  m('tibialis-posterior', 'Tibialis posterior', 'lower-leg', { view: 'back', dx: 6, y: 190 }, [
    'shin'
  ]),
  m(
    'fibularis-longus',
    'Fibularis (peroneus) longus',
    'lower-leg',
    { view: 'front', dx: 11.5, y: 171 },
    ['peroneus longus', 'peroneal']
  ),
  m(
    'fibularis-brevis',
    'Fibularis (peroneus) brevis',
    'lower-leg',
    { view: 'front', dx: 11, y: 189 },
    ['peroneus brevis', 'peroneal']
  ),
  m(
    'flexor-digitorum-longus',
    'Flexor digitorum longus',
    'lower-leg',
    { view: 'back', dx: 4.5, y: 196 },
    ['fdl']
  ),
  m(
    'extensor-digitorum-longus',
    'Extensor digitorum longus',
    'lower-leg',
    { view: 'front', dx: 9.5, y: 184 },
    ['edl']
  ),
  m('abductor-hallucis', 'Abductor hallucis', 'foot', { view: 'front', dx: 5.5, y: 209 }, [
    'foot intrinsic',
    'arch'
  ]),
  m('quadratus-plantae', 'Quadratus plantae', 'foot', { view: 'back', dx: 8, y: 211 }, [
    'foot intrinsic',
    'plantar'
  ]),
  m('vastus-lateralis', 'Vastus lateralis', 'thigh', { view: 'front', dx: 14.5, y: 136 }, [
    'quadriceps',
    'quad'
  ]),
  m('vastus-medialis', 'Vastus medialis', 'thigh', { view: 'front', dx: 5.5, y: 149 }, [
    'quadriceps',
    'quad',
    'vmo'
  ]),
  m('rectus-femoris', 'Rectus femoris', 'thigh', { view: 'front', dx: 9.5, y: 128 }, [
    'quadriceps',
    'quad'
  ]),
  m('tensor-fasciae-latae', 'Tensor fasciae latae', 'hip', { view: 'front', dx: 15.5, y: 109 }, [
    'tfl',
    'itb',
    'it band'
  ]),
  m('gluteus-maximus', 'Gluteus maximus', 'hip', { view: 'back', dx: 9, y: 113 }, ['glute']),
  m('gluteus-medius', 'Gluteus medius', 'hip', { view: 'back', dx: 13.5, y: 100 }, ['glute']),
  m('gluteus-minimus', 'Gluteus minimus', 'hip', { view: 'back', dx: 16, y: 107 }, ['glute']),
  m('piriformis', 'Piriformis', 'hip', { view: 'back', dx: 7.5, y: 104 }, ['deep gluteal']),
  m('biceps-femoris', 'Biceps femoris', 'thigh', { view: 'back', dx: 12, y: 138 }, ['hamstring']),
  m(
    'semitendinosus-semimembranosus',
    'Semitendinosus / semimembranosus',
    'thigh',
    { view: 'back', dx: 6.5, y: 140 },
    ['hamstring', 'medial hamstring']
  ),
  m('adductor-magnus', 'Adductor magnus', 'thigh', { view: 'back', dx: 4, y: 127 }, [
    'adductor',
    'groin'
  ]),
  m('adductor-longus', 'Adductor longus', 'thigh', { view: 'front', dx: 5, y: 122 }, [
    'adductor',
    'groin'
  ]),
  m('iliopsoas', 'Iliopsoas', 'hip', { view: 'front', dx: 8.5, y: 103 }, [
    'psoas',
    'iliacus',
    'hip flexor'
  ]),
  m('quadratus-lumborum', 'Quadratus lumborum', 'lumbar', { view: 'back', dx: 7.5, y: 88 }, [
    'ql',
    'low back'
  ]),
  m('lumbar-multifidus', 'Lumbar multifidus', 'lumbar', { view: 'back', dx: 2.5, y: 93 }, [
    'multifidus',
    'low back'
  ]),
  m('erector-spinae', 'Erector spinae', 'lumbar', { view: 'back', dx: 4.5, y: 78 }, [
    'paraspinals',
    'low back'
  ]),
  m(
    'upper-trapezius',
    'Upper trapezius',
    'thorax-shoulder',
    { view: 'back', dx: 11, y: 39 },
    ['trap'],
    true
  ),
  m(
    'rhomboids',
    'Rhomboids',
    'thorax-shoulder',
    { view: 'back', dx: 7, y: 52 },
    ['rhomboid'],
    true
  ),
  m(
    'intercostals',
    'Intercostals',
    'thorax-shoulder',
    { view: 'front', dx: 13, y: 64 },
    ['ribs'],
    true
  )
]

export type MuscleId = string

const BY_ID = new Map(MUSCLES.map((muscle) => [muscle.id, muscle]))

export function findMuscle(id: MuscleId): Muscle | undefined {
  return BY_ID.get(id)
}

export function muscleName(id: MuscleId): string {
  return BY_ID.get(id)?.name ?? id
}

export function isMuscleId(id: string): boolean {
  return BY_ID.has(id)
}

export const BODY_VIEW_WIDTH = 100
export const BODY_VIEW_HEIGHT = 220
export const BODY_MIDLINE = BODY_VIEW_WIDTH / 2

/** Where a muscle sits on one side of the body, in body-map coordinates. */
export function anchorPoint(
  anchor: MuscleAnchor,
  side: 'left' | 'right'
): { view: BodyView; x: number; y: number } {
  // Front view: patient's left is on the viewer's right. Back view: the other way round.
  const towardsViewerRight = (anchor.view === 'front') === (side === 'left')
  const x = BODY_MIDLINE + (towardsViewerRight ? anchor.dx : -anchor.dx)
  return { view: anchor.view, x, y: anchor.y }
}

/** Which side of the patient a body-map point lies on. */
export function sideOfPoint(point: { view: BodyView; x: number }): 'left' | 'right' {
  const onViewerRight = point.x >= BODY_MIDLINE
  return (point.view === 'front') === onViewerRight ? 'left' : 'right'
}
