/**
 * What a take's delivery figures mean: its length against the question's target, one plain verdict,
 * and the change since the previous take of the same question. Pure: numbers in, words out.
 */
import { clock, count, duration, durationAdjective, shortSeconds } from '../shared/format';
import { LONG_PAUSE_MS } from '../audio/analysis';
import { WORDS_PER_MINUTE, countWords } from './speaking-time';

/*
 * Thresholds. The targets themselves are the product's (PRODUCT.md §3: 60 s for "Tell me about
 * yourself", from the seed's "the best answers are 60 seconds"; 2 minutes otherwise). The margins
 * around them are Rehearse's own rules of thumb, not measured norms:
 * - more than a quarter over the target is too long (2:30 for 2 minutes): past that, the interviewer
 *   is waiting to ask their next question;
 * - under half the target is short: too little time for situation, action and result;
 * - a long pause is one of 2 s or more (the analysis' own line, src/audio/analysis.ts); three of them,
 *   or one of 5 s, is what a listener notices as losing the thread;
 * - rushed is over 170 words a minute, a fifth above the calm 140 of speaking-time.ts, or, without a
 *   transcript, under 5 % silence in a take of 20 s or more: natural speech pauses between phrases.
 */
/** "over 2 s": the analysis' own line for a long pause, as every screen names it. */
export const OVER_LONG_PAUSE = `over ${LONG_PAUSE_MS / 1000} s`;
export const TOO_LONG_OVER_TARGET = 1.25;
export const SHORT_UNDER_TARGET = 0.5;
export const LONG_PAUSES_NOTICED = 3;
export const LONGEST_PAUSE_NOTICED_MS = 5000;
export const RUSHED_WORDS_PER_MINUTE = 170; // WORDS_PER_MINUTE (140) and about a fifth
export const RUSHED_SILENCE_SHARE = 0.05;
export const RUSHED_MIN_TAKE_MS = 20_000;
// Too few words or seconds say nothing about pace.
const PACE_MIN_WORDS = 20;
const PACE_MIN_SPEAKING_MS = 10_000;

export type Verdict = 'too-long' | 'short' | 'long-pauses' | 'rushed' | 'on-target';

/** The figures of one take that the verdict reads. */
export interface DeliveryFigures {
  durationMs: number;
  speakingMs: number;
  silenceMs: number;
  longestPauseMs: number;
  longPauses: number;
  /** The on-device transcript, where there is one: it gives the pace in words a minute. */
  transcript?: string;
}

/** Words a minute of speaking, when the transcript is long enough to tell. */
export function pace(f: DeliveryFigures): number | null {
  const words = f.transcript ? countWords(f.transcript) : 0;
  if (words < PACE_MIN_WORDS || f.speakingMs < PACE_MIN_SPEAKING_MS) return null;
  return Math.round(words / (f.speakingMs / 60_000));
}

/** One verdict, the most important first: length, then pauses, then pace. */
export function verdictOf(f: DeliveryFigures, targetSeconds: number): Verdict {
  const target = targetSeconds * 1000;
  if (f.durationMs > target * TOO_LONG_OVER_TARGET) return 'too-long';
  if (f.durationMs < target * SHORT_UNDER_TARGET) return 'short';
  if (f.longPauses >= LONG_PAUSES_NOTICED || f.longestPauseMs >= LONGEST_PAUSE_NOTICED_MS) return 'long-pauses';
  const wpm = pace(f);
  if (wpm !== null ? wpm > RUSHED_WORDS_PER_MINUTE : f.durationMs >= RUSHED_MIN_TAKE_MS && f.silenceMs < f.durationMs * RUSHED_SILENCE_SHARE) return 'rushed';
  return 'on-target';
}

/** The verdict as one plain line, with the figure behind it. */
export function verdictLine(f: DeliveryFigures, targetSeconds: number, locale?: string): string {
  const target = `a ${durationAdjective(targetSeconds, locale)} target`;
  const length = clock(f.durationMs, locale);
  switch (verdictOf(f, targetSeconds)) {
    case 'too-long':
      return `Too long: ${length} for ${target}. Get to the result sooner.`;
    case 'short':
      return `Short: ${length} for ${target}. Say more about what you did and what came of it.`;
    case 'long-pauses':
      return `Long pauses: ${count(f.longPauses, 'pause', 'pauses', locale)} ${OVER_LONG_PAUSE}, the longest ${shortSeconds(f.longestPauseMs, locale)}.`;
    case 'rushed': {
      const wpm = pace(f);
      return wpm !== null
        ? `Rushed: about ${wpm} words a minute; ${WORDS_PER_MINUTE} is a calm pace.`
        : `Rushed: hardly a pause in ${length}. Breathe between points.`;
    }
    case 'on-target':
      return `On target: ${length} for ${target}, with few long pauses.`;
  }
}

/** "1:40 of 2:00": speaking time against the target. */
export function againstTarget(speakingMs: number, targetSeconds: number, locale?: string): string {
  return `${clock(speakingMs, locale)} of ${clock(targetSeconds * 1000, locale)}`;
}

/** "−12 sec, 2 fewer long pauses": this take against the previous one of the same question. */
export function changeSince(now: DeliveryFigures, before: DeliveryFigures, locale?: string): string {
  const seconds = Math.round((now.durationMs - before.durationMs) / 1000);
  const length = seconds === 0 ? 'same length' : `${seconds < 0 ? '\u2212' : '+'}${duration(Math.abs(seconds), locale)}`;
  const fewer = before.longPauses - now.longPauses;
  const pauses =
    fewer === 0
      ? 'as many long pauses'
      : `${count(Math.abs(fewer), fewer > 0 ? 'fewer long pause' : 'more long pause', fewer > 0 ? 'fewer long pauses' : 'more long pauses', locale)}`;
  return `${length}, ${pauses}`;
}
