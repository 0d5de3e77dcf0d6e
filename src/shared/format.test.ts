import { describe, expect, it } from 'vitest';
import {
  clock,
  count,
  date,
  dateTime,
  dayAndTime,
  dayDate,
  duration,
  fromNow,
  durationAdjective,
  formatBytes,
  list,
  number,
  relativeDate,
  shortDate,
  shortSeconds,
} from './format';

// Local times, so the calendar-day arithmetic holds in any time zone the tests run in.
const now = new Date(2026, 10, 27, 9, 15).getTime();
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('durations', () => {
  it('on a clock: m:ss, and h:mm:ss past an hour', () => {
    expect(clock(0, 'en')).toBe('0:00');
    expect(clock(5_000, 'en')).toBe('0:05');
    expect(clock(65_000, 'en')).toBe('1:05');
    expect(clock(119_600, 'en')).toBe('2:00'); // rounded to the second
    expect(clock(3_725_000, 'en')).toBe('1:02:05');
    expect(clock(-300, 'en')).toBe('0:00');
  });

  it('in words with the locale’s units', () => {
    expect(duration(45, 'en')).toBe('45 sec');
    expect(duration(120, 'en')).toBe('2 min');
    expect(duration(125, 'en')).toBe('2 min 5 sec');
    expect(duration(0, 'en')).toBe('0 sec');
    expect(duration(120, 'de')).toBe('2 Min.');
  });

  it('as an adjective: a 2-minute target, a 45-second answer', () => {
    expect(durationAdjective(120, 'en')).toBe('2-minute');
    expect(durationAdjective(60, 'en')).toBe('1-minute');
    expect(durationAdjective(45, 'en')).toBe('45-second');
    expect(durationAdjective(90, 'en')).toBe('90-second');
  });

  it('short spans with one decimal', () => {
    expect(shortSeconds(2340, 'en')).toBe('2.3 sec');
    expect(shortSeconds(2000, 'en')).toBe('2.0 sec');
    expect(shortSeconds(2340, 'de')).toBe('2,3 Sek.');
  });
});

describe('dates', () => {
  it('absolute, in the locale’s order', () => {
    expect(date(at(2026, 11, 27), 'en')).toBe('Nov 27, 2026');
    expect(dateTime(at(2026, 11, 27, 7, 31), 'en')).toMatch(/^Nov 27, 2026, 7:31\sAM$/);
    expect(shortDate(at(2026, 3, 4), 'en')).toBe('Mar 4');
    expect(date(at(2026, 11, 27), 'de')).toBe('27.11.2026');
  });

  it('relative by calendar day within a week, a date after', () => {
    expect(relativeDate(at(2026, 11, 27, 0, 5), now, 'en')).toBe('today');
    expect(relativeDate(at(2026, 11, 26, 23, 55), now, 'en')).toBe('yesterday'); // 10 minutes before midnight is yesterday
    expect(relativeDate(at(2026, 11, 24), now, 'en')).toBe('3 days ago');
    expect(relativeDate(at(2026, 11, 28), now, 'en')).toBe('tomorrow');
    expect(relativeDate(at(2026, 11, 1), now, 'en')).toBe('Nov 1');
    expect(relativeDate(at(2025, 12, 30), now, 'en')).toBe('Dec 30, 2025');
    expect(relativeDate(at(2026, 11, 26), now, 'de')).toBe('gestern');
  });

  it('a day ahead: how far, and which day', () => {
    expect(fromNow(at(2026, 11, 27, 23, 0), now, 'en')).toBe('today');
    expect(fromNow(at(2026, 11, 28, 0, 5), now, 'en')).toBe('tomorrow'); // by calendar day, not 24 hours
    expect(fromNow(at(2026, 11, 30), now, 'en')).toBe('in 3 days');
    expect(fromNow(at(2026, 12, 18), now, 'en')).toBe('in 3 weeks');
    expect(fromNow(at(2027, 3, 1), now, 'en')).toBe('in 3 months');
    expect(fromNow(at(2026, 11, 20), now, 'en')).toBe('today'); // overdue reads as now, never "ago"
    expect(dayDate(at(2026, 12, 1), 'en')).toBe('Tue, Dec 1');
    expect(dayDate(at(2026, 12, 1), 'en-GB')).toBe('Tue 1 Dec');
  });

  it('a day and a time, relative within a week', () => {
    expect(dayAndTime(at(2026, 11, 27, 7, 31), now, 'en')).toMatch(/^today, 7:31\sAM$/);
    expect(dayAndTime(at(2026, 11, 2, 7, 31), now, 'en')).toMatch(/^Nov 2, 2026, 7:31\sAM$/);
  });
});

describe('counts', () => {
  it('pick the noun by the plural rules, and format the number', () => {
    expect(count(1, 'take', 'takes', 'en')).toBe('1 take');
    expect(count(0, 'take', 'takes', 'en')).toBe('0 takes');
    expect(count(2, 'story', 'stories', 'en')).toBe('2 stories');
    expect(count(1200, 'question', 'questions', 'en')).toBe('1,200 questions');
    expect(count(1.5, 'minute', 'minutes', 'en')).toBe('1.5 minutes');
  });
});

