import { signal } from '@preact/signals';
import { PRACTICE_STATUSES, type PracticeStatus } from '../bank/url-state';
import { listAllTakes } from '../store/takes';
import { database } from './session';

/** How many takes each question has (metadata only: no audio is read). */
export const takeCounts = signal<ReadonlyMap<string, number>>(new Map());

export async function loadTakeCounts(): Promise<void> {
  const db = await database();
  if (!db) return;
  const counts = new Map<string, number>();
  for (const take of await listAllTakes(db)) counts.set(take.questionId, (counts.get(take.questionId) ?? 0) + 1);
  takeCounts.value = counts;
}

/** One step at a time: new → drafted (words on the page) → recorded (said out loud at least once). Never 'due': that is apart. */
export function statusOf(questionId: string, drafts: ReadonlyMap<string, string>, takes: ReadonlyMap<string, number>): Exclude<PracticeStatus, 'due'> {
  if ((takes.get(questionId) ?? 0) > 0) return 'recorded';
  if (drafts.get(questionId)?.trim()) return 'drafted';
  return 'new';
}

/** Whether a question fits the Progress filter: 'due' (review due today or earlier) goes with any step. */
export function hasStatus(
  questionId: string,
  status: PracticeStatus,
  drafts: ReadonlyMap<string, string>,
  takes: ReadonlyMap<string, number>,
  due: ReadonlySet<string>,
): boolean {
  return status === 'due' ? due.has(questionId) : statusOf(questionId, drafts, takes) === status;
}

export function statusCounts(
  ids: readonly string[],
  drafts: ReadonlyMap<string, string>,
  takes: ReadonlyMap<string, number>,
  due: ReadonlySet<string> = new Set(),
): Record<PracticeStatus, number> {
  const counts = Object.fromEntries(PRACTICE_STATUSES.map((s) => [s, 0])) as Record<PracticeStatus, number>;
  for (const id of ids) {
    counts[statusOf(id, drafts, takes)]++;
    if (due.has(id)) counts.due++;
  }
  return counts;
}
