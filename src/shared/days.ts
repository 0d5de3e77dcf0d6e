/** Calendar days and weeks in the user's local time (a streak breaks at their midnight, not at UTC's). */

/** Local midnight of the day `t` falls in. */
export function dayStart(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** `n` local days after the day of `t` (DST-safe: calendar days, not 24-hour steps). */
export function addDays(t: number, n: number): number {
  const d = new Date(dayStart(t));
  d.setDate(d.getDate() + n);
  return d.getTime();
}

/** Local midnight of the Monday of the week `t` falls in. */
export function weekStart(t: number): number {
  const d = new Date(dayStart(t));
  return addDays(d.getTime(), -((d.getDay() + 6) % 7));
}
