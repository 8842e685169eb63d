/**
 * The demo clinic's sign-ins, shown on the welcome screen and in the README so a newcomer can
 * try it at once. Maya Chen owns the clinic (she manages therapists and sees the audit trail).
 * Demo only: a real clinic's therapists choose their own passphrases.
 */
export const DEMO_SIGN_INS = [
  { therapistId: 'demo-t-1', name: 'Maya Chen', passphrase: 'tempo run at dawn' },
  { therapistId: 'demo-t-2', name: 'Sam Okafor', passphrase: 'hill repeats in the rain' }
] as const
