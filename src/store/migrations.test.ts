import 'fake-indexeddb/auto'; // idb's wrapper looks up IDBObjectStore & co. as globals
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, runUpgrade } from './db.ts';
import { listDrafts, listRevisions } from './drafts.ts';
import { getReview, listReviews, putReview } from './reviews.ts';
import { getRound, listRounds, putRound } from './rounds.ts';
import {
  DB_NAME,
  DB_VERSION,
  INDEXES,
  STORES,
  upgradeSteps,
  type DraftV1,
  type RehearseDb,
  type Revision,
  type StoreName,
  type Story,
  type Take,
  type UpgradeTx,
} from './schema.ts';
import { getSetting, setSetting } from './settings.ts';
import { listStories, storiesForQuestion } from './stories.ts';
import { appendChunk, createTake, getTakeAudio, getTakePlayback, keepAssembledAudio, listTakes } from './takes.ts';
import { validChunk, validCustomQuestion, validDraft, validReview, validRevision, validRound, validStory, validTake } from './valid-records.test-support.ts';

/** A database as an older release left it: only the steps up to `version` have run. */
function openAtVersion(factory: IDBFactory, version: number): Promise<RehearseDb> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    void runUpgrade(wrap(request.result) as unknown as RehearseDb, wrap(request.transaction!) as unknown as UpgradeTx, event.oldVersion, version);
  });
  return wrap(request) as unknown as Promise<RehearseDb>;
}

const v1Drafts: DraftV1[] = [
  { questionId: 'tell-me-about-yourself', text: 'I build eval pipelines.', updatedAt: 1_000 },
  { questionId: 'why-openai', text: 'Because of the mission.\nAnd the team.', updatedAt: 2_000 },
  { questionId: 'empty-one', text: '', updatedAt: 3_000 },
];

function revisionOf(questionId: string, n: number): Revision {
  return { questionId, framework: 'free', fields: { free: `take ${n}` }, savedAt: n, reason: 'autosave' };
}

