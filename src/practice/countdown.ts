/** The interview countdown on the home page and the Progress page. Pure: the clock and the dates are passed in. */
import { addDays, dayStart } from '../shared/days';

export interface Countdown {
  /** Local midnight of the interview day. */
  day: number;
  /** Calendar days from today: 0 on the day itself. */
  days: number;
  /** Reviews that come due before the interview day (overdue ones included). */
  reviewsBefore: number;
  /** Days left to practise before the interview day, one mock round each. */
  rounds: number;
}

/** Reads a YYYY-MM-DD calendar day as local midnight; null when it is not a real day. */
export function parseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d.getTime() : null;
}

/** Local calendar day of `t` as YYYY-MM-DD (what a date input holds). */
export function dayValue(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** null without a date, or once the interview day has passed. */
export function countdown(date: string | null | undefined, now: number, dueTimes: readonly number[]): Countdown | null {
  const day = date ? parseDay(date) : null;
  if (day === null) return null;
  const today = dayStart(now);
  if (day < today) return null;
  let days = 0;
  while (addDays(today, days) < day) days++; // calendar days, right across a DST change
  return { day, days, reviewsBefore: dueTimes.filter((t) => t < day).length, rounds: days };
}
