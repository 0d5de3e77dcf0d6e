import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { badRecords, forgetBadRecords } from './attention.ts';
import { getCustomQuestion, listCustomQuestions } from './custom-questions.ts';
import { getDraft, getRevision, listDrafts, listRevisions } from './drafts.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';
import { getRound, listRounds } from './rounds.ts';
import { getSetting, setSetting } from './settings.ts';
import { getStory, listStories, storiesForQuestion } from './stories.ts';
import { getTake, getTakeAudio, listAllTakes, listRecordingTakes, listTakes, recoverUnfinished } from './takes.ts';
import { validChunk, validCustomQuestion, validDraft, validRevision, validRound, validStory, validTake } from './valid-records.test-support.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));
beforeEach(() => forgetBadRecords());

/** Straight into IndexedDB, as an older version, a bug or a hand-edited backup could leave it. */
const putRaw = (store: (typeof STORES)[keyof typeof STORES], value: unknown, key?: IDBValidKey) => db.put(store as never, value as never, key as never);

describe('a bad record is set aside and reported by every read', () => {
  it('drafts: a field that is not text', async () => {
    await putRaw(STORES.drafts, validDraft('good'));
    await putRaw(STORES.drafts, { ...validDraft('bad'), fields: { situation: 5 } });
    expect((await listDrafts(db)).map((d) => d.questionId)).toEqual(['good']);
    expect(await getDraft(db, 'bad')).toBeUndefined();
    expect(badRecords()).toEqual([{ kind: 'draft', key: 'bad', problem: '"fields.situation" should be string, not 5' }]);
  });

  it('revisions: a missing date (History)', async () => {
    await putRaw(STORES.revisions, validRevision('q', 1));
    const { savedAt: _dropped, ...undated } = validRevision('q', 2);
    await putRaw(STORES.revisions, undated);
    expect((await listRevisions(db, 'q')).map((r) => r.id)).toEqual([1]);
    expect(await getRevision(db, 2)).toBeUndefined();
    expect(badRecords()).toEqual([{ kind: 'revision', key: '2', problem: '"savedAt" is missing' }]);
  });

  it('stories: a missing date, in the list and by link', async () => {
    await putRaw(STORES.stories, validStory('story-good'));
    const { createdAt: _c, ...noCreated } = validStory('story-bad');
    const { updatedAt: _u, ...noUpdated } = validStory('story-unindexed');
    await putRaw(STORES.stories, noCreated);
    await putRaw(STORES.stories, noUpdated);
    expect((await listStories(db)).map((s) => s.id)).toEqual(['story-good']);
    expect((await storiesForQuestion(db, 'why-openai')).map((s) => s.id)).toEqual(['story-good']);
    expect(await getStory(db, 'story-bad')).toBeUndefined();
    // A story without updatedAt is missing from the byUpdated index: the list must still see (and report) it.
    expect(badRecords().map((b) => [b.kind, b.key])).toEqual([
      ['story', 'story-bad'],
      ['story', 'story-unindexed'],
    ]);
  });

  it('custom questions: one without categories does not hide the others', async () => {
    await putRaw(STORES.customQuestions, validCustomQuestion('custom-a-1'));
    const { categories: _dropped, ...bad } = validCustomQuestion('custom-b-2');
    await putRaw(STORES.customQuestions, bad);
    expect((await listCustomQuestions(db)).map((q) => q.id)).toEqual(['custom-a-1']);
    expect(await getCustomQuestion(db, 'custom-b-2')).toBeUndefined();
    expect(badRecords()).toEqual([{ kind: 'customQuestion', key: 'custom-b-2', problem: '"categories" is missing' }]);
  });

  it('takes and their audio chunks', async () => {
    await putRaw(STORES.takes, validTake('take-good'));
    await putRaw(STORES.takes, { ...validTake('take-bad'), rating: 'five' });
    await putRaw(STORES.chunks, validChunk('take-good', 0));
    await putRaw(STORES.chunks, { ...validChunk('take-good', 1), data: 'not audio' });
    expect((await listTakes(db, 'why-openai')).map((t) => t.id)).toEqual(['take-good']);
    expect((await listAllTakes(db)).map((t) => t.id)).toEqual(['take-good']);
    expect(await getTake(db, 'take-bad')).toBeUndefined();
    expect(await getTakeAudio(db, 'take-bad')).toBeUndefined();
    const audio = await getTakeAudio(db, 'take-good');
    expect(audio?.data.byteLength).toBe(4); // the good chunk only
    expect(badRecords().map((b) => [b.kind, b.key])).toEqual([
      ['take', 'take-bad'],
      ['chunk', 'take-good #1'],
    ]);
  });

  it('finished rounds: one never finished, and one whose end is missing from the byFinished index', async () => {
    await putRaw(STORES.rounds, validRound('round-good'));
    await putRaw(STORES.rounds, { ...validRound('round-running'), status: 'running' });
    await putRaw(STORES.rounds, { ...validRound('round-unindexed'), finishedAt: 'yesterday' });
    expect((await listRounds(db)).map((r) => r.round.id)).toEqual(['round-good']);
    expect(await getRound(db, 'round-running')).toBeUndefined();
    expect(badRecords()).toEqual([
      { kind: 'round', key: 'round-running', problem: '"status" should be finished (a round still going or thrown away is not kept)' },
      { kind: 'round', key: 'round-unindexed', problem: '"finishedAt" should be number, not "yesterday"' },
    ]);
    expect(await db.count(STORES.rounds)).toBe(3); // set aside, never deleted
  });

  it('recovery leaves a bad unfinished take alone (not deleted) and reports it', async () => {
    await putRaw(STORES.takes, { ...validTake('take-bad'), status: 'recording', durationMs: -1 });
    const recovered = await recoverUnfinished(db);
    expect(recovered.ok && recovered.value).toEqual([]);
    expect(await db.get(STORES.takes, 'take-bad')).toBeDefined();
    expect(badRecords().map((b) => [b.kind, b.key])).toEqual([['take', 'take-bad']]);
  });

  it('the list of takes still recording leaves a bad one out', async () => {
    await putRaw(STORES.takes, { ...validTake('take-live'), status: 'recording' });
    await putRaw(STORES.takes, { ...validTake('take-bad'), status: 'recording', durationMs: -1 });
    expect((await listRecordingTakes(db)).map((t) => t.id)).toEqual(['take-live']);
    expect(badRecords().map((b) => [b.kind, b.key])).toEqual([['take', 'take-bad']]);
  });

  it('settings: a value of another type than expected is reported and the fallback used', async () => {
    await setSetting(db, 'theme', 42);
    expect(await getSetting(db, 'theme', 'system')).toBe('system');
    expect(badRecords()).toEqual([{ kind: 'setting', key: 'theme', problem: 'should be string, not 42' }]);
  });

  it('settings with a shape of their own: interview targets with an unknown level are reported, the fallback used', async () => {
    const none = { companies: [], level: null };
    await setSetting(db, 'interviewTargets', { companies: ['OpenAI'], level: 'intern' });
    expect(await getSetting(db, 'interviewTargets', none)).toBe(none);
    expect(badRecords()).toEqual([{ kind: 'setting', key: 'interviewTargets', problem: expect.stringMatching(/^"level" should be /) }]);
    await setSetting(db, 'interviewTargets', { companies: ['OpenAI'], level: 'staff' });
    expect(await getSetting(db, 'interviewTargets', none)).toEqual({ companies: ['OpenAI'], level: 'staff' });
    expect(badRecords()).toEqual([]);
  });

  it('a record read back fine again no longer needs attention', async () => {
    await putRaw(STORES.drafts, { ...validDraft('q'), rev: -1 });
    await listDrafts(db);
    expect(badRecords()).toHaveLength(1);
    await putRaw(STORES.drafts, validDraft('q'));
    await listDrafts(db);
    expect(badRecords()).toEqual([]);
  });

  it('a record that is not there is not a bad record', async () => {
    expect(await getDraft(db, 'never-drafted')).toBeUndefined();
    expect(await getStory(db, 'story-none')).toBeUndefined();
    expect(await getTake(db, 'take-none')).toBeUndefined();
    expect(await getTakeAudio(db, 'take-none')).toBeUndefined();
    expect(badRecords()).toEqual([]);
  });

  it('bad records are never deleted', async () => {
    await putRaw(STORES.stories, { ...validStory('story-bad'), tags: 'evals' });
    await listStories(db);
    expect(await db.count(STORES.stories)).toBe(1);
  });
});
