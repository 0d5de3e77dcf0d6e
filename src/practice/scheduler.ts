/**
 * FSRS (ts-fsrs, FSRS-6) as pure functions over stored review records. Loaded on demand (review.ts imports it
 * with import()): the first page never carries the scheduler. Day-level intervals: no same-day learning steps.
 */
import { createEmptyCard, fsrs, Rating, TypeConvert, type Card, type Grade } from 'ts-fsrs';
import { reviewId } from '../store/reviews';
import type { Review, ReviewCard, ReviewGrade, ReviewItemKind } from '../store/schema';

const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });
const RATING: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
/** Enough to see how an item went lately; the card itself carries what the scheduler needs. */
export const LOG_LIMIT = 20;

function toCard(stored: ReviewCard | undefined, now: number): Card {
  // elapsed_days is left out of stored cards (gone in FSRS 6); ts-fsrs works it out from last_review.
  return stored ? TypeConvert.card({ ...stored, elapsed_days: 0 }) : createEmptyCard(new Date(now));
}

function toStored(card: Card): ReviewCard {
  const { due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review } = card;
  const stored: ReviewCard = { due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state: state as ReviewCard['state'] };
  if (last_review) stored.last_review = last_review;
  return stored;
}

const DAY_MS = 86_400_000;
/**
 * An answer the user could not give comes back tomorrow, whatever its history: before an onsite, FSRS's
 * post-lapse interval (up to a week after a long run of Good) is too long. The card keeps FSRS's lapse.
 */
function tomorrowAtMost(card: Card, grade: ReviewGrade, now: number): Card {
  if (grade !== 'again' || card.due.getTime() <= now + DAY_MS) return card;
  return { ...card, due: new Date(now + DAY_MS), scheduled_days: 1 };
}

/** When the item would come back after each grade, graded at `now`. */
export function previewDue(stored: ReviewCard | undefined, now: number): Record<ReviewGrade, Date> {
  const preview = scheduler.repeat(toCard(stored, now), new Date(now));
  return {
    again: tomorrowAtMost(preview[Rating.Again].card, 'again', now).due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** The record after grading: its next card, and the grade added to its log. */
export function graded(existing: Review | undefined, kind: ReviewItemKind, itemId: string, grade: ReviewGrade, now: number): Review {
  const { card: next } = scheduler.next(toCard(existing?.card, now), new Date(now), RATING[grade]);
  const card = tomorrowAtMost(next, grade, now);
  return {
    id: reviewId(kind, itemId),
    kind,
    itemId,
    card: toStored(card),
    log: [...(existing?.log ?? []), { at: now, grade }].slice(-LOG_LIMIT),
    updatedAt: now,
  };
}