describe('lists', () => {
  it('join names as the locale does', () => {
    expect(list(['OpenAI'], 'en')).toBe('OpenAI');
    expect(list(['OpenAI', 'Meta'], 'en')).toBe('OpenAI and Meta');
    expect(list(['OpenAI', 'Meta', 'Anthropic'], 'en')).toBe('OpenAI, Meta, and Anthropic');
    expect(list(['OpenAI', 'Meta'], 'de')).toBe('OpenAI und Meta');
    expect(list([], 'en')).toBe('');
  });
});

describe('sizes', () => {
  it('in the largest unit under 1000, one decimal below 10, whole bytes in words', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(3_240_000, 'en')).toBe('3.2 MB');
    expect(formatBytes(45_600_000, 'en')).toBe('46 MB');
    expect(formatBytes(2e15, 'en')).toBe('2,000 TB');
    expect(formatBytes(1_500, 'de')).toBe('1,5 kB');
  });
  it('"unknown" when the browser gives no figure', () => {
    expect(formatBytes(undefined, 'en')).toBe('unknown');
    expect(formatBytes(Number.NaN, 'en')).toBe('unknown');
  });
});

describe('small numbers written without Intl', () => {
  // What the screens show as a page comes to life is written directly where that is what Intl writes: checked here
  // against Intl itself, over locales with Latin digits and without, and their units and plurals.
  // Every English region this runtime knows (en-XX, en-NNN), besides the others: the shortcut must match Intl in each.
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const REGIONS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `en-${a}${b}`)).concat(['en-001', 'en-150']);
  const ENGLISH = Intl.NumberFormat.supportedLocalesOf(REGIONS).filter((l) => REGIONS.includes(l));
  it('knows many English regions to check', () => expect(ENGLISH.length).toBeGreaterThan(50));
  const LOCALES_BASE = [
    'en-US',
    'en-GB',
    'en-IN',
    'en-001',
    'de-DE',
    'fr-FR',
    'ja-JP',
    'zh-CN',
    'ru-RU',
    'hi-IN',
    'th-TH',
    'he-IL',
    'ar-EG',
    'ar-SA',
    'ar-AE',
    'fa-IR',
    'bn-BD',
    'mr-IN',
    'ne-NP',
    'my-MM',
    'ur-PK',
    'ps-AF',
    'en-US-u-nu-arab',
  ];
  const LOCALES = [...new Set([...LOCALES_BASE, ...ENGLISH])];
  const SAMPLE = [0, 1, 2, 5, 9, 10, 12, 45, 59, 60, 99, 100, 120, 305, 999, 1000, 18000, 1.5];

  it('a whole number, a count, a clock and an adjective read as Intl writes them, in every locale', () => {
    for (const locale of LOCALES)
      for (const n of SAMPLE) {
        const intl = new Intl.NumberFormat(locale).format(n);
        expect(number(n, locale), `${locale} ${n}`).toBe(intl);
        const rule = new Intl.PluralRules(locale).select(n);
        expect(count(n, 'take', 'takes', locale), `${locale} ${n}`).toBe(`${intl} ${rule === 'one' ? 'take' : 'takes'}`);
        if (Number.isInteger(n) && n < 3600) {
          const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
          expect(clock(n * 1000, locale), `${locale} ${n}`).toBe(`${new Intl.NumberFormat(locale).format(Math.floor(n / 60))}:${two.format(n % 60)}`);
        }
      }
  });

  it('days, weeks, months and years from now as Intl writes them', () => {
    const DAY = 86_400_000;
    const now = new Date(2026, 10, 27, 12).getTime();
    for (const locale of LOCALES) {
      const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      for (const days of [0, 1, 2, 6, 13, 14, 20, 59, 60, 100, 400, 729, 730, 1500, 400_000]) {
        const unit = days < 14 ? 'day' : days < 60 ? 'week' : days < 730 ? 'month' : 'year';
        const value = unit === 'day' ? days : Math.round(days / { week: 7, month: 30.44, year: 365.25 }[unit]);
        expect(fromNow(now + days * DAY, now, locale), `${locale} ${days}`).toBe(intl.format(value, unit));
      }
      for (const days of [-6, -2, -1, 0, 1, 2, 6]) expect(relativeDate(now + days * DAY, now, locale), `${locale} ${days}`).toBe(intl.format(days, 'day'));
    }
  });

  it('minutes and seconds in words as Intl writes them', () => {
    for (const locale of LOCALES)
      for (const n of [0, 1, 5, 45, 59, 60, 61, 125, 600, 3600, 60_000]) {
        const unit = (u: string, v: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(v);
        const [m, s] = [Math.floor(n / 60), n % 60];
        const intl = !m ? unit('second', s) : s ? `${unit('minute', m)} ${unit('second', s)}` : unit('minute', m);
        expect(duration(n, locale), `${locale} ${n}`).toBe(intl);
        const adjective =
          n % 60 === 0 && n > 0 ? `${new Intl.NumberFormat(locale).format(n / 60)}-minute` : `${new Intl.NumberFormat(locale).format(n)}-second`;
        expect(durationAdjective(n, locale), `${locale} ${n}`).toBe(adjective);
      }
  });
});
