import { signal } from '@preact/signals';

/** One question or story due for review, as the home page lists it. */
export interface DueItem {
  kind: 'question' | 'story';
  itemId: string;
  /** The story's title; a question's text comes from the bank. */
  title?: string;
  due: number;
}

/** Due today (or earlier), oldest first, and the next day something is due after today. Kept apart so the home page shows it without the store code. */
export interface DueToday {
  items: DueItem[];
  next: number | null;
  /** Whether anything is scheduled at all: a new user sees no "Due today" section. */
  any: boolean;
  /** When each kept review comes due (the interview countdown counts those before the day). */
  dueTimes: number[];
}

/** Nothing scheduled, or the reviews could not be read: no "Due today" section. */
export const NOTHING_DUE: DueToday = { items: [], next: null, any: false, dueTimes: [] };

/** null until read. */
export const dueToday = signal<DueToday | null>(null);
