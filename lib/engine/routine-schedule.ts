/** Next local time at `hour`:00 (on `weekday`, 1 = Monday … 7 = Sunday, when given) after `now`. */
export function nextAt(now: Date, hour: number, weekday?: number): Date {
  const d = new Date(now);
  d.setHours(hour, 0, 0, 0);
  const today = d.getDay() || 7;
  let add = weekday === undefined ? 0 : (weekday - today + 7) % 7;
  if (add === 0 && d <= now) add = weekday === undefined ? 1 : 7;
  d.setDate(d.getDate() + add);
  return d;
}

export const ROUTINES = {
  daily: { name: 'routine/daily', hour: 9, periodInMinutes: 24 * 60 },
  weekly: { name: 'routine/weekly', hour: 10, weekday: 1, periodInMinutes: 7 * 24 * 60 },
} as const;
