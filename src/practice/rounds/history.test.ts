import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { RoundRunSchema as SharedRunSchema } from '../../shared/round-run';
import { badRecords, forgetBadRecords } from '../../store/attention';
import { addCustomQuestion } from '../../store/custom-questions';
import { mutate, prng } from '../../store/record-mutations.test-support';
import { STORES, type RoundRecord } from '../../store/schema';
import { validRound } from '../../store/valid-records.test-support';
import { removeCustomQuestion } from '../deletions';
import { database, resetSession } from '../session';
import { finishedRound, finishedRounds, keepRound, removeRound } from './history';
import { newRun, step, type Round, type RoundEvent, type RoundRun } from './machine';
import { RoundRunSchema } from './schema';

vi.stubGlobal('navigator', {});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetSession();
  forgetBadRecords();
});

const round = (id: string, questionIds = ['why-openai', 'conflict']): Round => ({
  id,
  title: 'Two questions',
  presetId: null,
  items: questionIds.map((questionId, i) => ({ questionId, probes: i === 0 ? ['What would you do differently?'] : [] })),
  minutes: null,
  thinkingMs: 10_000,
  answerMs: 60_000,
  short: null,
});

/** Played through the round machine: recorded, then a follow-up skipped, then typed (no microphone). */
function played(id: string, at = 1_800_000_000_000, questionIds?: string[]): RoundRun {
  const events: RoundEvent[] = [
    { type: 'start', now: at },
    { type: 'startAnswer', now: at + 3_000 },
    { type: 'stopAnswer', now: at + 43_000, take: 'take-one' },
    { type: 'skip', now: at + 44_000 },
    { type: 'startAnswer', now: at + 46_000 },
    { type: 'stopAnswer', now: at + 76_000, text: 'I asked both leads to write it down.' },
  ];
  return events.reduce((run, event) => step(run, event).run, newRun(round(id, questionIds), at));
}

describe('keeping finished rounds', () => {
  it('keeps a finished round whole, typed answers and outcomes included, and reads it back the same', async () => {
    const run = played('round-a');
    expect(run.status).toBe('finished');
    expect(await keepRound(run)).toEqual({ ok: true, value: undefined });
    const [back] = await finishedRounds();
    expect(back).toEqual(run);
    expect(back!.answers.map((a) => [a.outcome, a.take, a.text])).toEqual([
      ['answered', 'take-one', null],
      ['skipped', null, null],
      ['answered', null, 'I asked both leads to write it down.'],
    ]);
    expect(await finishedRound('round-a')).toEqual(run);
  });

  it('is idempotent by id: the same round kept again is one record, and a take saved after the end joins it', async () => {
    const run = played('round-a');
    await keepRound(run);
    await keepRound(run);
    const db = (await database())!;
    expect(await db.count(STORES.rounds)).toBe(1);
    const late = step(run, { type: 'attach', now: run.seenAt + 2_000, item: 1, probe: null, take: 'take-late' }).run;
    expect(await keepRound(late)).toMatchObject({ ok: true });
    expect(await db.count(STORES.rounds)).toBe(1);
    expect((await finishedRound('round-a'))?.answers[2]).toMatchObject({ take: 'take-late', text: 'I asked both leads to write it down.' });
  });

  it('refuses a round that is not finished (still going, thrown away) or damaged, says why, and writes nothing', async () => {
    const started = step(newRun(round('round-b'), 1_800_000_000_000), { type: 'start', now: 1_800_000_000_000 }).run;
    const discarded = step(started, { type: 'discard', now: 1_800_000_005_000 }).run;
    const damaged = { ...played('round-c'), answers: [{ ...played('round-c').answers[0]!, outcome: 'great' }] } as unknown as RoundRun;
    for (const [run, why] of [
      [started, /"status" should be finished/],
      [discarded, /"status" should be finished/],
      [damaged, /"answers\.0\.outcome"/],
    ] as const) {
      const kept = await keepRound(run);
      expect(kept.ok).toBe(false);
      if (!kept.ok) expect(kept.problem.message).toMatch(new RegExp(`^This round could not be kept: .*${why.source}`));
    }
    expect(await finishedRounds()).toEqual([]);
  });

  it('lists the round that ended last first, and leaves a damaged record out, reported under Needs attention', async () => {
    await keepRound(played('round-old', 1_800_000_000_000));
    await keepRound(played('round-new', 1_800_000_900_000));
    await keepRound(played('round-mid', 1_800_000_400_000));
    const db = (await database())!;
    await db.put(STORES.rounds, { ...validRound('round-bad'), finishedAt: null } as never);
    expect((await finishedRounds()).map((r) => r.round.id)).toEqual(['round-new', 'round-mid', 'round-old']);
    expect(badRecords()).toEqual([{ kind: 'round', key: 'round-bad', problem: expect.stringContaining('"finishedAt"') as string }]);
  });

  it('removes a round, and its Undo puts back exactly what was stored', async () => {
    const run = played('round-a');
    await keepRound(run);
    const removed = await removeRound('round-a');
    expect(removed.ok).toBe(true);
    expect(await finishedRounds()).toEqual([]);
    expect(removed.ok && (await removed.value())).toEqual({ ok: true, value: undefined });
    expect(await finishedRounds()).toEqual([run]);
    const nothing = await removeRound('no-such-round');
    expect(nothing.ok && (await nothing.value())).toEqual({ ok: true, value: undefined });
    expect(await finishedRounds()).toEqual([run]);
  });

  it('deleting a custom question leaves its rounds alone, and they still read fine without it', async () => {
    const db = (await database())!;
    const created = await addCustomQuestion(db, { text: 'Why Mistral?', categories: [], companies: ['Mistral'], testing: '' });
    if (!created.ok) throw new Error('create failed');
    const custom = created.value.id;
    const run = played('round-a', 1_800_000_000_000, [custom, 'conflict']);
    await keepRound(run);
    expect(await removeCustomQuestion(custom, 'Why Mistral?')).toBe(true);
    expect(await db.get(STORES.customQuestions, custom)).toBeUndefined();
    expect(await finishedRounds()).toEqual([run]);
    expect(run.answers[0]!.questionId).toBe(custom);
    expect(badRecords()).toEqual([]);
  });
});

describe('the stored round and the journalled round are one shape', () => {
  it('the same type', () => {
    expectTypeOf<RoundRun>().toEqualTypeOf<RoundRecord>();
  });

  it('the two schemas (practice/rounds/schema.ts and its copy in shared/, which store/ may import) judge 500 mutants alike', () => {
    const random = prng(15);
    let bad = 0;
    for (let n = 0; n < 500; n++) {
      const { record } = mutate(random, 'round', validRound(`round-${n}`));
      const journal = v.is(RoundRunSchema, record);
      if (v.is(SharedRunSchema, record) !== journal) expect.fail(`the schemas differ on ${JSON.stringify(record)}`);
      if (!journal) bad++;
    }
    expect(bad).toBeGreaterThan(100);
    expect(500 - bad).toBeGreaterThan(50);
  });
});
