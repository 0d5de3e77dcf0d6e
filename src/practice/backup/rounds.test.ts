import { describe, expect, it } from 'vitest';
import { badRecords, forgetBadRecords } from '../../store/attention';
import { clearEverything } from '../../store/backup';
import { STORES, type RoundRecord } from '../../store/schema';
import { entriesOf, exportBlob, freshDb, parse, rounds, seed, snapshot, withStoreFile, zipOf } from './backup.test-support';
import { importBackup } from './import';

describe('finished mock rounds in a backup', () => {
  it('travel whole, typed answers and outcomes included, and come back the same', async () => {
    const source = await freshDb();
    await seed(source.db);
    const inFile = parse<RoundRecord[]>((await entriesOf(source.db)).get('rounds.json'));
    expect(inFile.map((r) => r.round.id).sort()).toEqual(['round-one', 'round-two']);

    const target = await freshDb();
    expect(await importBackup(target.db, await exportBlob(source.db), target.factory)).toMatchObject({ ok: true });
    const back = (await target.db.get(STORES.rounds, 'round-one'))!;
    expect(back).toEqual(rounds()[0]);
    expect(back.answers.map((a) => [a.outcome, a.take, a.text])).toEqual([
      ['answered', 'take-one', null],
      ['skipped', null, null],
      ['timeUp', null, 'Because of open weights.'],
    ]);
    expect((await snapshot(target.db))[STORES.rounds]).toEqual((await snapshot(source.db))[STORES.rounds]);
  });

  it('a file with one bad round is refused whole, with the record named, and changes nothing', async () => {
    const { db, factory } = await freshDb();
    await seed(db);
    const good = await entriesOf(db);
    await db.clear(STORES.rounds);
    await db.clear(STORES.stories);
    const before = await snapshot(db);
    const list = parse<RoundRecord[]>(good.get('rounds.json'));
    const [one, two] = list as [RoundRecord, RoundRecord];
    for (const broken of [
      { ...two, status: 'running' },
      { ...two, finishedAt: null },
      { ...two, answers: [{ ...two.answers[0]!, outcome: 'great' }] },
      { ...two, answers: [{ ...two.answers[0]!, text: 42 }] },
      { ...two, round: { ...two.round, items: 'all of them' } },
      { ...two, finishedAt: 1e20 },
    ]) {
      const file = await zipOf(await withStoreFile(good, STORES.rounds, [one, broken]));
      const outcome = await importBackup(db, file, factory);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/^Nothing was imported\. Record 2 of “rounds” is not valid: .+/);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('merging keeps both devices’ rounds; the copy of one round that saw more (a late take) wins, never two copies', async () => {
    const { db: source } = await freshDb();
    await seed(source); // round-one and round-two
    const [first, second] = rounds() as [RoundRecord, RoundRecord];
    const withTake = { ...second, answers: [{ ...second.answers[0]!, take: 'take-late' }], seenAt: second.seenAt + 5_000 };
    await source.put(STORES.rounds, withTake);
    const theirs = { ...second, round: { ...second.round, id: 'round-theirs' } };
    await source.put(STORES.rounds, theirs);
    const file = await exportBlob(source);

    const { db, factory } = await freshDb(); // the other device: a database of its own
    const mine = { ...first, round: { ...first.round, id: 'round-mine' } };
    const newerHere = { ...first, seenAt: first.seenAt + 9_000, answers: first.answers.slice(0, 2) };
    await db.put(STORES.rounds, mine);
    await db.put(STORES.rounds, newerHere);
    await db.put(STORES.rounds, second);
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok && outcome.summary.counts['mock rounds']).toEqual({ added: 1, skipped: 1, keptBoth: 0, updated: 1 });
    expect(outcome.ok && outcome.summary.lines.join(' ')).toMatch(/Mock rounds: 1 added, 1 already here, 1 updated from the file\./);
    expect((await db.getAllKeys(STORES.rounds)).sort()).toEqual(['round-mine', 'round-one', 'round-theirs', 'round-two']);
    expect(await db.get(STORES.rounds, 'round-one')).toEqual(newerHere);
    expect(await db.get(STORES.rounds, 'round-two')).toEqual(withTake);
    expect(await db.get(STORES.rounds, 'round-mine')).toEqual(mine);
    expect(await db.get(STORES.rounds, 'round-theirs')).toEqual(theirs);
  });

  it('a damaged round here is replaced by the file’s good copy, and no longer needs attention', async () => {
    const { db: source } = await freshDb();
    await seed(source);
    const file = await exportBlob(source);
    const { db, factory } = await freshDb();
    await db.put(STORES.rounds, { ...rounds()[0]!, status: 'running' } as never);
    forgetBadRecords();
    expect(await importBackup(db, file, factory)).toMatchObject({ ok: true });
    expect(await db.get(STORES.rounds, 'round-one')).toEqual(rounds()[0]);
    expect(badRecords().filter((b) => b.kind === 'round')).toEqual([]);
  });

  it('a question’s own backup leaves rounds out (a round belongs to no one question)', async () => {
    const { db } = await freshDb();
    await seed(db);
    const entries = await entriesOf(db);
    expect(parse<unknown[]>(entries.get('rounds.json'))).toHaveLength(2);
    const target = await freshDb();
    expect(await importBackup(target.db, await exportBlob(db, { questionId: 'why-openai' }), target.factory)).toMatchObject({ ok: true });
    expect(await target.db.count(STORES.rounds)).toBe(0);
    expect(await target.db.count(STORES.drafts)).toBe(1);
  });

  it('an unreadable round stays on the device and out of the file, which still imports', async () => {
    const { db } = await freshDb();
    await seed(db);
    await db.put(STORES.rounds, { ...rounds()[1]!, finishedAt: null } as never);
    const entries = await entriesOf(db);
    expect(parse<RoundRecord[]>(entries.get('rounds.json')).map((r) => r.round.id)).toEqual(['round-one']);
    const target = await freshDb();
    expect(await importBackup(target.db, await exportBlob(db), target.factory)).toMatchObject({ ok: true });
    expect(await target.db.getAllKeys(STORES.rounds)).toEqual(['round-one']);
  });

  it('Delete everything empties the rounds too', async () => {
    const { db } = await freshDb();
    await seed(db);
    expect(await db.count(STORES.rounds)).toBe(2);
    expect(await clearEverything(db)).toMatchObject({ ok: true });
    expect(await db.count(STORES.rounds)).toBe(0);
  });
});
