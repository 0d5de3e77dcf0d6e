/** Drafts (one per question) and their revision history. */
import { checkRecord, keepValid } from './checked.ts';
import { tx } from './db.ts';
import { clampFields } from '../shared/limits.ts';
import { problem, type Result, type StorageProblem } from './errors.ts';
import { INDEXES, STORES, type Draft, type RehearseDb, type Revision } from './schema.ts';

export type DraftInput = Omit<Draft, 'rev' | 'updatedAt'>;

/** Another tab saved this draft since we read it; `current` is what it wrote. */
export interface DraftConflict {
  ok: false;
  problem: StorageProblem & { kind: 'conflict' };
  current: Draft;
}

const UNREADABLE = 'The stored copy of this draft could not be read; it is kept as it is, and your text here is not saved over it.';

export async function getDraft(db: RehearseDb, questionId: string): Promise<Draft | undefined> {
  return checkRecord('draft', await db.get(STORES.drafts, questionId));
}

export async function listDrafts(db: RehearseDb): Promise<Draft[]> {
  return keepValid('draft', await db.getAll(STORES.drafts));
}

/**
 * Save only if the stored rev is still `expectedRev` (0 for a new draft), in one transaction so
 * two tabs cannot both win. Fields are merged over the stored ones: a framework switch, or a
 * restore of an older revision, never drops another framework's text.
 */
export async function saveDraft(db: RehearseDb, draft: DraftInput, expectedRev: number, now = Date.now()): Promise<Result<Draft> | DraftConflict> {
  const outcome = await tx(db, [STORES.drafts], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.drafts);
    const raw = await store.get(draft.questionId);
    const stored = checkRecord('draft', raw); // a record that does not fit is reported, and never overwritten
    if (raw !== undefined && !stored) return { unreadable: true as const };
    // A draft deleted elsewhere is not a conflict: writing it back loses nothing.
    if (stored && stored.rev !== expectedRev) return { conflict: stored };
    const saved: Draft = {
      ...draft,
      fields: clampFields({ ...stored?.fields, ...draft.fields }), // the editor clamps too; this holds for every writer
      rev: expectedRev + 1,
      updatedAt: now,
    };
    await store.put(saved);
    return { saved };
  });
  if (!outcome.ok) return outcome;
  if ('unreadable' in outcome.value) return { ok: false, problem: problem('unknown', undefined, UNREADABLE) };
  if ('conflict' in outcome.value) return { ok: false, problem: problem('conflict') as DraftConflict['problem'], current: outcome.value.conflict };
  return { ok: true, value: outcome.value.saved };
}

/** What deleteDraft removed, for Undo. */
export interface DeletedDraft {
  draft?: Draft;
  revisions: Revision[];
}

/** Deletes the draft and its revisions together and hands both back for Undo. */
export function deleteDraft(db: RehearseDb, questionId: string): Promise<Result<DeletedDraft>> {
  return tx(db, [STORES.drafts, STORES.revisions], 'readwrite', async (t) => {
    const revisions = t.objectStore(STORES.revisions);
    const [draft, history] = await Promise.all([t.objectStore(STORES.drafts).get(questionId), revisions.index(INDEXES.revisionsByQuestion).getAll(questionId)]);
    await Promise.all([t.objectStore(STORES.drafts).delete(questionId), ...history.map((r) => revisions.delete(r.id!))]);
    return { draft, revisions: history };
  });
}

/** Undo of deleteDraft: the draft and its history back with their own revs and ids. */
export function restoreDraft(db: RehearseDb, deleted: DeletedDraft): Promise<Result<void>> {
  return tx(db, [STORES.drafts, STORES.revisions], 'readwrite', async (t) => {
    const writes: Promise<unknown>[] = deleted.revisions.map((r) => t.objectStore(STORES.revisions).put(r));
    if (deleted.draft) writes.push(t.objectStore(STORES.drafts).put(deleted.draft));
    await Promise.all(writes);
  });
}

/** Add a revision and, in the same transaction, drop this question's oldest beyond `keep`. */
export function addRevision(db: RehearseDb, revision: Revision, keep = 50): Promise<Result<Revision>> {
  return tx(db, [STORES.revisions], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.revisions);
    const { id: _ignored, ...fresh } = revision; // ids are the store's to hand out
    const id = await store.add(fresh);
    const byQuestion = store.index(INDEXES.revisionsByQuestion);
    let excess = (await byQuestion.count(revision.questionId)) - keep;
    // Within one index key, entries run in primary-key order: lowest id = oldest.
    for (let c = await byQuestion.openCursor(revision.questionId); c && excess > 0; excess--) {
      await c.delete();
      c = await c.continue();
    }
    return { ...fresh, id };
  });
}

/** Newest first. */
export async function listRevisions(db: RehearseDb, questionId: string): Promise<Revision[]> {
  const all = await db.getAllFromIndex(STORES.revisions, INDEXES.revisionsByQuestion, questionId);
  return keepValid('revision', all).reverse();
}

export async function getRevision(db: RehearseDb, id: number): Promise<Revision | undefined> {
  return checkRecord('revision', await db.get(STORES.revisions, id));
}
