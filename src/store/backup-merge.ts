/**
 * Merging a validated backup into the database: one transaction per kind (per take for audio,
 * whose bytes cannot be read from the file inside a transaction). New records are added, identical
 * ones skipped, and a conflict with local work keeps both — never a silent overwrite.
 */
import { clearBadRecord } from './attention.ts';
import { checkRecord } from './checked.ts';
import { randomId, tx } from './db.ts';
import type { Result } from './errors.ts';
import {
  INDEXES,
  STORES,
  type ChunkRecord,
  type CustomQuestion,
  type Draft,
  type RehearseDb,
  type Review,
  type Revision,
  type RoundRecord,
  type Story,
  type Take,
} from './schema.ts';
import type { SettingEntry } from './backup.ts';

export interface MergeCount {
  added: number;
  skipped: number;
  /** Both versions kept: the other one went to History, or was added as a copy. */
  keptBoth: number;
  /** The file's version was newer and replaced the local one (the local one kept where it is text). */
  updated: number;
}

const zero = (): MergeCount => ({ added: 0, skipped: 0, keptBoth: 0, updated: 0 });

/** Structural equality that ignores key order (records read back may list keys differently). */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
}
const sameText = (a: { framework: string; fields: object }, b: { framework: string; fields: object }) =>
  a.framework === b.framework && sameRecord(a.fields, b.fields);

/** A damaged record's rev, when it still holds a usable one; 0 otherwise. */
function validRev(stored: unknown): number {
  const rev = (stored as { rev?: unknown } | null)?.rev;
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev : 0;
}

/** Drafts and their history together: a conflicting draft sends the older text to History. */
export function mergeDrafts(db: RehearseDb, drafts: Draft[], revisions: Revision[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.drafts, STORES.revisions], 'readwrite', async (t) => {
    const count = zero();
    const draftStore = t.objectStore(STORES.drafts);
    const history = t.objectStore(STORES.revisions);
    const known = async (r: Omit<Revision, 'id'>) =>
      (await history.index(INDEXES.revisionsByQuestion).getAll(r.questionId)).some((h) => h.savedAt === r.savedAt && sameText(h, r));
    const addRevision = async (r: Omit<Revision, 'id'>) => {
      if (await known(r)) return false;
      await history.add(r as Revision);
      return true;
    };
    for (const { id: _id, ...revision } of revisions) {
      if (await addRevision(revision)) count.added++;
      else count.skipped++;
    }
    for (const draft of drafts) {
      const stored = await draftStore.get(draft.questionId);
      const local = checkRecord('draft', stored); // a damaged local draft counts as absent: the file's one replaces it
      if (!local) {
        await draftStore.put({ ...draft, rev: stored === undefined ? draft.rev : validRev(stored) + 1 });
        if (stored !== undefined) clearBadRecord('draft', draft.questionId);
        count.added++;
      } else if (sameText(local, draft)) {
        count.skipped++;
      } else if (draft.updatedAt > local.updatedAt) {
        const kept = { questionId: local.questionId, framework: local.framework, fields: local.fields, savedAt: local.updatedAt, reason: 'import' as const };
        await addRevision(kept);
        await draftStore.put({ ...draft, rev: local.rev + 1 }); // +1 so an open tab sees a change
        count.updated++;
      } else {
        const theirs = { questionId: draft.questionId, framework: draft.framework, fields: draft.fields, savedAt: draft.updatedAt, reason: 'import' as const };
        if (await addRevision(theirs)) count.keptBoth++;
        else count.skipped++;
      }
    }
    return count;
  });
}

/** A story that differs from the local one of the same id is added as a copy, once. */
export function mergeStories(db: RehearseDb, stories: Story[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.stories], 'readwrite', async (t) => {
    const count = zero();
    const all = await t.store.getAll();
    const content = ({ id: _i, title: _t, createdAt: _c, ...rest }: Story) => rest;
    for (const story of stories) {
      const local = all.find((s) => s.id === story.id);
      if (!local) {
        await t.store.add(story);
        all.push(story);
        count.added++;
      } else if (sameRecord(local, story) || all.some((s) => s.id !== story.id && sameRecord(content(s), content(story)))) {
        count.skipped++;
      } else {
        const copy: Story = { ...story, id: `story-${randomId(12)}`, title: `${story.title} (imported copy)` };
        await t.store.add(copy);
        all.push(copy);
        count.keptBoth++;
      }
    }
    return count;
  });
}

