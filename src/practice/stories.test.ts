import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSession, storageProblem } from './session';
import { createStoryFor, link, loadStories, parseTags, removeStory, saveStory, stories, unlink } from './stories';

vi.stubGlobal('navigator', {}); // Node 20 has none; askToPersist then finds no storage API

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty database per test
  resetSession();
  stories.value = [];
});

describe('story use cases', () => {
  it('creates, saves and lists newest first, keeping the signal fresh without a re-read', async () => {
    const first = await createStoryFor();
    const second = await createStoryFor('why-openai');
    expect(first).toMatch(/^story-/);
    expect(stories.value.map((s) => s.id)).toEqual([second, first]);
    expect(stories.value[0]).toMatchObject({ framework: 'star', title: '', questionIds: ['why-openai'] });

    expect(await saveStory(first!, { title: 'Eval harness', fields: { situation: 'RAG regressions' }, tags: ['evals'] })).toBe(true);
    expect(stories.value[0]).toMatchObject({ id: first, title: 'Eval harness', fields: { situation: 'RAG regressions' } });
    stories.value = [];
    await loadStories();
    expect(stories.value.map((s) => s.id)).toEqual([first, second]);
  });

  it('links and unlinks; a save never touches the links', async () => {
    const id = (await createStoryFor())!;
    expect(await link(id, 'q1')).toBe(true);
    expect(await link(id, 'q2')).toBe(true);
    expect(await saveStory(id, { title: 'x', questionIds: [] } as never)).toBe(true);
    expect(stories.value[0]?.questionIds).toEqual(['q1', 'q2']);
    expect(await unlink(id, 'q1')).toBe(true);
    expect(stories.value[0]?.questionIds).toEqual(['q2']);
  });

  it('reports a failed write and returns false instead of throwing', async () => {
    const id = (await createStoryFor())!;
    expect(await removeStory(id)).toBe(true);
    expect(stories.value).toEqual([]);
    expect(await saveStory(id, { title: 'typed after another tab deleted it' })).toBe(false);
    expect(storageProblem.value).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/deleted in another tab/) });
  });
});

describe('parseTags', () => {
  it('trims, drops empties and repeats, keeps the first spelling', () => {
    expect(parseTags(' evals, leadership,, Evals , ')).toEqual(['evals', 'leadership']);
    expect(parseTags('')).toEqual([]);
  });
});
