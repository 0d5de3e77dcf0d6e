import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTake } from '../store/takes';
import { database, resetSession } from './session';
import { hasStatus, loadTakeCounts, statusCounts, statusOf, takeCounts } from './status';

vi.stubGlobal('navigator', {});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetSession();
});

describe('practice status', () => {
  const drafts = new Map([
    ['a', 'Situation: we shipped'],
    ['b', '   '],
    ['c', 'draft and a take'],
  ]);
  const takes = new Map([
    ['c', 2],
    ['d', 1],
  ]);

  it('moves from new to drafted to recorded; blank drafts do not count', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => statusOf(id, drafts, takes))).toEqual(['drafted', 'new', 'recorded', 'recorded', 'new']);
  });

  it('counts each question once', () => {
    expect(statusCounts(['a', 'b', 'c', 'd', 'e'], drafts, takes)).toEqual({ new: 2, drafted: 1, recorded: 2, due: 0 });
  });

  it('due for review goes with any step: a recorded question can be due, and so can a new one', () => {
    const due = new Set(['c', 'e']);
    expect(statusCounts(['a', 'b', 'c', 'd', 'e'], drafts, takes, due)).toEqual({ new: 2, drafted: 1, recorded: 2, due: 2 });
    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => hasStatus(id, 'due', drafts, takes, due))).toEqual(['c', 'e']);
    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => hasStatus(id, 'recorded', drafts, takes, due))).toEqual(['c', 'd']);
  });

  it('counts takes per question from the store', async () => {
    const db = (await database())!;
    await createTake(db, { questionId: 'why-openai', mimeType: 'audio/webm' });
    await createTake(db, { questionId: 'why-openai', mimeType: 'audio/webm' });
    await createTake(db, { questionId: 'why-microsoft', mimeType: 'audio/mp4' });
    await loadTakeCounts();
    expect([...takeCounts.value].sort()).toEqual([
      ['why-microsoft', 1],
      ['why-openai', 2],
    ]);
  });
});
