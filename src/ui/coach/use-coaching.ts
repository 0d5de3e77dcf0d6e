import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { CoachRules } from '../../bank/coach-rules';
import { loadCoachRules } from '../../bank/load';
import { coach, type CoachInput, type Coaching } from '../../practice/coach/coach';

/** The rules once fetched; why they could not be, if so. */
export const coachRules = signal<CoachRules | null>(null);
export const coachRulesError = signal<string | null>(null);

export function ensureCoachRules(): void {
  if (coachRules.value) return;
  loadCoachRules().then(
    (rules) => {
      coachRules.value = rules;
      coachRulesError.value = null;
    },
    (error: unknown) => {
      coachRulesError.value = `The coach could not load its rules: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
}

/** A pause this long in typing before the coach reads the answer again: typing never waits for it. */
export const COACH_DEBOUNCE_MS = 250;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run);
  return () => clearTimeout(id);
};

/**
 * The coaching of `input`, recomputed after a pause in typing and in an idle moment: `key` says when the
 * input changed (its texts and framework), so a render that changes nothing costs nothing.
 */
export function useCoaching(input: CoachInput, key: string, debounceMs = COACH_DEBOUNCE_MS): Coaching | null {
  useEffect(ensureCoachRules, []);
  const rules = coachRules.value;
  const [coaching, setCoaching] = useState<Coaching | null>(null);
  useEffect(() => {
    if (!rules) return;
    let cancelIdle = () => {};
    const timer = setTimeout(
      () => (cancelIdle = whenIdle(() => setCoaching(coach(input, rules)))),
      coaching ? debounceMs : 0, // the first reading at once
    );
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the input
  }, [key, rules]);
  return coaching;
}
