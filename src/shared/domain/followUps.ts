/**
 * The soreness checks after needling, in a module of their own with no schema library, so the
 * data layer (which keeps Today's marks by them) loads without it at start-up.
 */
export const FOLLOW_UP_CHECKPOINTS = ['24h', '48h', '72h'] as const
export type FollowUpCheckpoint = (typeof FOLLOW_UP_CHECKPOINTS)[number]