describe('migrations', () => {
  it('v1 → current: free-text drafts become framework drafts; revisions stay as they were', async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, 1);
    expect([...old.objectStoreNames].sort()).toEqual([STORES.drafts, STORES.revisions]);
    for (const d of v1Drafts) await old.put(STORES.drafts, d as never);
    // An odd record (no text) must not abort the upgrade.
    await old.put(STORES.drafts, { questionId: 'odd', updatedAt: 4_000 } as never);
    const revisions = [revisionOf('why-openai', 1), revisionOf('why-openai', 2), revisionOf('tell-me-about-yourself', 3)];
    for (const r of revisions) await old.add(STORES.revisions, r);
    old.close();

    const db = await openDb({ factory });
    expect(db.version).toBe(DB_VERSION);
    const drafts = await listDrafts(db);
    expect(drafts).toHaveLength(4);
    for (const v1 of v1Drafts) {
      expect(drafts).toContainEqual({
        questionId: v1.questionId,
        framework: 'free',
        fields: { free: v1.text },
        rev: 1,
        updatedAt: v1.updatedAt,
      });
    }
    expect(drafts.find((d) => d.questionId === 'odd')?.fields).toEqual({ free: '' });
    expect((await listRevisions(db, 'why-openai')).map((r) => r.fields.free)).toEqual(['take 2', 'take 1']);
    expect(await listRevisions(db, 'tell-me-about-yourself')).toHaveLength(1);
    db.close();
  });

  it('v2 → current: existing stories get the linked-question index and settings appear', async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, 2);
    expect(old.objectStoreNames.contains(STORES.settings)).toBe(false);
    const story = (id: string, questionIds: string[], updatedAt: number): Story => ({
      id,
      title: id,
      framework: 'star',
      fields: { situation: 's' },
      tags: [],
      metric: '',
      questionIds,
      createdAt: 0,
      updatedAt,
    });
    await old.put(STORES.stories, story('outage', ['conflict-deep-dive', 'biggest-failure'], 10));
    await old.put(STORES.stories, story('launch', ['biggest-failure'], 20));
    await old.put(STORES.stories, story('unlinked', [], 30));
    old.close();

    const db = await openDb({ factory });
    expect((await listStories(db)).map((s) => s.id)).toEqual(['unlinked', 'launch', 'outage']);
    expect((await storiesForQuestion(db, 'biggest-failure')).map((s) => s.id).sort()).toEqual(['launch', 'outage']);
    expect((await storiesForQuestion(db, 'conflict-deep-dive')).map((s) => s.id)).toEqual(['outage']);
    expect(await setSetting(db, 'theme', 'dark')).toEqual({ ok: true, value: undefined });
    expect(await getSetting(db, 'theme', 'light')).toBe('dark');
    db.close();
  });

  it('v3 → current: drafts and stories stay; takes and their audio chunks can be stored', async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, 3);
    expect(old.objectStoreNames.contains(STORES.takes)).toBe(false);
    expect(old.objectStoreNames.contains(STORES.chunks)).toBe(false);
    const draft = { questionId: 'why-openai', framework: 'star' as const, fields: { situation: 'S', result: 'R' }, rev: 3, updatedAt: 7 };
    const story: Story = {
      id: 'story-outage',
      title: 'Outage',
      framework: 'star',
      fields: { situation: 's' },
      tags: ['ops'],
      metric: '-40% MTTR',
      questionIds: ['biggest-failure'],
      createdAt: 1,
      updatedAt: 2,
    };
    await old.put(STORES.drafts, draft);
    await old.put(STORES.stories, story);
    await old.add(STORES.revisions, revisionOf('why-openai', 1));
    old.close();

    const db = await openDb({ factory });
    expect(db.version).toBe(DB_VERSION);
    expect(await listDrafts(db)).toEqual([draft]);
    expect(await listStories(db)).toEqual([story]);
    expect(await storiesForQuestion(db, 'biggest-failure')).toEqual([story]);
    expect(await listRevisions(db, 'why-openai')).toHaveLength(1);

    const t = db.transaction([STORES.takes, STORES.chunks]);
    expect([...t.objectStore(STORES.takes).indexNames].sort()).toEqual(['byQuestion', 'byStatus']);
    expect(t.objectStore(STORES.chunks).keyPath).toEqual(['takeId', 'seq']);
    await t.done;
    const created = await createTake(db, { questionId: 'why-openai', mimeType: 'audio/mp4' });
    if (!created.ok) throw new Error('create failed');
    expect(await appendChunk(db, created.value.id, 0, new Uint8Array([1, 2, 3]).buffer, 1_000)).toMatchObject({ ok: true });
    expect((await listTakes(db, 'why-openai')).map((take) => take.id)).toEqual([created.value.id]);
    expect([...new Uint8Array((await getTakeAudio(db, created.value.id))!.data)]).toEqual([1, 2, 3]);
    db.close();
  });

  it('v4 → current: every record stays as it was; finished takes can keep an assembled file', async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, 4);
    expect(old.objectStoreNames.contains(STORES.assembled)).toBe(false);
    const take: Take = {
      id: 'take-old',
      questionId: 'why-openai',
      mimeType: 'audio/webm',
      status: 'complete',
      startedAt: 1,
      durationMs: 2_000,
      chunkCount: 2,
      bytes: 5,
      name: 'first go',
      rating: 3,
      notes: 'slow start',
      updatedAt: 2,
    };
    await old.put(STORES.drafts, { questionId: 'why-openai', framework: 'star', fields: { situation: 'S' }, rev: 2, updatedAt: 3 });
    await old.add(STORES.revisions, revisionOf('why-openai', 1));
    await old.put(STORES.stories, {
      id: 'story-a',
      title: 'A',
      framework: 'free',
      fields: { free: 'f' },
      tags: [],
      metric: '',
      questionIds: ['why-openai'],
      createdAt: 1,
      updatedAt: 1,
    });
    await old.put(STORES.customQuestions, { id: 'custom-x', text: 'X?', categories: [], companies: [], testing: '', createdAt: 1, updatedAt: 1 });
    await old.put(STORES.settings, 'dark', 'theme');
    await old.put(STORES.takes, take);
    await old.put(STORES.chunks, { takeId: take.id, seq: 0, data: new Uint8Array([1, 2, 3]).buffer, atMs: 1_000 });
    await old.put(STORES.chunks, { takeId: take.id, seq: 1, data: new Uint8Array([4, 5]).buffer, atMs: 2_000 });
    const dump = async (db: RehearseDb) => {
      const out: Record<string, unknown> = {};
      for (const store of [STORES.drafts, STORES.revisions, STORES.stories, STORES.customQuestions, STORES.settings, STORES.takes] as const) {
        out[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
      }
      out.chunks = (await db.getAll(STORES.chunks)).map((c) => ({ ...c, data: [...new Uint8Array(c.data)] }));
      return out;
    };
    const before = await dump(old);
    old.close();

    const db = await openDb({ factory });
    expect(db.version).toBe(DB_VERSION);
    expect(await dump(db)).toEqual(before);
    expect(await db.count(STORES.assembled)).toBe(0);
    const read = await getTakePlayback(db, take.id);
    expect(read && (await keepAssembledAudio(db, read.take, read.audio))).toBe(true);
    expect([...new Uint8Array(await (await getTakePlayback(db, take.id))!.audio.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
    expect((await getTakePlayback(db, take.id))?.kept).toBe(true);
    db.close();
  });

  // The version that added spaced review: renumber here if steps are merged in another order.
  const REVIEWS_VERSION = 6;
  it(`v${REVIEWS_VERSION - 1} → v${REVIEWS_VERSION}: takes stay; review schedules can be stored, Dates and all`, async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, REVIEWS_VERSION - 1);
    expect(old.objectStoreNames.contains(STORES.reviews)).toBe(false);
    const created = await createTake(old, { questionId: 'why-openai', mimeType: 'audio/mp4' });
    if (!created.ok) throw new Error('create failed');
    old.close();

    const db = await openDb({ factory });
    expect(db.version).toBeGreaterThanOrEqual(REVIEWS_VERSION);
    expect((await listTakes(db, 'why-openai')).map((take) => take.id)).toEqual([created.value.id]);
    expect(await listReviews(db)).toEqual([]);
    const due = new Date(Date.UTC(2026, 11, 1, 9));
    const review = {
      id: 'question:why-openai',
      kind: 'question' as const,
      itemId: 'why-openai',
      card: {
        due,
        stability: 3,
        difficulty: 5,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 1,
        lapses: 0,
        state: 2 as const,
        last_review: new Date(Date.UTC(2026, 10, 28, 9)),
      },
      log: [{ at: Date.UTC(2026, 10, 28, 9), grade: 'good' as const }],
      updatedAt: Date.UTC(2026, 10, 28, 9),
    };
    expect(await putReview(db, review)).toMatchObject({ ok: true });
    const read = await getReview(db, 'question', 'why-openai');
    expect(read).toEqual(review);
    expect(read?.card.due).toBeInstanceOf(Date);
    db.close();
  });

  // The version that added finished mock rounds: renumber here if steps are merged in another order.
  const ROUNDS_VERSION = 7;
  it(`v${ROUNDS_VERSION - 1} → v${ROUNDS_VERSION}: every store keeps every record; finished rounds can be stored, newest first`, async () => {
    const factory = new IDBFactory();
    const old = await openAtVersion(factory, ROUNDS_VERSION - 1);
    expect(old.objectStoreNames.contains(STORES.rounds)).toBe(false);
    const take = validTake('take-abc', 'why-openai');
    await old.put(STORES.drafts, validDraft('why-openai'));
    await old.add(STORES.revisions, validRevision('why-openai', 1));
    await old.put(STORES.stories, validStory('story-a'));
    await old.put(STORES.customQuestions, validCustomQuestion('custom-x'));
    await old.put(STORES.settings, 'dark', 'theme');
    await old.put(STORES.takes, take);
    await old.put(STORES.chunks, validChunk(take.id, 0));
    await old.put(STORES.assembled, { takeId: take.id, chunkCount: 1, bytes: 4, audio: new Uint8Array([1, 2, 3, 4]).buffer });
    await old.put(STORES.reviews, validReview('why-openai'));
    /** Every store the old version has, keys and values, audio bytes as numbers so they compare. */
    const dump = async (db: RehearseDb) => {
      const out: Record<string, unknown> = {};
      for (const store of [...old.objectStoreNames] as StoreName[]) {
        const values = (await db.getAll(store)).map((value) =>
          JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v))),
        );
        out[store] = { keys: await db.getAllKeys(store), values };
      }
      return out;
    };
    const before = await dump(old);
    expect(Object.values(before).every((s) => (s as { values: unknown[] }).values.length === 1)).toBe(true);
    old.close();

    const db = await openDb({ factory });
    expect(db.version).toBeGreaterThanOrEqual(ROUNDS_VERSION);
    expect(await dump(db)).toEqual(before);
    expect(await listRounds(db)).toEqual([]);
    const first = validRound('round-1');
    const later = { ...validRound('round-2'), finishedAt: first.finishedAt! + 60_000, seenAt: first.seenAt + 60_000 };
    expect(await putRound(db, first)).toMatchObject({ ok: true });
    expect(await putRound(db, later)).toMatchObject({ ok: true });
    expect(await getRound(db, 'round-1')).toEqual(first);
    expect((await listRounds(db)).map((r) => r.round.id)).toEqual(['round-2', 'round-1']);
    expect(await db.getAllKeysFromIndex(STORES.rounds, INDEXES.roundsByFinished)).toEqual(['round-1', 'round-2']);
    db.close();
  });

  it('a fresh install gets every store and index at the current version', async () => {
    const db = await openDb({ factory: new IDBFactory() });
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    const t = db.transaction([STORES.revisions, STORES.stories, STORES.rounds]);
    expect([...t.objectStore(STORES.revisions).indexNames]).toEqual(['byQuestion']);
    expect([...t.objectStore(STORES.rounds).indexNames]).toEqual(['byFinished']);
    expect(t.objectStore(STORES.rounds).keyPath).toBe('round.id');
    expect([...t.objectStore(STORES.stories).indexNames].sort()).toEqual(['byLinkedQuestion', 'byUpdated']);
    expect(t.objectStore(STORES.stories).index('byLinkedQuestion').multiEntry).toBe(true);
    db.close();
  });

  describe('a step that fails', () => {
    const original = upgradeSteps[2]!;
    afterEach(() => {
      upgradeSteps[2] = original;
    });

    it('aborts the whole upgrade: open rejects and the old data stays at its old version', async () => {
      const factory = new IDBFactory();
      const old = await openAtVersion(factory, 2);
      await old.put(STORES.drafts, { questionId: 'q', framework: 'free', fields: { free: 'keep me' }, rev: 1, updatedAt: 1 });
      old.close();
      upgradeSteps[2] = () => Promise.reject(new Error('step 3 broke'));
      await expect(openDb({ factory })).rejects.toThrow();
      upgradeSteps[2] = original;
      const reopened = await openAtVersion(factory, 2);
      expect(reopened.version).toBe(2);
      expect(reopened.objectStoreNames.contains(STORES.settings)).toBe(false);
      expect((await reopened.get(STORES.drafts, 'q'))?.fields.free).toBe('keep me');
      reopened.close();
    });
  });
});
