/**
 * Every duration, date and count the screens show, on `Intl`, in one place. `locale` is left out in
 * the app (the reader's own) and given in tests. Imports nothing of the app.
 */
type Locale = string | undefined;

// Intl objects are slow to build and immutable: one per locale and option set.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.ListFormat>(
  kind: string,
  locale: Locale,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let made = cache.get(key) as T | undefined;
  if (!made) cache.set(key, (made = make()));
  return made;
}
const numbers = (locale: Locale, options: Intl.NumberFormatOptions = {}) => cached('n', locale, options, () => new Intl.NumberFormat(locale, options));

/*
 * The first Intl object of each kind costs tens of milliseconds on a slow phone (its locale data is loaded then), and a
 * question page formats a few small numbers as it comes to life ("a 2-minute answer", "about 1 min spoken"). What the
 * screens show most, for a reader in English, is a whole number under 1000 (its plain digits), English plurals and
 * relative days, and US English units: those are written here, the same as Intl would (format.test.ts
 * checks them against Intl), and everything else goes to Intl.
 */
/** The locale Intl falls back to when given none: the browser's language. */
const tagOf = (locale: Locale) => (locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language) ?? 'en').toLowerCase();
/** English with at most a region: every such locale writes Latin digits, "1 take", "in 3 days" (format.test.ts checks each). */
const english = (locale: Locale) => /^en(-[a-z]{2}|-[0-9]{3})?$/.test(tagOf(locale));
/** US English (and plain "en"): "2 min", where British and most other English write "2 mins". */
const usEnglish = (locale: Locale) => /^en(-us)?$/.test(tagOf(locale));
const small = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;
/** A whole number as the locale writes it. */
const whole = (n: number, locale: Locale) => (small(n) && english(locale) ? String(n) : numbers(locale).format(n));
const dates = (locale: Locale, options: Intl.DateTimeFormatOptions) => cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A position or length on a player's clock: 65_000 → "1:05", an hour and more → "1:02:05". */
export function clock(ms: number, locale?: Locale): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => (english(locale) ? String(n).padStart(2, '0') : numbers(locale, { minimumIntegerDigits: 2 }).format(n));
  const plain = (n: number) => whole(n, locale);
  return h ? `${plain(h)}:${two(m)}:${two(s)}` : `${plain(m)}:${two(s)}`;
}

