/** When each question and story comes back for review: one record per item, keyed `question:<id>` / `story:<id>`. */
import { checkRecord, keepValid } from './checked.ts';
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { STORES, type RehearseDb, type Review, type ReviewItemKind } from './schema.ts';

export const reviewId = (kind: ReviewItemKind, itemId: string): string => `${kind}:${itemId}`;

export async function getReview(db: RehearseDb, kind: ReviewItemKind, itemId: string): Promise<Review | undefined> {
  return checkRecord('review', await db.get(STORES.reviews, reviewId(kind, itemId)));
}

/** Every readable review record (a bad one is reported under Needs attention and left out). */
export async function listReviews(db: RehearseDb): Promise<Review[]> {
  return keepValid('review', await db.getAll(STORES.reviews));
}

export function putReview(db: RehearseDb, review: Review): Promise<Result<Review>> {
  return tx(db, [STORES.reviews], 'readwrite', async (t) => {
    await t.objectStore(STORES.reviews).put(review);
    return review;
  });
}

export function deleteReview(db: RehearseDb, kind: ReviewItemKind, itemId: string): Promise<Result<void>> {
  return tx(db, [STORES.reviews], 'readwrite', (t) => t.objectStore(STORES.reviews).delete(reviewId(kind, itemId)));
}
