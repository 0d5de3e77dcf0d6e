import { signal } from '@preact/signals';

/** What to practise next. Kept apart from its loader so the home page can show it without the store code. */
export interface NextUp {
  /** Drafted but never said out loud: newest draft first. */
  sayAloud: { questionId: string; at: number }[];
  /** Recorded before: the longest unpractised first, so nothing goes stale before the onsite. */
  again: { questionId: string; at: number; takes: number }[];
  /** The user's stories, for the categories none answers yet (counted against the bank on screen). */
  stories: { questionIds: string[]; tags: string[] }[];
  /** Whether the user has written or recorded anything: a new user gets a first step instead. */
  started: boolean;
  /** The interview day the user set (YYYY-MM-DD), or null. */
  interviewDate: string | null;
  /** A mock round left unfinished (a closed tab, a crash, another page): where it stopped. */
  round: { title: string; step: number; total: number; answered: number } | null;
}

/** Nothing to suggest (a new user, or the list could not be read): the home page draws its first step. */
export const NO_NEXT_UP: NextUp = { sayAloud: [], again: [], stories: [], started: false, interviewDate: null, round: null };

/** null until read; the home page waits for it so the list never pushes the page down. */
export const nextUp = signal<NextUp | null>(null);
