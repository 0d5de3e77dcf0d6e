import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORES } from '../store/schema';
import { needsAttention } from './attention';
import { customQuestions, loadCustomQuestions, saveCustomQuestion } from './custom-questions';
import { database, resetSession, storageProblem } from './session';

vi.stubGlobal('navigator', {});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetSession();
  customQuestions.value = [];
  await loadCustomQuestions(true); // a fresh, empty cache per test
});

const input = (text: string) => ({ text, categories: ['Motivation'], companies: ['Mistral'], testing: '' });

describe('custom questions', () => {
  it('one stored without categories is set aside; the others still show, and it is named as needing attention', async () => {
    expect((await saveCustomQuestion(input('Why Mistral?'))).ok).toBe(true);
    const db = (await database())!;
    const { categories: _dropped, ...broken } = { ...(await db.getAll(STORES.customQuestions))[0]!, id: 'custom-broken-1' };
    await db.put(STORES.customQuestions, broken as never);

    await loadCustomQuestions(true);
    expect(customQuestions.value.map((q) => q.text)).toEqual(['Why Mistral?']);
    expect(needsAttention.value).toContainEqual(expect.objectContaining({ key: 'custom-broken-1', problem: '"categories" is missing' }));
  });

  it('a failed read is reported, not cached: the next load tries again', async () => {
    expect((await saveCustomQuestion(input('Why Mistral?'))).ok).toBe(true);
    customQuestions.value = [];
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementationOnce(() => {
      throw new DOMException('gone', 'UnknownError');
    });
    await loadCustomQuestions(true); // resolves: the page that asked goes on without them
    expect(storageProblem.value).not.toBeNull();
    await loadCustomQuestions(); // not forced: a cached rejection would keep every question hidden
    expect(customQuestions.value.map((q) => q.text)).toEqual(['Why Mistral?']);
  });
});

describe('saving when the code that saves could not be fetched (offline before the worker holds the app)', () => {
  it('comes back as a message that keeps the text, never a throw', async () => {
    vi.resetModules();
    vi.doMock('../store/custom-questions', () => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/custom-questions-XXXXXXXX.js');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const fresh = await import('./custom-questions');
      const outcome = await fresh.saveCustomQuestion(input('Why Mistral?'));
      expect(outcome).toEqual({ ok: false, message: expect.stringContaining('Your text is still in the form') });
    } finally {
      vi.doUnmock('../store/custom-questions');
      vi.restoreAllMocks();
      vi.resetModules();
    }
  });
});
