/** "9 sessions and 3 races", "1 session and no races". */
export function relatedText({ sessions, races }: { sessions: number; races: number }): string {
  const count = (n: number, one: string, many: string): string =>
    n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`
  return `${count(sessions, 'session', 'sessions')} and ${count(races, 'race', 'races')}`
}
