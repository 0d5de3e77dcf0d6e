import { signal } from '@preact/signals';
import type { Question } from '../bank/types';
import type { CustomQuestionInput } from '../store/custom-questions';
import type { CustomQuestion } from '../store/schema';
import { toStorageProblem } from '../store/errors';
import { database, report } from './session';

// Loaded after first paint: reading records back pulls in their schemas, which the first page need not wait for.
const store = () => import('../store/custom-questions');

export const MY_CATEGORY = 'My questions';

/** The user's own questions, shaped like the bank's so search, pages and drafts treat them alike. */
export const customQuestions = signal<Question[]>([]);
/** False until the first read from storage has finished: before it, an id not in the list may still exist. */
export const customQuestionsLoaded = signal(false);

export const isCustom = (id: string) => id.startsWith('custom-');

export function asQuestion(c: CustomQuestion): Question {
  return {
    id: c.id,
    text: c.text,
    categories: c.categories.length ? c.categories : [MY_CATEGORY],
    companies: c.companies.length ? c.companies : ['Mine'],
    sources: [],
    testing: c.testing || 'Your own question: write down what you think the interviewer is testing.',
    kind: 'question',
  };
}

let loaded: Promise<void> | undefined;
/** Never rejects: a failed read is reported and forgotten, so the next call reads again. */
export function loadCustomQuestions(force = false): Promise<void> {
  if (!loaded || force) {
    const loading: Promise<void> = database()
      .then(async (db) => {
        if (db) customQuestions.value = (await (await store()).listCustomQuestions(db)).map(asQuestion);
      })
      .catch((error: unknown) => {
        if (loaded === loading) loaded = undefined; // a failed read is not cached: the next load tries again
        report(toStorageProblem(error));
      })
      .finally(() => (customQuestionsLoaded.value = true));
    loaded = loading;
  }
  return loaded;
}

export type SaveOutcome = { ok: true; id: string } | { ok: false; field?: string; message: string };

/** Add (no id) or edit (id) a question; a bad field comes back named, a storage failure is reported. */
export async function saveCustomQuestion(input: CustomQuestionInput, id?: string): Promise<SaveOutcome> {
  const db = await database();
  if (!db) return { ok: false, message: 'Rehearse cannot save on this device right now; your text is still in the form.' };
  let code: Awaited<ReturnType<typeof store>>;
  try {
    code = await store();
  } catch (error) {
    console.error(error); // offline before the worker holds the app: the form keeps the text and says why
    return { ok: false, message: 'Rehearse could not load what saves questions: you may be offline. Your text is still in the form; reload once online.' };
  }
  const { addCustomQuestion, updateCustomQuestion } = code;
  const result = id ? await updateCustomQuestion(db, id, input) : await addCustomQuestion(db, input);
  if (!result.ok) {
    if (result.problem.kind === 'invalid') return { ok: false, field: result.problem.field, message: result.problem.message };
    report(result.problem);
    return { ok: false, message: result.problem.message };
  }
  await loadCustomQuestions(true);
  return { ok: true, id: result.value.id };
}
