import { describe, expect, it } from 'vitest';
import { clearEverything } from '../../store/backup';
import { STORES, type Review } from '../../store/schema';
import { T0, entriesOf, exportBlob, freshDb, parse, reviews, seed, snapshot, withStoreFile, zipOf } from './backup.test-support';
import { importBackup } from './import';

describe('review schedules in a backup', () => {
  it('travel as text and come back as Dates, due on the same day', async () => {
    const source = await freshDb();
    await seed(source.db);
    const entries = await entriesOf(source.db);
    const inFile = parse<Review[]>(entries.get('reviews.json'));
    expect(inFile.map((r) => [r.id, typeof r.card.due])).toEqual([
      ['question:why-openai', 'string'],
      ['story:story-a', 'string'],
    ]);
    expect(inFile.every((r) => !('elapsed_days' in r.card))).toBe(true);

    const target = await freshDb();
    expect(await importBackup(target.db, await exportBlob(source.db), target.factory)).toMatchObject({ ok: true });
    const back = (await target.db.get(STORES.reviews, 'question:why-openai'))!;
    expect(back.card.due).toBeInstanceOf(Date);
    expect(back.card.last_review).toBeInstanceOf(Date);
    expect(back).toEqual(reviews()[0]);
    expect(back.card.due.getTime()).toBe(T0 + 3 * 86_400_000);
  });

  it('a file with one bad review record is refused whole and changes nothing', async () => {
    const { db, factory } = await freshDb();
    await seed(db);
    const good = await entriesOf(db);
    await db.clear(STORES.reviews);
    await db.clear(STORES.stories);
    const before = await snapshot(db);
    const list = parse<Record<string, unknown>[]>(good.get('reviews.json'));
    for (const broken of [
      { ...list[0], card: { ...(list[0]!.card as object), due: 'next Tuesday' } },
      { ...list[0], log: [{ at: T0, grade: 'meh' }] },
      { ...list[0], id: 'question:someone-else' },
    ]) {
      const file = await zipOf(await withStoreFile(good, STORES.reviews, [list[1], broken]));
      const outcome = await importBackup(db, file, factory);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/Record 2 of “reviews” is not valid/);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('merging: a schedule graded later on the other device wins; an older one leaves the local one', async () => {
    const { db: source, factory } = await freshDb();
    await seed(source);
    const [question, story] = reviews();
    const later = { ...question!, card: { ...question!.card, due: new Date(T0 + 9 * 86_400_000), reps: 2 }, updatedAt: T0 + 60_000 };
    await source.put(STORES.reviews, later);
    const file = await exportBlob(source);
    const { db } = await freshDb(factory);
    const newerStory = { ...story!, updatedAt: T0 + 120_000, log: [...story!.log, { at: T0 + 120_000, grade: 'good' as const }] };
    await db.put(STORES.reviews, question!);
    await db.put(STORES.reviews, newerStory);
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok && outcome.summary.counts['review schedules']).toMatchObject({ updated: 1, skipped: 1 });
    expect(await db.get(STORES.reviews, 'question:why-openai')).toEqual(later);
    expect(await db.get(STORES.reviews, 'story:story-a')).toEqual(newerStory);
    expect(outcome.ok && outcome.summary.lines.join(' ')).toMatch(/Review schedules: 1 already here, 1 updated from the file/);
  });

  it('a question’s own backup holds its schedule and no other', async () => {
    const { db } = await freshDb();
    await seed(db);
    const file = await exportBlob(db, { questionId: 'why-openai' });
    const target = await freshDb();
    expect(await importBackup(target.db, file, target.factory)).toMatchObject({ ok: true });
    expect((await target.db.getAll(STORES.reviews)).map((r) => r.id)).toEqual(['question:why-openai']);
  });

  it('Delete everything empties the schedules too', async () => {
    const { db } = await freshDb();
    await seed(db);
    expect(await clearEverything(db)).toMatchObject({ ok: true });
    expect(await db.count(STORES.reviews)).toBe(0);
  });
});
