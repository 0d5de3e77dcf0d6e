/**
 * Spaced review: grading a question or story schedules it (FSRS, in scheduler.ts, loaded on demand), and the
 * screens read what is due. Every function takes `now` so tests can move days; the app passes the clock.
 */
import { signal } from '@preact/signals';
import type { Result } from '../store/errors';
import { deleteReview, getReview, listReviews, putReview, reviewId } from '../store/reviews';
import type { Review, ReviewGrade, ReviewItemKind } from '../store/schema';
import { listStories } from '../store/stories';
import { dueToday, NOTHING_DUE, type DueItem } from './review-state';
import { database } from './session';
import { rememberStarted } from './started';
import { nextTask } from '../shared/tasks';

export type { Review, ReviewGrade, ReviewItemKind } from '../store/schema';
export { REVIEW_GRADES } from '../store/records';

const DAY_MS = 86_400_000;
/** The first moment of the day after `now`, in local time: anything due before it is due today. */
export function startOfTomorrow(now: number): number {
  const day = new Date(now);
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}
export const isDue = (review: Review, now: number): boolean => review.card.due.getTime() < startOfTomorrow(now);

/** What is due by the end of today, oldest due first, and the first day after today that has something due. */
export function dueBy(reviews: Iterable<Review>, now: number): { due: Review[]; next: number | null } {
  const all = [...reviews].sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
  const due = all.filter((r) => isDue(r, now));
  return { due, next: all.find((r) => !isDue(r, now))?.card.due.getTime() ?? null };
}

/** Every review record by id (`question:<id>`), read once and kept current by grading. */
export const reviews = signal<ReadonlyMap<string, Review>>(new Map());
let loaded: Promise<void> | undefined;

export function loadReviews(force = false): Promise<void> {
  if (force || !loaded) {
    loaded = (async () => {
      const db = await database();
      if (db) reviews.value = new Map((await listReviews(db)).map((r) => [r.id, r]));
    })();
  }
  return loaded;
}

export const reviewOf = (kind: ReviewItemKind, itemId: string): Review | undefined => reviews.value.get(reviewId(kind, itemId));

/** The questions due today or earlier, for the list's "Due for review" filter. */
export function dueQuestionIds(all: ReadonlyMap<string, Review>, now: number): ReadonlySet<string> {
  return new Set([...all.values()].filter((r) => r.kind === 'question' && isDue(r, now)).map((r) => r.itemId));
}

function remember(review: Review): void {
  reviews.value = new Map(reviews.value).set(review.id, review);
}

const UNAVAILABLE: Result<never> = { ok: false, problem: { kind: 'unavailable', message: 'Storage is not available in this browser.' } };

/** The scheduler's code, or null where it could not be fetched (offline before the worker holds it): a result, never a throw. */
async function loadScheduler(): Promise<typeof import('./scheduler') | null> {
  try {
    return await import('./scheduler');
  } catch (error) {
    console.error('The review scheduler could not be loaded', error);
    return null;
  }
}

const NO_SCHEDULER: Result<never> = {
  ok: false,
  problem: {
    kind: 'unknown',
    message: 'The part of Rehearse that schedules reviews could not be loaded: you may be offline, and it was not saved on this device yet.',
  },
};

/** When the item would come back after each grade, as epoch ms; null when the scheduler could not be loaded. */
export async function previewGrades(kind: ReviewItemKind, itemId: string, now: number): Promise<Record<ReviewGrade, number> | null> {
  const scheduler = await loadScheduler();
  if (!scheduler) return null;
  await nextTask(); // the first time, not in the task that evaluated the scheduler's code
  const { previewDue } = scheduler;
  const dates = previewDue(reviewOf(kind, itemId)?.card, now);
  return { again: dates.again.getTime(), hard: dates.hard.getTime(), good: dates.good.getTime(), easy: dates.easy.getTime() };
}

