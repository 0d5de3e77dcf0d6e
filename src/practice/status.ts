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

/** One step at a time: new → drafted (words on the page) → recorded (said out loud at least once). */
export function statusOf(questionId: string, drafts: ReadonlyMap<string, string>, takes: ReadonlyMap<string, number>): PracticeStatus {
  if ((takes.get(questionId) ?? 0) > 0) return 'recorded';
  if (drafts.get(questionId)?.trim()) return 'drafted';
  return 'new';
}

export function statusCounts(ids: readonly string[], drafts: ReadonlyMap<string, string>, takes: ReadonlyMap<string, number>): Record<PracticeStatus, number> {
  const counts = Object.fromEntries(PRACTICE_STATUSES.map((s) => [s, 0])) as Record<PracticeStatus, number>;
  for (const id of ids) counts[statusOf(id, drafts, takes)]++;
  return counts;
}
