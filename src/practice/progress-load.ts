/** Reads what the Progress page counts. Bad records are skipped by each listing (and reported there). */
import { listDrafts } from '../store/drafts';
import { listReviews } from '../store/reviews';
import { listStories } from '../store/stories';
import { listAllTakes } from '../store/takes';
import type { ProgressInput } from './progress';
import { finishedRounds } from './rounds/history';
import { database } from './session';

export type ProgressRecords = Omit<ProgressInput, 'questions'>;

/** null when storage is unavailable in this browser. */
export async function readProgressRecords(): Promise<ProgressRecords | null> {
  const db = await database();
  if (!db) return null;
  const [drafts, takes, stories, reviews, rounds] = await Promise.all([listDrafts(db), listAllTakes(db), listStories(db), listReviews(db), finishedRounds()]);
  return { drafts, takes, stories, reviews, rounds };
}
