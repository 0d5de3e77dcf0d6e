import { describe, expect, it } from 'vitest';
import { STORES, type Draft, type RehearseDb, type Revision, type Story, type Take } from '../../store/schema';
import { T0, exportBlob, freshDb, seed } from './backup.test-support';
import { importBackup } from './import';

/** A device with the seeded data exported, then local edits; the file is then imported back. */
async function exportedThenEdited(edit: (db: RehearseDb) => Promise<unknown>) {
  const { db, factory } = await freshDb();
  await seed(db);
  const file = await exportBlob(db);
  await edit(db);
  const outcome = await importBackup(db, file, factory);
  if (!outcome.ok) throw new Error(outcome.message);
  return { db, summary: outcome.summary };
}

describe('merging an import', () => {
  it('keeps a newer local draft and puts the file’s version into History', async () => {
    const { db, summary } = await exportedThenEdited((db) =>
      db.put(STORES.drafts, { questionId: 'why-openai', framework: 'star', fields: { situation: 'newer' }, rev: 4, updatedAt: T0 + 60_000 }),
    );
    const draft = (await db.get(STORES.drafts, 'why-openai')) as Draft;
    expect(draft.fields).toEqual({ situation: 'newer' });
    const history = (await db.getAllFromIndex(STORES.revisions, 'byQuestion', 'why-openai')) as Revision[];
    expect(history.find((r) => r.reason === 'import')?.fields).toEqual({ situation: 'S', result: 'R 40%' });
    expect(summary.lines.join(' ')).toMatch(/yours stays, the file’s version is in History/);
  });

  it('takes the file’s newer draft and keeps the older local text in History', async () => {
    const { db: source, factory } = await freshDb();
    await seed(source);
    await source.put(STORES.drafts, { questionId: 'why-openai', framework: 'star', fields: { situation: 'from the laptop' }, rev: 9, updatedAt: T0 + 90_000 });
    const file = await exportBlob(source);
    const { db } = await freshDb(factory);
    await db.put(STORES.drafts, { questionId: 'why-openai', framework: 'free', fields: { free: 'phone text' }, rev: 2, updatedAt: T0 });
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok).toBe(true);
    const draft = (await db.get(STORES.drafts, 'why-openai')) as Draft;
    expect(draft.fields).toEqual({ situation: 'from the laptop' });
    expect(draft.rev).toBe(3); // local rev + 1: an open tab sees the change
    const history = (await db.getAllFromIndex(STORES.revisions, 'byQuestion', 'why-openai')) as Revision[];
    expect(history.some((r) => r.reason === 'import' && r.fields.free === 'phone text')).toBe(true);
  });

  it('adds a differing story as a copy, once, and never changes the local one', async () => {
    const edit = (db: RehearseDb) =>
      db.put(STORES.stories, {
        id: 'story-a',
        title: 'Eval rewrite v2',
        framework: 'star',
        fields: { situation: 'y' },
        tags: [],
        metric: '',
        questionIds: [],
        createdAt: T0,
        updatedAt: T0 + 1,
      });
    const { db: source, factory } = await freshDb();
    await seed(source);
    const file = await exportBlob(source);
    await edit(source);
    for (let i = 0; i < 2; i++) expect((await importBackup(source, file, factory)).ok).toBe(true);
    const stories = (await source.getAll(STORES.stories)) as Story[];
    expect(stories.map((s) => s.title).sort()).toEqual(['Eval rewrite (imported copy)', 'Eval rewrite v2']);
  });

  it('names what it kept twice in the singular and plural: “1 story”, “2 takes”', async () => {
    const { summary } = await exportedThenEdited(async (db) => {
      const story = (await db.get(STORES.stories, 'story-a')) as Story;
      await db.put(STORES.stories, { ...story, title: 'Eval rewrite v2' });
      for (const take of (await db.getAll(STORES.takes)) as Take[]) await db.put(STORES.takes, { ...take, bytes: take.bytes + 1 });
    });
    expect(summary.lines).toContain('1 story differed from yours: both kept, the file’s as a copy.');
    expect(summary.lines).toContain('2 takes differed from yours: both kept, the file’s as a copy.');
  });

  it('updates a take’s name and rating from a newer file, keeping its audio; a local newer edit stays', async () => {
    const { db: source, factory } = await freshDb();
    await seed(source);
    const one = (await source.get(STORES.takes, 'take-one')) as Take;
    await source.put(STORES.takes, { ...one, name: 'Best', rating: 5, updatedAt: T0 + 10 });
    const file = await exportBlob(source);
    const { db } = await freshDb(factory);
    await seed(db);
    const two = (await db.get(STORES.takes, 'take-two')) as Take;
    await db.put(STORES.takes, { ...two, notes: 'mine, newer', updatedAt: T0 + 99 });
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok && outcome.summary.counts.takes).toMatchObject({ updated: 1, skipped: 1 });
    expect(((await db.get(STORES.takes, 'take-one')) as Take).name).toBe('Best');
    expect(((await db.get(STORES.takes, 'take-two')) as Take).notes).toBe('mine, newer');
    expect(await db.count(STORES.chunks)).toBe(4);
  });

  it('keeps a setting the device already has', async () => {
    const { db } = await exportedThenEdited((db) => db.put(STORES.settings, 'light', 'theme'));
    expect(await db.get(STORES.settings, 'theme')).toBe('light');
  });

  it('replaces a damaged local draft, custom question and setting with the file’s, even with the same text', async () => {
    const { db: source } = await freshDb();
    await seed(source);
    const file = await exportBlob(source);
    const { db, factory } = await freshDb();
    await db.put(STORES.drafts, { questionId: 'why-openai', framework: 'star', fields: { situation: 'S', result: 'R 40%' }, rev: 'x', updatedAt: T0 } as never);
    await db.put(STORES.customQuestions, { id: 'custom-why-mistral-ab12', text: 'Why Mistral?', updatedAt: T0 + 9 } as never);
    await db.put(STORES.settings, undefined as never, 'theme');
    const outcome = await importBackup(db, file, factory);
    expect(outcome.ok && outcome.summary.counts).toMatchObject({ drafts: { added: 3 }, 'custom questions': { added: 1 }, settings: { added: 2 } }); // theme (damaged here) and the interview targets
    expect(await db.get(STORES.drafts, 'why-openai')).toEqual({
      questionId: 'why-openai',
      framework: 'star',
      fields: { situation: 'S', result: 'R 40%' },
      rev: 1,
      updatedAt: T0,
    });
    expect(await db.get(STORES.customQuestions, 'custom-why-mistral-ab12')).toMatchObject({ companies: ['Mistral'], createdAt: T0 });
    expect(await db.get(STORES.settings, 'theme')).toBe('dark');
  });

  it('gives a newer file draft over a damaged local one a whole rev', async () => {
    const { db: source } = await freshDb();
    await seed(source);
    const file = await exportBlob(source);
    const { db, factory } = await freshDb();
    await db.put(STORES.drafts, { questionId: 'why-openai', framework: 'free', fields: { free: 'old' }, rev: 'six', updatedAt: T0 - 5 } as never);
    expect((await importBackup(db, file, factory)).ok).toBe(true);
    expect(await db.get(STORES.drafts, 'why-openai')).toMatchObject({ fields: { situation: 'S', result: 'R 40%' }, rev: 1 });
  });
});
