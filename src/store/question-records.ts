/** Everything a question owns (draft, revisions, takes with audio, story links, review schedule), taken out and put back whole. */
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { reviewId } from './reviews.ts';
import { INDEXES, STORES, type CustomQuestion, type Draft, type RehearseDb, type Review, type Revision, type Story } from './schema.ts';
import { chunkRange, type DeletedTake } from './takes.ts';

/** What a deletion removed, kept by the UI so Undo can put it back byte for byte. */
export interface QuestionRecords {
  questionId: string;
  question?: CustomQuestion;
  draft?: Draft;
  review?: Review;
  revisions: Revision[];
  takes: DeletedTake[];
  /** The linked stories as they were before the link was removed. */
  stories: Story[];
  /** When the links were removed: a story still carrying this updatedAt at Undo was not edited since. */
  unlinkedAt: number;
}

const OWNED = [STORES.customQuestions, STORES.drafts, STORES.revisions, STORES.takes, STORES.chunks, STORES.assembled, STORES.stories, STORES.reviews] as const;

/** One transaction: either all of it goes, or (on any failure) none of it. */
export function deleteQuestionRecords(db: RehearseDb, questionId: string, now = Date.now()): Promise<Result<QuestionRecords>> {
  return tx(db, [...OWNED], 'readwrite', async (t) => {
    const [question, draft, review, revisions, takes, stories] = await Promise.all([
      t.objectStore(STORES.customQuestions).get(questionId),
      t.objectStore(STORES.drafts).get(questionId),
      t.objectStore(STORES.reviews).get(reviewId('question', questionId)),
      t.objectStore(STORES.revisions).index(INDEXES.revisionsByQuestion).getAll(questionId),
      t.objectStore(STORES.takes).index(INDEXES.takesByQuestion).getAll(questionId),
      t.objectStore(STORES.stories).index(INDEXES.storiesByLinkedQuestion).getAll(questionId),
    ]);
    const chunks = t.objectStore(STORES.chunks);
    const deletedTakes = await Promise.all(takes.map(async (take) => ({ take, chunks: await chunks.getAll(chunkRange(take.id)) })));
    await issueAll((issue) => {
      issue(t.objectStore(STORES.customQuestions).delete(questionId));
      issue(t.objectStore(STORES.drafts).delete(questionId));
      issue(t.objectStore(STORES.reviews).delete(reviewId('question', questionId)));
      for (const r of revisions) issue(t.objectStore(STORES.revisions).delete(r.id!));
      for (const take of takes) {
        // The assembled copy is not handed back: derived from the chunks, it is rebuilt after an Undo.
        issue(t.objectStore(STORES.takes).delete(take.id), chunks.delete(chunkRange(take.id)), t.objectStore(STORES.assembled).delete(take.id));
      }
      for (const s of stories) issue(t.objectStore(STORES.stories).put({ ...s, questionIds: s.questionIds.filter((q) => q !== questionId), updatedAt: now }));
    });
    return { questionId, question, draft, review, revisions, takes: deletedTakes, stories, unlinkedAt: now };
  });
}

/** Undo of deleteQuestionRecords, in one transaction. A story edited since keeps its edit and gets its link back. */
export function restoreQuestionRecords(db: RehearseDb, records: QuestionRecords, now = Date.now()): Promise<Result<void>> {
  return tx(db, [...OWNED], 'readwrite', async (t) => {
    const storyStore = t.objectStore(STORES.stories);
    const current = await Promise.all(records.stories.map((s) => storyStore.get(s.id)));
    await issueAll((issue) => {
      if (records.question) issue(t.objectStore(STORES.customQuestions).put(records.question));
      if (records.draft) issue(t.objectStore(STORES.drafts).put(records.draft));
      if (records.review) issue(t.objectStore(STORES.reviews).put(records.review));
      for (const revision of records.revisions) issue(t.objectStore(STORES.revisions).put(revision));
      for (const { take, chunks } of records.takes) {
        issue(t.objectStore(STORES.takes).put(take), ...chunks.map((chunk) => t.objectStore(STORES.chunks).put(chunk)));
      }
      records.stories.forEach((before, i) => {
        const latest = current[i];
        if (!latest) return; // deleted since: nothing to link back to
        if (latest.updatedAt === records.unlinkedAt) issue(storyStore.put(before));
        else if (!latest.questionIds.includes(records.questionId)) {
          issue(storyStore.put({ ...latest, questionIds: [...latest.questionIds, records.questionId], updatedAt: now }));
        }
      });
    });
  });
}

/** All requests at once (one round trip); if issuing one throws, those already issued fail with the abort, observed. */
async function issueAll(body: (issue: (...requests: Promise<unknown>[]) => void) => void): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    body((...requests) => issued.push(...requests));
  } catch (error) {
    for (const request of issued) request.catch(() => {});
    throw error;
  }
  await Promise.all(issued);
}
