import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addCustomQuestion, deleteCustomQuestion } from './custom-questions.ts';
import { addRevision, deleteDraft, getDraft, listRevisions, restoreDraft, saveDraft } from './drafts.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { restoreQuestionRecords } from './question-records.ts';
import { putReview } from './reviews.ts';
import { validReview } from './valid-records.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';
import { createStory, getStory, updateStory } from './stories.ts';
import { appendChunk, createTake, finishTake } from './takes.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

/** Every record of every store, as stored: what "byte for byte" is checked against. */
async function everything() {
  const stores = Object.values(STORES);
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)] as const)));
}

/** A custom question with a draft, two revisions, two takes with audio and two linked stories; plus an unrelated question's records. */
async function questionWithEverything() {
  const added = await addCustomQuestion(db, { text: 'Why Mistral?', categories: ['Motivation'], companies: ['Mistral'], testing: 'Interest' }, 10);
  if (!added.ok) throw new Error('add failed');
  const id = added.value.id;
  for (const questionId of [id, 'why-openai']) {
    await saveDraft(db, { questionId, framework: 'star', fields: { situation: `S of ${questionId}` } }, 0, 20);
    await addRevision(db, { questionId, framework: 'star', fields: { situation: 'older' }, savedAt: 15, reason: 'autosave' });
    const take = await createTake(db, { questionId, mimeType: 'audio/webm' }, 30);
    if (!take.ok) throw new Error('take failed');
    await appendChunk(db, take.value.id, 0, new Uint8Array([1, 2, 3]).buffer, 500, 31);
    await appendChunk(db, take.value.id, 1, new Uint8Array([4, 5]).buffer, 1000, 32);
    await finishTake(db, take.value.id, { durationMs: 1100 }, 33);
  }
  await addRevision(db, { questionId: id, framework: 'star', fields: { situation: 'newer' }, savedAt: 18, reason: 'manual' });
  for (const questionId of [id, 'why-openai']) await putReview(db, validReview(questionId));
  const shared = await createStory(db, { title: 'Shared', framework: 'star', fields: {}, tags: [], metric: '', questionIds: ['why-openai', id] }, 40);
  const only = await createStory(db, { title: 'Only', framework: 'star', fields: {}, tags: [], metric: '', questionIds: [id] }, 41);
  if (!shared.ok || !only.ok) throw new Error('story failed');
  return { id, shared: shared.value, only: only.value };
}

describe('deleting a custom question', () => {
  it('deletes its draft, revisions, takes with audio and story links, and nothing of other questions', async () => {
    const { id, shared, only } = await questionWithEverything();
    const result = await deleteCustomQuestion(db, id);
    expect(result.ok).toBe(true);
    const left = await everything();
    const mentions = (records: unknown[]) => records.filter((r) => JSON.stringify(r).includes(id));
    for (const store of Object.values(STORES)) expect(mentions(left[store]!), store).toEqual([]);
    // Chunks name their take, not the question: none may outlive its take.
    const takeIds = new Set(left[STORES.takes]!.map((t) => (t as { id: string }).id));
    expect(left[STORES.chunks]!.every((c) => takeIds.has((c as { takeId: string }).takeId))).toBe(true);
    expect(left[STORES.chunks]).toHaveLength(2);
    expect(left[STORES.revisions]).toHaveLength(1);
    expect((await getStory(db, shared.id))?.questionIds).toEqual(['why-openai']);
    expect((await getStory(db, only.id))?.questionIds).toEqual([]);
  });

  it('is undone byte for byte', async () => {
    const { id } = await questionWithEverything();
    const before = await everything();
    const deleted = await deleteCustomQuestion(db, id, 50);
    if (!deleted.ok) throw new Error(deleted.problem.message);
    expect(await restoreQuestionRecords(db, deleted.value, 60)).toEqual({ ok: true, value: undefined });
    expect(await everything()).toEqual(before);
  });

  it('gives a story edited since its link back and keeps the edit', async () => {
    const { id, shared } = await questionWithEverything();
    const deleted = await deleteCustomQuestion(db, id, 50);
    if (!deleted.ok) throw new Error('delete failed');
    await updateStory(db, shared.id, { title: 'Shared, renamed' }, 55);
    await restoreQuestionRecords(db, deleted.value, 60);
    expect(await getStory(db, shared.id)).toMatchObject({ title: 'Shared, renamed', questionIds: ['why-openai', id], updatedAt: 60 });
  });

  it('changes nothing when any part fails', async () => {
    const { id } = await questionWithEverything();
    const before = await everything();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await deleteCustomQuestion(db, id);
    expect(!result.ok && result.problem.kind).toBe('quota');
    expect(await everything()).toEqual(before);
  });
});

describe('deleting a draft', () => {
  it('takes its revisions with it and is undone byte for byte', async () => {
    const { id } = await questionWithEverything();
    const before = await everything();
    const deleted = await deleteDraft(db, id);
    if (!deleted.ok) throw new Error('delete failed');
    expect(await getDraft(db, id)).toBeUndefined();
    expect(await listRevisions(db, id)).toEqual([]);
    expect(await listRevisions(db, 'why-openai')).toHaveLength(1);
    await restoreDraft(db, deleted.value);
    expect(await everything()).toEqual(before);
  });
});
