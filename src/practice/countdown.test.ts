import { describe, expect, it } from 'vitest';
import { countdown, dayValue, parseDay } from './countdown';

const NOW = new Date(2026, 10, 25, 22, 30).getTime(); // Wed 25 Nov, late evening

describe('interview countdown', () => {
  it('reads calendar days and refuses days that do not exist', () => {
    expect(parseDay('2026-12-09')).toBe(new Date(2026, 11, 9).getTime());
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('9 Dec')).toBeNull();
    expect(dayValue(NOW)).toBe('2026-11-25');
  });
  it('counts calendar days to the interview, the reviews due before it and a round a day', () => {
    const due = [new Date(2026, 10, 20).getTime(), new Date(2026, 11, 8, 23).getTime(), new Date(2026, 11, 9, 9).getTime()];
    expect(countdown('2026-12-09', NOW, due)).toEqual({ day: new Date(2026, 11, 9).getTime(), days: 14, reviewsBefore: 2, rounds: 14 });
    expect(countdown('2026-11-26', NOW, due)).toMatchObject({ days: 1, reviewsBefore: 1, rounds: 1 });
    expect(countdown('2026-11-25', NOW, due)).toMatchObject({ days: 0, rounds: 0 });
  });
  it('is nothing without a date, or once the day has passed', () => {
    expect(countdown(null, NOW, [])).toBeNull();
    expect(countdown(undefined, NOW, [])).toBeNull();
    expect(countdown('2026-11-24', NOW, [])).toBeNull();
  });
});
