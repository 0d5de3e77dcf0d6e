import { computed, signal } from '@preact/signals';
import { loadDepth, loadGuidance, loadQuestions } from '../bank/load';
import type { Depth, Guidance, Question } from '../bank/types';
import { customQuestions, loadCustomQuestions } from '../practice/custom-questions';

export const questions = signal<Question[] | null>(null);
export const guidance = signal<Guidance | null>(null);
export const bankError = signal<string | null>(null);
/** Probes and outlines (data/depth.json): only question pages need them. */
export const depth = signal<Depth | null>(null);
export const depthFailed = signal(false);

const failed = (error: unknown) => {
  bankError.value = `The question bank could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
};

/** The bank and the user's own questions together: what search, lists and pages show. */
export const allQuestions = computed<Question[] | null>(() => (questions.value ? [...questions.value, ...customQuestions.value] : null));

/** Starts loading the bank; the promise settles once it is in (or has failed: bankError says so). */
export function ensureQuestions(): Promise<void> {
  void loadCustomQuestions();
  if (questions.value) return Promise.resolve();
  return loadQuestions().then((qs) => {
    questions.value = qs;
    bankError.value = null;
  }, failed);
}

export function ensureGuidance(): Promise<void> {
  if (guidance.value) return Promise.resolve();
  return loadGuidance().then((g) => {
    guidance.value = g;
  }, failed);
}

export function ensureDepth(): Promise<void> {
  if (depth.value) return Promise.resolve();
  return loadDepth().then(
    (d) => {
      depth.value = d;
      depthFailed.value = false;
    },
    () => {
      depthFailed.value = true;
    },
  );
}

export function questionById(id: string): Question | undefined {
  return allQuestions.value?.find((q) => q.id === id);
}
