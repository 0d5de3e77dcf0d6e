import { computed, signal } from '@preact/signals';
import { loadGuidance, loadQuestions } from '../bank/load';
import type { Guidance, Question } from '../bank/types';
import { customQuestions, loadCustomQuestions } from '../practice/custom-questions';

export const questions = signal<Question[] | null>(null);
export const guidance = signal<Guidance | null>(null);
export const bankError = signal<string | null>(null);

const failed = (error: unknown) => {
  bankError.value = `The question bank could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
};

/** The bank and the user's own questions together: what search, lists and pages show. */
export const allQuestions = computed<Question[] | null>(() => (questions.value ? [...questions.value, ...customQuestions.value] : null));

export function ensureQuestions(): void {
  void loadCustomQuestions();
  if (questions.value) return;
  loadQuestions().then((qs) => {
    questions.value = qs;
    bankError.value = null;
  }, failed);
}

export function ensureGuidance(): void {
  if (guidance.value) return;
  loadGuidance().then((g) => {
    guidance.value = g;
  }, failed);
}

export function questionById(id: string): Question | undefined {
  return allQuestions.value?.find((q) => q.id === id);
}