/** Custom questions keep their id (drafts are keyed by it): the newer text wins, and is reported. */
export function mergeCustomQuestions(db: RehearseDb, questions: CustomQuestion[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.customQuestions], 'readwrite', async (t) => {
    const count = zero();
    for (const question of questions) {
      const local = checkRecord('customQuestion', await t.store.get(question.id)); // a damaged one is replaced
      if (!local) count.added++;
      else if (sameRecord(local, question) || local.updatedAt >= question.updatedAt) count.skipped++;
      else count.updated++;
      if (!local || question.updatedAt > local.updatedAt) await t.store.put(question);
    }
    return count;
  });
}

/** A review schedule graded later wins (the other device's grades are in its card); a damaged local one is replaced. */
export function mergeReviews(db: RehearseDb, reviews: Review[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.reviews], 'readwrite', async (t) => {
    const count = zero();
    for (const review of reviews) {
      const stored = await t.store.get(review.id);
      const local = checkRecord('review', stored);
      if (!local) count.added++;
      else if (sameRecord(local, review) || local.updatedAt >= review.updatedAt) count.skipped++;
      else count.updated++;
      if (!local || review.updatedAt > local.updatedAt) {
        await t.store.put(review);
        if (stored !== undefined && !local) clearBadRecord('review', review.id);
      }
    }
    return count;
  });
}

/**
 * A finished round is the same round on every device (its id is random): the copy that saw more wins, i.e. the later
 * `seenAt` (a take attached after the end moves it on); a damaged local one is replaced. Never two copies of one round.
 */
export function mergeRounds(db: RehearseDb, rounds: RoundRecord[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.rounds], 'readwrite', async (t) => {
    const count = zero();
    for (const run of rounds) {
      const stored = await t.store.get(run.round.id);
      const local = checkRecord('round', stored);
      if (!local) count.added++;
      else if (sameRecord(local, run) || local.seenAt >= run.seenAt) count.skipped++;
      else count.updated++;
      if (!local || run.seenAt > local.seenAt) {
        await t.store.put(run);
        if (stored !== undefined && !local) clearBadRecord('round', run.round.id);
      }
    }
    return count;
  });
}

/** A setting this device already has stays as it is. */
export function mergeSettings(db: RehearseDb, entries: SettingEntry[]): Promise<Result<MergeCount>> {
  return tx(db, [STORES.settings], 'readwrite', async (t) => {
    const count = zero();
    for (const { key, value } of entries) {
      if (checkRecord('setting', await t.store.get(key), key) !== undefined)
        count.skipped++; // a damaged one is replaced
      else {
        await t.store.put(value, key);
        count.added++;
      }
    }
    return count;
  });
}

/** One take and its audio in one transaction, so a take never exists without its audio. */
export function mergeTake(db: RehearseDb, take: Take, chunks: ChunkRecord[]): Promise<Result<keyof MergeCount>> {
  return tx(db, [STORES.takes, STORES.chunks, STORES.assembled], 'readwrite', async (t) => {
    const takes = t.objectStore(STORES.takes);
    const local = await takes.get(take.id);
    const sameAudio = local && local.bytes === take.bytes && local.chunkCount === take.chunkCount && local.mimeType === take.mimeType;
    if (local && sameAudio) {
      if (sameRecord(local, take) || local.updatedAt >= take.updatedAt) return 'skipped';
      await takes.put({ ...take, analysis: take.analysis ?? local.analysis }); // newer name, rating, notes
      return 'updated';
    }
    const id = local ? `take-${randomId(12)}` : take.id; // a different recording under the same id: keep both
    await takes.add({ ...take, id });
    // Audio written under this id replaces whatever was there: an assembled copy left behind would be stale.
    await Promise.all([...chunks.map((c) => t.objectStore(STORES.chunks).put({ ...c, takeId: id })), t.objectStore(STORES.assembled).delete(id)]);
    return local ? 'keptBoth' : 'added';
  });
}
