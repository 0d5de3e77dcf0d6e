import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './fresh-db.test-support.ts';
import { addRevision, deleteDraft, getDraft, getRevision, listDrafts, listRevisions, saveDraft, type DraftInput } from './drafts.ts';
import { STORES, type RehearseDb, type Revision } from './schema.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const star = (situation: string): DraftInput => ({
  questionId: 'conflict-deep-dive',
  framework: 'star',
  fields: { situation, task: '', action: '', result: '' },
});

function revision(questionId: string, n: number): Revision {
  return { questionId, framework: 'free', fields: { free: `v${n}` }, savedAt: n, reason: 'autosave' };
}

describe('drafts', () => {
  it('saves a new draft at rev 1, then each save bumps rev and updatedAt', async () => {
    expect(await getDraft(db, 'conflict-deep-dive')).toBeUndefined();
    const first = await saveDraft(db, star('Team split on eval design'), 0, 100);
    expect(first).toEqual({ ok: true, value: { ...star('Team split on eval design'), rev: 1, updatedAt: 100 } });
    const second = await saveDraft(db, star('Team split on eval metrics'), 1, 200);
    expect(second.ok && second.value).toMatchObject({ rev: 2, updatedAt: 200 });
    expect(await getDraft(db, 'conflict-deep-dive')).toMatchObject({ rev: 2, fields: { situation: 'Team split on eval metrics' } });
  });

  it('detects a second writer with the same expectedRev and hands back the first writer\u2019s text', async () => {
    await saveDraft(db, star('base'), 0);
    const tabA = await saveDraft(db, star('written in tab A'), 1, 10);
    const tabB = await saveDraft(db, star('written in tab B'), 1, 20);
    expect(tabA.ok).toBe(true);
    expect(tabB.ok).toBe(false);
    if (tabB.ok || !('current' in tabB)) throw new Error('expected a conflict');
    expect(tabB.problem.kind).toBe('conflict');
    expect(tabB.problem.message).toMatch(/another tab/);
    expect(tabB.current).toMatchObject({ rev: 2, fields: { situation: 'written in tab A' } });
    // Tab B's text did not overwrite tab A's.
    expect((await getDraft(db, 'conflict-deep-dive'))?.fields.situation).toBe('written in tab A');
  });

  it('never hands back or overwrites a stored draft that does not fit its schema', async () => {
    await db.put(STORES.drafts, { questionId: 'conflict-deep-dive', framework: 'star', fields: { situation: 5 }, rev: 3, updatedAt: 1 } as never);
    const result = await saveDraft(db, star('mine'), 0);
    expect(result.ok === false && !('current' in result) && result.problem.kind).toBe('unknown');
    expect((await db.get(STORES.drafts, 'conflict-deep-dive'))?.fields.situation).toBe(5);
  });

  it('treats two tabs both creating the same new draft as a conflict', async () => {
    await saveDraft(db, star('tab A first'), 0);
    const late = await saveDraft(db, star('tab B first'), 0);
    expect(late.ok === false && late.problem.kind).toBe('conflict');
  });

  it('writes back a draft deleted in another tab instead of losing the text on screen', async () => {
    await saveDraft(db, star('one'), 0);
    await deleteDraft(db, 'conflict-deep-dive');
    const saved = await saveDraft(db, star('still typing'), 1);
    expect(saved.ok && saved.value.rev).toBe(2);
  });

  it('keeps every field key when the framework changes', async () => {
    await saveDraft(db, { questionId: 'q', framework: 'star', fields: { situation: 'S', task: 'T', action: 'A', result: 'R' } }, 0);
    const switched = await saveDraft(db, { questionId: 'q', framework: 'sail', fields: { situation: 'S', learning: 'L' } }, 1);
    expect(switched.ok && switched.value).toMatchObject({
      framework: 'sail',
      fields: { situation: 'S', task: 'T', action: 'A', result: 'R', learning: 'L' },
    });
    const back = await saveDraft(db, { questionId: 'q', framework: 'star', fields: { result: 'R2' } }, 2);
    expect(back.ok && back.value.fields).toEqual({ situation: 'S', task: 'T', action: 'A', result: 'R2', learning: 'L' });
  });

  it('cuts a field past the limit (20,000 characters), whoever writes it', async () => {
    const result = await saveDraft(db, { questionId: 'q1', framework: 'star', fields: { situation: 'x'.repeat(25_000), task: 'short' } }, 0);
    expect(result.ok && result.value.fields.situation).toHaveLength(20_000);
    expect((await getDraft(db, 'q1'))?.fields).toMatchObject({ task: 'short' });
  });

  it('lists and deletes drafts; deleting also drops the draft\u2019s revisions', async () => {
    await saveDraft(db, { ...star('a'), questionId: 'a' }, 0);
    await saveDraft(db, { ...star('b'), questionId: 'b' }, 0);
    await addRevision(db, revision('a', 1));
    await addRevision(db, revision('b', 1));
    expect((await listDrafts(db)).map((d) => d.questionId).sort()).toEqual(['a', 'b']);
    const deleted = await deleteDraft(db, 'a');
    expect(deleted.ok && deleted.value).toMatchObject({ draft: { questionId: 'a' }, revisions: [{ questionId: 'a' }] });
    expect((await listDrafts(db)).map((d) => d.questionId)).toEqual(['b']);
    expect(await listRevisions(db, 'a')).toEqual([]);
    expect(await listRevisions(db, 'b')).toHaveLength(1);
  });

  it('returns a quota problem, not a throw, when the disk is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveDraft(db, star('precious text'), 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe('quota');
    expect(await getDraft(db, 'conflict-deep-dive')).toBeUndefined();
    // Space freed: the same save goes through.
    expect((await saveDraft(db, star('precious text'), 0)).ok).toBe(true);
  });

  it('stays correct in a full database (500 drafts \u00d7 50 revisions)', { timeout: 60_000 }, async () => {
    const t = db.transaction([STORES.drafts, STORES.revisions], 'readwrite');
    for (let q = 0; q < 500; q++) {
      void t.objectStore(STORES.drafts).put({ questionId: `q${q}`, framework: 'free', fields: { free: `${q}` }, rev: 3, updatedAt: q });
      for (let n = 0; n < 50; n++) void t.objectStore(STORES.revisions).add(revision(`q${q}`, n));
    }
    await t.done;
    const saved = await saveDraft(db, { questionId: 'q250', framework: 'free', fields: { free: 'new' } }, 3);
    expect(saved.ok && saved.value.rev).toBe(4);
    const conflict = await saveDraft(db, { questionId: 'q251', framework: 'free', fields: { free: 'new' } }, 2);
    expect(conflict.ok).toBe(false);
    await addRevision(db, revision('q250', 50));
    const revs = await listRevisions(db, 'q250');
    expect(revs).toHaveLength(50);
    expect(revs[0]?.fields.free).toBe('v50');
    expect(revs.at(-1)?.fields.free).toBe('v1');
    expect(await listRevisions(db, 'q249')).toHaveLength(50);
  });
});

