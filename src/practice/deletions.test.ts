import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDraft, listRevisions, saveDraft } from '../store/drafts';
import { createStory } from '../store/stories';
import { customQuestions, loadCustomQuestions, saveCustomQuestion } from './custom-questions';
import { removeCustomQuestion, removeDraft } from './deletions';
import { draftTexts, loadDraftTexts } from './drafts';
import { MemoryStorage } from './editing/memory-storage.test-support';
import { database, resetSession } from './session';
import { loadStories, stories } from './stories';
import { undoOffer } from './undo';

const revisions = vi.hoisted(() => ({ fail: false }));
vi.mock('../store/drafts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../store/drafts')>();
  const full = { ok: false as const, problem: { kind: 'quota' as const, message: 'full' } };
  return { ...real, addRevision: (...args: Parameters<typeof real.addRevision>) => (revisions.fail ? Promise.resolve(full) : real.addRevision(...args)) };
});

let storage: MemoryStorage;
beforeEach(() => {
  vi.stubGlobal('navigator', {});
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  globalThis.indexedDB = new IDBFactory();
  resetSession();
  undoOffer.value = null;
  revisions.fail = false;
});
afterEach(() => vi.unstubAllGlobals());

async function customWithDraft() {
  const saved = await saveCustomQuestion({ text: 'Why Mistral?', categories: [], companies: ['Mistral'], testing: '' });
  if (!saved.ok) throw new Error(saved.message);
  const db = (await database())!;
  await saveDraft(db, { questionId: saved.id, framework: 'star', fields: { situation: 'open weights' } }, 0);
  await createStory(db, { title: 'Weights', framework: 'star', fields: {}, tags: [], metric: '', questionIds: [saved.id] });
  // Journal entries: this tab's, another tab's (with a suffix), and an unrelated question's.
  storage.setItem(`rehearse:unsaved-draft:${saved.id}`, '{"a":1}');
  storage.setItem(`rehearse:unsaved-draft:${saved.id}:tab-2`, '{"b":2}');
  storage.setItem('rehearse:unsaved-draft:why-openai', '{"c":3}');
  await Promise.all([loadDraftTexts(), loadStories(), loadCustomQuestions(true)]);
  return { id: saved.id, db };
}

describe('deleting a custom question', () => {
  it('removes its journal entries and refreshes every list, and Undo brings all of it back', async () => {
    const { id, db } = await customWithDraft();
    const journalBefore = new Map(storage.items);
    expect(await removeCustomQuestion(id, 'Why Mistral?')).toBe(true);
    expect([...storage.items.keys()]).toEqual(['rehearse:unsaved-draft:why-openai']);
    expect(customQuestions.value).toEqual([]);
    expect(draftTexts.value.has(id)).toBe(false);
    expect(stories.value[0]?.questionIds).toEqual([]);
    expect(undoOffer.value?.label).toMatch(/Why Mistral/);

    await undoOffer.value!.undo();
    expect(storage.items).toEqual(journalBefore);
    expect(customQuestions.value.map((q) => q.id)).toEqual([id]);
    expect(draftTexts.value.get(id)).toBe('open weights');
    expect(stories.value[0]?.questionIds).toEqual([id]);
    expect((await getDraft(db, id))?.fields).toEqual({ situation: 'open weights' });
  });
});

describe('deleting a draft', () => {
  it('removes the draft, its history and journal; Undo restores them and keeps text written since in History', async () => {
    const { id, db } = await customWithDraft();
    const undo = await removeDraft(id);
    expect(await getDraft(db, id)).toBeUndefined();
    expect(storage.items.has(`rehearse:unsaved-draft:${id}:tab-2`)).toBe(false);
    expect(draftTexts.value.has(id)).toBe(false);
    await saveDraft(db, { questionId: id, framework: 'free', fields: { free: 'written after' } }, 0);
    await undo!();
    expect((await getDraft(db, id))?.fields).toEqual({ situation: 'open weights' });
    expect((await listRevisions(db, id)).map((r) => r.fields)).toEqual([{ free: 'written after' }]);
    expect(storage.items.get(`rehearse:unsaved-draft:${id}:tab-2`)).toBe('{"b":2}');
    expect(draftTexts.value.get(id)).toBe('open weights');
  });

  it('an Undo that cannot keep the text written since in History stops instead of overwriting it', async () => {
    const { id, db } = await customWithDraft();
    const undo = await removeDraft(id);
    await saveDraft(db, { questionId: id, framework: 'free', fields: { free: 'written after' } }, 0);
    revisions.fail = true;
    await undo!();
    expect((await getDraft(db, id))?.fields).toEqual({ free: 'written after' });
  });
});