/** A length of time in words: 45 → "45 sec", 120 → "2 min", 125 → "2 min 5 sec". */
export function duration(seconds: number, locale?: Locale): string {
  const total = Math.max(0, Math.round(seconds));
  const unit = (u: 'minute' | 'second', n: number) =>
    usEnglish(locale) && small(n) ? `${n} ${u === 'minute' ? 'min' : 'sec'}` : numbers(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  const [m, s] = [Math.floor(total / 60), total % 60];
  if (!m) return unit('second', s);
  return s ? `${unit('minute', m)} ${unit('second', s)}` : unit('minute', m);
}

/** Seconds with one decimal, for short spans such as a pause: 2340 ms → "2.3 sec". */
export function shortSeconds(ms: number, locale?: Locale): string {
  return numbers(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ms / 1000);
}

/** A span as an English compound adjective, as in "a 2-minute target": whole minutes, else seconds. */
export function durationAdjective(seconds: number, locale?: Locale): string {
  const total = Math.max(0, Math.round(seconds));
  return total % 60 === 0 && total > 0 ? `${whole(total / 60, locale)}-minute` : `${whole(total, locale)}-second`;
}

/** "Nov 27, 2026" */
export const date = (t: number, locale?: Locale): string => dates(locale, { dateStyle: 'medium' }).format(t);
/** "Nov 27, 2026, 7:31 AM" */
export const dateTime = (t: number, locale?: Locale): string => dates(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(t);
/** "Nov 27": a recent day, the year going without saying. */
export const shortDate = (t: number, locale?: Locale): string => dates(locale, { month: 'short', day: 'numeric' }).format(t);

type RelativeUnit = 'day' | 'week' | 'month' | 'year';
const NEAR: Record<RelativeUnit, [string, string, string]> = {
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  year: ['last year', 'this year', 'next year'],
};
/** "tomorrow", "in 3 days", "2 weeks ago" (Intl's numeric: 'auto'); English written here, as every English locale has it. */
function relative(value: number, unit: RelativeUnit, locale: Locale): string {
  if (english(locale) && Number.isInteger(value) && Math.abs(value) < 1000) {
    if (Math.abs(value) <= 1) return NEAR[unit][value + 1]!;
    const span = `${Math.abs(value)} ${unit}s`;
    return value > 0 ? `in ${span}` : `${span} ago`;
  }
  return cached('r', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(value, unit);
}

const DAY_MS = 86_400_000;
const startOfDay = (t: number) => new Date(t).setHours(0, 0, 0, 0);

/** "today", "yesterday", "3 days ago" within a week (by calendar day, in local time); a date after that. */
export function relativeDate(t: number, now = Date.now(), locale?: Locale): string {
  const days = Math.round((startOfDay(t) - startOfDay(now)) / DAY_MS);
  if (Math.abs(days) < 7) return relative(days, 'day', locale);
  return new Date(t).getFullYear() === new Date(now).getFullYear() ? shortDate(t, locale) : date(t, locale);
}

/** "Tue, Dec 1": a day in the coming weeks, with its weekday. */
export const dayDate = (t: number, locale?: Locale): string => dates(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(t);

/** How far ahead a day is, by calendar day in local time: "today", "tomorrow", "in 3 days", "in 2 weeks", "in 4 months". */
export function fromNow(t: number, now = Date.now(), locale?: Locale): string {
  const days = Math.max(0, Math.round((startOfDay(t) - startOfDay(now)) / DAY_MS));
  if (days < 14) return relative(days, 'day', locale);
  if (days < 60) return relative(Math.round(days / 7), 'week', locale);
  if (days < 730) return relative(Math.round(days / 30.44), 'month', locale);
  return relative(Math.round(days / 365.25), 'year', locale);
}

/** When something was saved or recorded: "today, 7:31 AM" within a week, "Nov 27, 2026, 7:31 AM" before. */
export function dayAndTime(t: number, now = Date.now(), locale?: Locale): string {
  const days = Math.abs(Math.round((startOfDay(t) - startOfDay(now)) / DAY_MS));
  return days < 7 ? `${relativeDate(t, now, locale)}, ${dates(locale, { timeStyle: 'short' }).format(t)}` : dateTime(t, locale);
}

/** A plain number with the locale's grouping: 18000 → "18,000". */
export const number = (n: number, locale?: Locale): string => whole(n, locale);

/** A count with its noun, chosen by the locale's plural rules: count(1, 'take', 'takes') → "1 take". */
export function count(n: number, one: string, other: string, locale?: Locale): string {
  // English: "one" is exactly 1 (a whole number); Intl's rules for every other language.
  const rule = english(locale) && small(n) ? (n === 1 ? 'one' : 'other') : cached('p', locale, {}, () => new Intl.PluralRules(locale)).select(n);
  return `${whole(n, locale)} ${rule === 'one' ? one : other}`;
}

/** Names joined as the locale joins them: ['OpenAI', 'Meta', 'Anthropic'] → "OpenAI, Meta, and Anthropic" (en-US). */
export const list = (items: readonly string[], locale?: Locale): string =>
  cached('l', locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size for people, in powers of 1000: 3_200_000 → "3.2 MB", 512 → "512 bytes"; "unknown" when there is none. */
export function formatBytes(n: number | undefined, locale?: Locale): string {
  if (n === undefined || !Number.isFinite(n)) return 'unknown';
  let [value, unit] = [n, 0];
  for (; value >= 1000 && unit < BYTE_UNITS.length - 1; unit++) value /= 1000;
  const options: Intl.NumberFormatOptions = { style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short' };
  return numbers(locale, { ...options, maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value);
}
