import { describe, expect, it } from 'vitest';
import { againstTarget, changeSince, pace, verdictLine, verdictOf, type DeliveryFigures } from './delivery';

/** A calm 1:50 answer to a 2-minute question: 15 % silence, one long pause. */
const calm: DeliveryFigures = { durationMs: 110_000, speakingMs: 93_500, silenceMs: 16_500, longestPauseMs: 2400, longPauses: 1 };
const take = (patch: Partial<DeliveryFigures>): DeliveryFigures => ({ ...calm, ...patch });
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('the delivery verdict', () => {
  it('is on target for a calm answer near the target', () => {
    expect(verdictOf(calm, 120)).toBe('on-target');
    expect(verdictLine(calm, 120, 'en')).toBe('On target: 1:50 for a 2-minute target, with few long pauses.');
  });

  it('is too long past a quarter over the target, and not before', () => {
    expect(verdictOf(take({ durationMs: 150_000 }), 120)).toBe('on-target');
    expect(verdictOf(take({ durationMs: 151_000 }), 120)).toBe('too-long');
    expect(verdictLine(take({ durationMs: 160_000 }), 120, 'en')).toBe('Too long: 2:40 for a 2-minute target. Get to the result sooner.');
    // 60 s for the opener: 1:16 is too long there.
    expect(verdictOf(take({ durationMs: 76_000 }), 60)).toBe('too-long');
  });

  it('is short under half the target, and not at it', () => {
    expect(verdictOf(take({ durationMs: 60_000 }), 120)).toBe('on-target');
    expect(verdictOf(take({ durationMs: 59_000 }), 120)).toBe('short');
    expect(verdictLine(take({ durationMs: 5000 }), 120, 'en')).toBe('Short: 0:05 for a 2-minute target. Say more about what you did and what came of it.');
    expect(verdictLine(take({ durationMs: 20_000 }), 90, 'en')).toMatch(/for a 90-second target/);
  });

  it('says long pauses at three over 2 s, or one of 5 s', () => {
    expect(verdictOf(take({ longPauses: 2, longestPauseMs: 4900 }), 120)).toBe('on-target');
    expect(verdictOf(take({ longPauses: 3, longestPauseMs: 2600 }), 120)).toBe('long-pauses');
    expect(verdictOf(take({ longPauses: 1, longestPauseMs: 5000 }), 120)).toBe('long-pauses');
    expect(verdictLine(take({ longPauses: 3, longestPauseMs: 3400 }), 120, 'en')).toBe('Long pauses: 3 pauses over 2 s, the longest 3.4 sec.');
  });

  it('puts length before pauses, and pauses before pace', () => {
    expect(verdictOf(take({ durationMs: 200_000, longPauses: 6 }), 120)).toBe('too-long');
    expect(verdictOf(take({ longPauses: 4, silenceMs: 1000 }), 120)).toBe('long-pauses');
  });

  it('is rushed over about 170 words a minute when there is a transcript', () => {
    // 93.5 s of speaking: 265 words is 170 a minute, 266 is 171.
    expect(pace(take({ transcript: words(265) }))).toBe(170);
    expect(verdictOf(take({ transcript: words(265) }), 120)).toBe('on-target');
    expect(verdictOf(take({ transcript: words(266) }), 120)).toBe('rushed');
    expect(verdictLine(take({ transcript: words(300) }), 120, 'en')).toBe('Rushed: about 193 words a minute; 140 is a calm pace.');
  });

  it('without a transcript, is rushed under 5 % silence in a take of 20 s or more', () => {
    expect(verdictOf(take({ silenceMs: 5600, speakingMs: 104_400 }), 120)).toBe('on-target');
    expect(verdictOf(take({ silenceMs: 5400, speakingMs: 104_600 }), 120)).toBe('rushed');
    expect(verdictLine(take({ silenceMs: 1000 }), 120, 'en')).toBe('Rushed: hardly a pause in 1:50. Breathe between points.');
    // A 15 s take says nothing about breathing (and is short anyway for a 2-minute question).
    expect(verdictOf(take({ durationMs: 15_000, speakingMs: 15_000, silenceMs: 0 }), 25)).toBe('on-target');
  });

  it('reads pace only from a transcript long enough to tell', () => {
    expect(pace(take({ transcript: words(19) }))).toBeNull();
    expect(pace(take({ transcript: words(40), speakingMs: 9000 }))).toBeNull();
    expect(pace(calm)).toBeNull();
  });
});

describe('figures with meaning', () => {
  it('gives speaking time against the target', () => {
    expect(againstTarget(100_000, 120, 'en')).toBe('1:40 of 2:00');
    expect(againstTarget(5000, 60, 'en')).toBe('0:05 of 1:00');
  });

  it('gives the change since the previous take', () => {
    expect(changeSince(take({ durationMs: 98_000, longPauses: 1 }), take({ durationMs: 110_000, longPauses: 3 }), 'en')).toBe(
      '\u221212 sec, 2 fewer long pauses',
    );
    expect(changeSince(take({ durationMs: 175_000, longPauses: 2 }), take({ durationMs: 110_000, longPauses: 1 }), 'en')).toBe(
      '+1 min 5 sec, 1 more long pause',
    );
    expect(changeSince(take({ durationMs: 110_400 }), calm, 'en')).toBe('same length, as many long pauses');
  });
});
