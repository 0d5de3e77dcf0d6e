import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bytesByKind } from './backup.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { deleteRound, getRound, listRounds, putRound } from './rounds.ts';
import { STORES, type RehearseDb, type RoundRecord } from './schema.ts';
import { validRound } from './valid-records.test-support.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

/** A finished round that ended `minutes` after the valid one. */
const endedLater = (id: string, minutes: number): RoundRecord => {
  const run = validRound(id);
  return { ...run, finishedAt: run.finishedAt! + minutes * 60_000, seenAt: run.seenAt + minutes * 60_000 };
};

describe('the store of finished rounds', () => {
  it('lists the round that ended last first, whatever order they were written in', async () => {
    for (const run of [endedLater('round-b', 5), endedLater('round-a', 0), endedLater('round-c', 60), endedLater('round-d', 5)]) {
      expect(await putRound(db, run)).toMatchObject({ ok: true });
    }
    expect((await listRounds(db)).map((r) => r.round.id)).toEqual(['round-c', 'round-b', 'round-d', 'round-a']);
  });

  it('writing the same round again replaces it (a take that arrived late joins it): one record per round', async () => {
    const run = validRound('round-a');
    await putRound(db, run);
    const withTake = { ...run, answers: run.answers.map((a) => (a.outcome === 'timeUp' ? { ...a, take: 'take-late' } : a)), seenAt: run.seenAt + 1 };
    await putRound(db, withTake);
    expect(await db.count(STORES.rounds)).toBe(1);
    expect(await getRound(db, 'round-a')).toEqual(withTake);
  });

  it('delete hands back what was stored, so Undo can put it back as it was', async () => {
    const run = validRound('round-a');
    await putRound(db, run);
    const removed = await deleteRound(db, 'round-a');
    expect(removed).toEqual({ ok: true, value: run });
    expect(await getRound(db, 'round-a')).toBeUndefined();
    expect(await deleteRound(db, 'round-a')).toEqual({ ok: true, value: undefined });
    await putRound(db, removed.ok ? removed.value! : run);
    expect(await listRounds(db)).toEqual([run]);
  });

  it('counts in the Storage page’s text figure', async () => {
    const before = await bytesByKind(db);
    await putRound(db, validRound('round-a'));
    expect((await bytesByKind(db)).text - before.text).toBe(JSON.stringify(validRound('round-a')).length);
  });
});
