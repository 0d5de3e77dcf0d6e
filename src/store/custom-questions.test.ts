import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addCustomQuestion,
  deleteCustomQuestion,
  getCustomQuestion,
  listCustomQuestions,
  updateCustomQuestion,
  type CustomQuestionInput,
} from './custom-questions.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import type { RehearseDb } from './schema.ts';
import { LIMITS } from '../shared/limits.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const input = (text: string): CustomQuestionInput => ({
  text,
  categories: [' Motivation ', 'Motivation', ''],
  companies: ['Mistral'],
  testing: '  Genuine interest in open-weight models  ',
});

describe('custom questions', () => {
  it('adds a tidied question with a readable, unique id', async () => {
    const added = await addCustomQuestion(db, input('  Why Mistral?  '), 100);
    if (!added.ok) throw new Error(added.problem.message);
    expect(added.value).toMatchObject({
      text: 'Why Mistral?',
      categories: ['Motivation'],
      companies: ['Mistral'],
      testing: 'Genuine interest in open-weight models',
      createdAt: 100,
      updatedAt: 100,
    });
    expect(added.value.id).toMatch(/^custom-why-mistral-[a-z2-9]{6}$/);
    const again = await addCustomQuestion(db, input('Why Mistral?'));
    expect(again.ok && again.value.id).not.toBe(added.value.id);
    expect(await getCustomQuestion(db, added.value.id)).toEqual(added.value);
  });

  it.each([
    ['empty', '', /cannot be empty/],
    ['only spaces', '   \n\t ', /cannot be empty/],
    ['too long', 'x'.repeat(LIMITS.questionText + 1), /under 500 characters \(it has 501\)/],
  ])('refuses a question that is %s, saying why', async (_label, text, message) => {
    const result = await addCustomQuestion(db, input(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind: 'invalid', field: 'text', message: expect.stringMatching(message) });
    expect(await listCustomQuestions(db)).toEqual([]);
  });

  it('accepts exactly the maximum length', async () => {
    expect((await addCustomQuestion(db, input('y'.repeat(LIMITS.questionText)))).ok).toBe(true);
  });

  it('updates text and keeps the id, which drafts are keyed by', async () => {
    const added = await addCustomQuestion(db, input('Why Mistral?'), 100);
    if (!added.ok) throw new Error('add failed');
    const updated = await updateCustomQuestion(db, added.value.id, { text: 'Why Mistral, not OpenAI?' }, 200);
    expect(updated.ok && updated.value).toMatchObject({ id: added.value.id, text: 'Why Mistral, not OpenAI?', createdAt: 100, updatedAt: 200 });
  });

  it('refuses an invalid update and keeps the stored question', async () => {
    const added = await addCustomQuestion(db, input('Why Mistral?'));
    if (!added.ok) throw new Error('add failed');
    const result = await updateCustomQuestion(db, added.value.id, { text: ' ' });
    expect(!result.ok && result.problem.kind).toBe('invalid');
    expect((await getCustomQuestion(db, added.value.id))?.text).toBe('Why Mistral?');
    const gone = await updateCustomQuestion(db, 'custom-nope-aaaaaa', { text: 'x' });
    expect(!gone.ok && gone.problem.kind).toBe('conflict');
  });

  it('lists in the order added, and deletes', async () => {
    for (const [text, at] of [
      ['Second', 20],
      ['First', 10],
      ['Third', 30],
    ] as const) {
      await addCustomQuestion(db, input(text), at);
    }
    const listed = await listCustomQuestions(db);
    expect(listed.map((q) => q.text)).toEqual(['First', 'Second', 'Third']);
    const deleted = await deleteCustomQuestion(db, listed[0]!.id);
    expect(deleted.ok && deleted.value.question).toEqual(listed[0]);
    expect((await listCustomQuestions(db)).map((q) => q.text)).toEqual(['Second', 'Third']);
  });
});