describe('revisions', () => {
  it('adds with a fresh id and reads back by id', async () => {
    const added = await addRevision(db, { ...revision('q', 1), id: 999 });
    if (!added.ok) throw new Error('add failed');
    expect(added.value.id).not.toBe(999);
    expect(await getRevision(db, added.value.id!)).toEqual(added.value);
    expect(await getRevision(db, 12345)).toBeUndefined();
  });

  it('lists newest first, only for the asked question', async () => {
    for (const n of [1, 2, 3]) await addRevision(db, revision('q', n));
    await addRevision(db, revision('other', 9));
    expect((await listRevisions(db, 'q')).map((r) => r.fields.free)).toEqual(['v3', 'v2', 'v1']);
  });

  it('prunes the oldest beyond `keep`, and leaves other questions alone', async () => {
    for (let n = 1; n <= 3; n++) await addRevision(db, revision('other', n));
    for (let n = 1; n <= 8; n++) await addRevision(db, revision('q', n), 5);
    expect((await listRevisions(db, 'q')).map((r) => r.fields.free)).toEqual(['v8', 'v7', 'v6', 'v5', 'v4']);
    expect(await listRevisions(db, 'other')).toHaveLength(3);
  });

  it('reports a full disk while adding a revision as a value', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = await addRevision(db, revision('q', 1));
    expect(!result.ok && result.problem.kind).toBe('quota');
    expect(await listRevisions(db, 'q')).toEqual([]);
  });
});
