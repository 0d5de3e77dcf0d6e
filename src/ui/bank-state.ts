import { signal } from '@preact/signals';
import { loadGuidance, loadQuestions } from '../bank/load';
import type { Guidance, Question } from '../bank/types';

export const questions = signal<Question[] | null>(null);
export const guidance = signal<Guidance | null>(null);
export const bankError = signal<string | null>(null);

const failed = (error: unknown) => {
  bankError.value = `The question bank could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
};

export function ensureQuestions(): void {
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
  return questions.value?.find((q) => q.id === id);
}
