/** Questions the user adds themselves ("Why Mistral?"), used like the built-in ones. */
import { checkRecord, keepValid } from './checked.ts';
import { randomId, tx } from './db.ts';
import { problem, type Result } from './errors.ts';
import { deleteQuestionRecords, type QuestionRecords } from './question-records.ts';
import { STORES, type CustomQuestion, type RehearseDb } from './schema.ts';
import { LIMITS } from '../shared/limits.ts';
import { slug } from '../shared/slug.ts';

export type CustomQuestionInput = Pick<CustomQuestion, 'text' | 'categories' | 'companies' | 'testing'>;

/** Bad input, said plainly next to the field it is about. Not a storage failure, so its own kind. */
export interface InvalidInput {
  ok: false;
  problem: { kind: 'invalid'; field: keyof CustomQuestionInput; message: string };
}

function invalid(field: keyof CustomQuestionInput, message: string): InvalidInput {
  return { ok: false, problem: { kind: 'invalid', field, message } };
}

/** Trimmed, de-duplicated input, or what is wrong with it. */
export function validateCustomQuestion(input: CustomQuestionInput): CustomQuestionInput | InvalidInput {
  const text = input.text.trim();
  if (!text) return invalid('text', 'Write the question first \u2014 it cannot be empty.');
  if (text.length > LIMITS.questionText) {
    return invalid('text', `Keep the question under ${LIMITS.questionText} characters (it has ${text.length}); put detail in \u201cwhat it tests\u201d.`);
  }
  return { text, categories: tidy(input.categories), companies: tidy(input.companies), testing: input.testing.trim() };
}

export async function addCustomQuestion(db: RehearseDb, input: CustomQuestionInput, now = Date.now()): Promise<Result<CustomQuestion> | InvalidInput> {
  const valid = validateCustomQuestion(input);
  if ('ok' in valid) return valid;
  // The suffix keeps two questions with the same wording apart; the slug keeps URLs readable.
  const question: CustomQuestion = {
    ...valid,
    id: `custom-${slug(valid.text, { maxLength: 40, fallback: 'question' })}-${randomId(6)}`,
    createdAt: now,
    updatedAt: now,
  };
  return tx(db, [STORES.customQuestions], 'readwrite', async (t) => {
    await t.objectStore(STORES.customQuestions).add(question);
    return question;
  });
}

export async function updateCustomQuestion(
  db: RehearseDb,
  id: string,
  patch: Partial<CustomQuestionInput>,
  now = Date.now(),
): Promise<Result<CustomQuestion> | InvalidInput> {
  const result = await tx(db, [STORES.customQuestions], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.customQuestions);
    const stored = await store.get(id);
    if (!stored) return undefined;
    const valid = validateCustomQuestion({ ...stored, ...patch });
    if ('ok' in valid) return valid;
    // The id stays: drafts, takes and schedules are keyed by it.
    const next: CustomQuestion = { ...stored, ...valid, updatedAt: now };
    await store.put(next);
    return next;
  });
  if (!result.ok) return result;
  if (!result.value) return { ok: false, problem: problem('conflict', undefined, 'This question was deleted in another tab.') };
  if ('ok' in result.value) return result.value;
  return { ok: true, value: result.value };
}

/** The question and everything it owns, in one transaction; the result is what Undo puts back. */
export function deleteCustomQuestion(db: RehearseDb, id: string, now = Date.now()): Promise<Result<QuestionRecords>> {
  return deleteQuestionRecords(db, id, now);
}

export async function getCustomQuestion(db: RehearseDb, id: string): Promise<CustomQuestion | undefined> {
  return checkRecord('customQuestion', await db.get(STORES.customQuestions, id));
}

/** Oldest first, the order the user added them. */
export async function listCustomQuestions(db: RehearseDb): Promise<CustomQuestion[]> {
  const all = keepValid('customQuestion', await db.getAll(STORES.customQuestions));
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

function tidy(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}
