import { signal } from '@preact/signals';

/** What to practise next. Kept apart from its loader so the home page can show it without the store code. */
export interface NextUp {
  /** Drafted but never said out loud: newest draft first. */
  sayAloud: { questionId: string; at: number }[];
  /** Recorded before: the longest unpractised first, so nothing goes stale before the onsite. */
  again: { questionId: string; at: number; takes: number }[];
}

/** null until read; the home page waits for it so the list never pushes the page down. */
export const nextUp = signal<NextUp | null>(null);