/** Grades the item and stores its next review; `before` is what Undo puts back (undefined: it was never graded). */
export async function gradeItem(
  kind: ReviewItemKind,
  itemId: string,
  grade: ReviewGrade,
  now: number,
): Promise<Result<{ review: Review; before: Review | undefined }>> {
  const [scheduler, db] = await Promise.all([loadScheduler(), database()]);
  if (!scheduler) return NO_SCHEDULER;
  if (!db) return UNAVAILABLE;
  const { graded } = scheduler;
  // The stored record, not this tab's copy: another tab may have graded it since.
  const before = (await getReview(db, kind, itemId)) ?? reviewOf(kind, itemId);
  const result = await putReview(db, graded(before, kind, itemId, grade, now));
  if (!result.ok) return result;
  remember(result.value);
  rememberStarted(true);
  return { ok: true, value: { review: result.value, before } };
}

/** The user picks another day for the next review (kept at the time of day the scheduler chose). */
export async function moveReview(
  kind: ReviewItemKind,
  itemId: string,
  day: { year: number; month: number; date: number },
  now: number,
): Promise<Result<Review>> {
  const db = await database();
  if (!db) return UNAVAILABLE;
  const current = (await getReview(db, kind, itemId)) ?? reviewOf(kind, itemId);
  if (!current) return { ok: false, problem: { kind: 'unknown', message: 'Grade it first; then you can choose its next review.' } };
  const due = new Date(current.card.due);
  due.setFullYear(day.year, day.month, day.date);
  const from = current.card.last_review?.getTime() ?? now;
  const scheduled = Math.max(0, Math.round((due.getTime() - from) / DAY_MS));
  const result = await putReview(db, { ...current, card: { ...current.card, due, scheduled_days: scheduled }, updatedAt: now });
  if (result.ok) remember(result.value);
  return result;
}

/** Undo of a grade: the record as it was, or none when the item had never been graded. */
export async function restoreReview(kind: ReviewItemKind, itemId: string, before: Review | undefined): Promise<Result<void>> {
  const db = await database();
  if (!db) return UNAVAILABLE;
  if (before) {
    const result = await putReview(db, before);
    if (!result.ok) return result;
    remember(before);
    return { ok: true, value: undefined };
  }
  const result = await deleteReview(db, kind, itemId);
  if (result.ok) {
    const next = new Map(reviews.value);
    next.delete(reviewId(kind, itemId));
    reviews.value = next;
  }
  return result;
}

/**
 * The home page's "Due today": questions known to `questionExists` (the bank and the user's own) and stories
 * still kept; a schedule whose item is gone is left out.
 */
export async function loadDueToday(now = Date.now(), questionExists: (id: string) => boolean = () => true): Promise<void> {
  try {
    // The home page waits for this list: never longer than a moment (a blocked upgrade can wait forever).
    const db = await Promise.race([database(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1500))]);
    if (!db) {
      dueToday.value = NOTHING_DUE;
      return;
    }
    await loadReviews(true);
    // Stories are read only when one is scheduled (a bad story is then reported, as on the Stories page).
    const anyStory = [...reviews.value.values()].some((r) => r.kind === 'story');
    const titles = new Map(anyStory ? (await listStories(db)).map((s) => [s.id, s.title.trim() || 'Untitled story']) : []);
    const kept = [...reviews.value.values()].filter((r) => (r.kind === 'story' ? titles.has(r.itemId) : questionExists(r.itemId)));
    const { due, next } = dueBy(kept, now);
    const items: DueItem[] = due.map((r) => ({
      kind: r.kind,
      itemId: r.itemId,
      due: r.card.due.getTime(),
      title: r.kind === 'story' ? titles.get(r.itemId) : undefined,
    }));
    dueToday.value = { items, next, any: kept.length > 0, dueTimes: kept.map((r) => r.card.due.getTime()) };
  } catch {
    dueToday.value = NOTHING_DUE; // a suggestion list is never worth an error on the home page
  }
}
