import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './fresh-db.test-support.ts';
import { listReviews, putReview } from './reviews.ts';
import { validReview } from './valid-records.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';
import {
  createStory,
  deleteStory,
  getStory,
  linkStory,
  listStories,
  saveStoryText,
  storiesForQuestion,
  unlinkStory,
  updateStory,
  type StoryInput,
} from './stories.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const input = (title: string, questionIds: string[] = []): StoryInput => ({
  title,
  framework: 'star',
  fields: { situation: 'Eval regressions slipped into prod', result: 'Caught 3 regressions pre-launch' },
  tags: ['leadership'],
  metric: '3 regressions caught',
  questionIds,
});

async function create(title: string, questionIds: string[] = [], now = 1): Promise<string> {
  const result = await createStory(db, input(title, questionIds), now);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value.id;
}

describe('stories', () => {
  it('creates with an id and timestamps, and reads back', async () => {
    const created = await createStory(db, input('Eval harness', ['q1', 'q1']), 100);
    if (!created.ok) throw new Error('create failed');
    expect(created.value).toMatchObject({ title: 'Eval harness', createdAt: 100, updatedAt: 100, questionIds: ['q1'] });
    expect(created.value.id).toMatch(/^story-[a-z2-9]{12}$/);
    expect(await getStory(db, created.value.id)).toEqual(created.value);
    expect(await getStory(db, 'missing')).toBeUndefined();
  });

  it('updates fields, bumps updatedAt, keeps id and createdAt', async () => {
    const id = await create('Draft title', [], 100);
    const updated = await updateStory(db, id, { title: 'Better title', id: 'hijack', createdAt: 0 } as never, 200);
    expect(updated.ok && updated.value).toMatchObject({ id, title: 'Better title', createdAt: 100, updatedAt: 200 });
    expect((await getStory(db, id))?.metric).toBe('3 regressions caught');
  });

  it('says a story deleted in another tab is gone instead of re-creating it', async () => {
    const result = await updateStory(db, 'story-gone', { title: 'x' });
    expect(!result.ok && result.problem).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/deleted/) });
    expect(await getStory(db, 'story-gone')).toBeUndefined();
  });

  it('lists the most recently updated first', async () => {
    const a = await create('a', [], 10);
    await create('b', [], 20);
    await create('c', [], 30);
    await updateStory(db, a, { metric: 'x' }, 40);
    expect((await listStories(db)).map((s) => s.title)).toEqual(['a', 'c', 'b']);
  });

  it('links and unlinks questions, found through storiesForQuestion', async () => {
    const outage = await create('Outage', ['why-anthropic']);
    const launch = await create('Launch');
    await linkStory(db, outage, 'biggest-failure', 5);
    await linkStory(db, outage, 'biggest-failure', 6); // twice is once
    await linkStory(db, launch, 'biggest-failure', 7);
    expect((await getStory(db, outage))?.questionIds).toEqual(['why-anthropic', 'biggest-failure']);
    expect((await storiesForQuestion(db, 'biggest-failure')).map((s) => s.title).sort()).toEqual(['Launch', 'Outage']);
    expect((await storiesForQuestion(db, 'why-anthropic')).map((s) => s.title)).toEqual(['Outage']);

    const unlinked = await unlinkStory(db, outage, 'biggest-failure', 8);
    expect(unlinked.ok && unlinked.value).toMatchObject({ questionIds: ['why-anthropic'], updatedAt: 8 });
    expect((await storiesForQuestion(db, 'biggest-failure')).map((s) => s.title)).toEqual(['Launch']);
    expect(await storiesForQuestion(db, 'nobody-links-this')).toEqual([]);
    expect((await linkStory(db, 'story-gone', 'q')).ok).toBe(false);
  });

  it('deletes, and a deleted story no longer shows for its questions', async () => {
    const id = await create('Gone soon', ['q']);
    expect(await deleteStory(db, id)).toEqual({ ok: true, value: undefined });
    expect(await getStory(db, id)).toBeUndefined();
    expect(await storiesForQuestion(db, 'q')).toEqual([]);
    expect(await listStories(db)).toEqual([]);
  });

  it('deletes its review schedule with it, and no other', async () => {
    const id = await create('Reviewed');
    await putReview(db, validReview(id, 'story'));
    await putReview(db, validReview('story-other', 'story'));
    await putReview(db, validReview(id, 'question')); // a question of the same id is another item
    expect(await deleteStory(db, id)).toMatchObject({ ok: true });
    expect((await listReviews(db)).map((r) => r.id).sort()).toEqual([`question:${id}`, 'story:story-other']);
  });

  it('reports a full disk as a value and leaves the stored story as it was', async () => {
    const id = await create('Original');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await updateStory(db, id, { title: 'Changed' });
    expect(!result.ok && result.problem.kind).toBe('quota');
    expect((await db.get(STORES.stories, id))?.title).toBe('Original');
  });

  it('saves the editor’s text only over the rev it read; links stay as stored', async () => {
    const id = await create('First', ['q1']);
    const text = { title: 'Mine', framework: 'sail' as const, fields: { situation: 's' }, tags: ['a'], metric: 'm' };
    const saved = await saveStoryText(db, id, text, 0, 50);
    expect(saved.ok && saved.value).toMatchObject({ ...text, rev: 1, updatedAt: 50, questionIds: ['q1'] });
    const stale = await saveStoryText(db, id, { ...text, title: 'Stale tab' }, 0);
    expect(!stale.ok && 'current' in stale && stale.current).toMatchObject({ title: 'Mine', rev: 1 });
    expect((await getStory(db, id))?.title).toBe('Mine');
    // Linking is not an edit of the text: it leaves the rev, so the open editor does not conflict with itself.
    await linkStory(db, id, 'q2');
    expect((await saveStoryText(db, id, { ...text, title: 'Next' }, 1)).ok).toBe(true);
    expect(await getStory(db, id)).toMatchObject({ title: 'Next', rev: 2, questionIds: ['q1', 'q2'] });
  });

  it('never hands back or overwrites a stored story that does not fit its schema', async () => {
    const id = await create('Kept');
    await db.put(STORES.stories, { ...(await getStory(db, id))!, tags: 'evals', rev: 4 } as never);
    const result = await saveStoryText(db, id, { ...input('x'), title: 'Mine' }, 0);
    expect(!result.ok && !('current' in result) && 'problem' in result && result.problem.kind).toBe('unknown');
    expect((await db.get(STORES.stories, id))?.title).toBe('Kept');
  });

  it('reads a story without rev (from before revs) as rev 0, and says a deleted one is gone', async () => {
    const id = await create('Old record');
    const { rev: _dropped, ...old } = (await getStory(db, id))!;
    await db.put(STORES.stories, old);
    expect((await saveStoryText(db, id, { ...input('x'), title: 'Saved over 0' }, 0)).ok).toBe(true);
    const gone = await saveStoryText(db, 'story-gone', input('x'), 0);
    expect(gone).toEqual({ ok: false, gone: true });
  });

  it('cuts every text to its limit, whoever writes it', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const tags = Array.from({ length: 25 }, (_, i) => `${i}${long(50)}`);
    const id = await create('t');
    await saveStoryText(db, id, { title: long(300), framework: 'star', fields: { situation: long(25_000) }, tags, metric: long(400) }, 0);
    const story = (await getStory(db, id))!;
    expect([story.title.length, story.metric.length, story.fields.situation!.length]).toEqual([200, 300, 20_000]);
    expect(story.tags).toHaveLength(20);
    expect(Math.max(...story.tags.map((t) => t.length))).toBe(40);
    await updateStory(db, id, { title: long(201) });
    expect((await getStory(db, id))?.title).toHaveLength(200);
  });
});
