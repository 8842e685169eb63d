import type { Side } from '@shared/domain/common'
import { findMuscle, type MuscleId } from '@shared/domain/muscles'

/** Where each muscle is, as a runner would say it: the sheet prints this beside the name. */
const PLAIN_MUSCLE_WORDS: Record<string, string> = {
  'gastrocnemius-medial': 'Calf, inner part',
  'gastrocnemius-lateral': 'Calf, outer part',
  soleus: 'Deep calf muscle',
  'tibialis-anterior': 'Front of the shin',
  'tibialis-posterior': 'Deep muscle behind the shin',
  'fibularis-longus': 'Outer side of the lower leg',
  'fibularis-brevis': 'Outer side of the lower leg, near the ankle',
  'flexor-digitorum-longus': 'Deep calf muscle that bends the toes',
  'extensor-digitorum-longus': 'Front of the lower leg, lifts the toes',
  'abductor-hallucis': 'Inner arch of the foot',
  'quadratus-plantae': 'Sole of the foot',
  'vastus-lateralis': 'Outer thigh (quadriceps)',
  'vastus-medialis': 'Inner thigh above the knee (quadriceps)',
  'rectus-femoris': 'Front of the thigh (quadriceps)',
  'tensor-fasciae-latae': 'Front of the outer hip',
  'gluteus-maximus': 'Buttock',
  'gluteus-medius': 'Side of the hip',
  'gluteus-minimus': 'Deep side of the hip',
  piriformis: 'Deep in the buttock',
  'biceps-femoris': 'Back of the thigh, outer hamstring',
  'semitendinosus-semimembranosus': 'Back of the thigh, inner hamstrings',
  'adductor-magnus': 'Inner thigh, towards the back',
  'adductor-longus': 'Inner thigh, near the groin',
  iliopsoas: 'Deep hip flexor, front of the hip',
  'quadratus-lumborum': 'Side of the lower back',
  'lumbar-multifidus': 'Lower back, next to the spine',
  'erector-spinae': 'Back muscles along the spine',
  'upper-trapezius': 'Top of the shoulder and neck',
  rhomboids: 'Between the shoulder blades',
  intercostals: 'Between the ribs'
}

/** "Outer thigh (quadriceps)"; a muscle added to the catalog later falls back to its name. */
export function plainMuscleWords(id: MuscleId): string {
  return PLAIN_MUSCLE_WORDS[id] ?? findMuscle(id)?.name ?? id
}

export const SIDE_WORDS: Record<Side, string> = {
  left: 'left side',
  right: 'right side',
  bilateral: 'both sides'
}
