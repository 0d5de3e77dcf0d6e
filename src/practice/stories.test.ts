import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSession, storageProblem } from './session';
import { createStoryFor, link, loadStories, parseTags, removeStory, saveStory, startStory, stories, tagsNotKept, unlink, writeStarted } from './stories';
import { MemoryStorage } from './editing/memory-storage.test-support';
import type { ShellDeps } from './editing/shell';
import { deleteOpenStory, openStory } from './story-editing';

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

  it('a started story is written once when its first save and a link come at the same time', async () => {
    const id = startStory('why-openai');
    expect(await Promise.all([writeStarted(id), link(id, 'q2'), writeStarted(id)])).toEqual([true, true, true]);
    expect(storageProblem.value).toBeNull();
    stories.value = [];
    await loadStories();
    expect(stories.value).toMatchObject([{ id, questionIds: ['why-openai', 'q2'] }]);
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

describe('a story in its editor (the editing engine)', () => {
  const deps = (tabId: string): ShellDeps => ({
    tabId,
    liveTabs: async () => new Set([tabId]),
    channel: null,
    now: () => Date.now(),
    holdUpdates: () => () => undefined,
    report: () => undefined,
  });
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
    expect(check()).toBe(true);
  };

  it('saves rev-checked: a second tab’s stale save is a choice, and links survive every save', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    const id = (await createStoryFor('q1'))!;
    const story = stories.value[0]!;
    const a = openStory(story, deps('A'));
    const b = openStory(story, deps('B'));
    await until(() => a.state.value.phase === 'idle' && b.state.value.phase === 'idle');
    a.edit((d) => ({ ...d, fields: { situation: 'A paragraph' } }));
    await a.flush();
    expect(a.state.value).toMatchObject({ phase: 'saved', rev: 1 });
    b.edit((d) => ({ ...d, title: 'T', tags: 'evals, , evals' }));
    await b.flush();
    expect(b.state.value).toMatchObject({ phase: 'conflict', theirs: { rev: 1, doc: { fields: { situation: 'A paragraph' } } } });
    await b.keepMine();
    expect(stories.value.find((s) => s.id === id)).toMatchObject({
      title: 'T',
      tags: ['evals'],
      rev: 2,
      questionIds: ['q1'],
      fields: { situation: 'A paragraph' },
    });
  });

  it('a delete that fails leaves the editor saving: what was typed before and after it is stored', async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    const id = (await createStoryFor())!;
    const a = openStory(stories.value[0]!, deps('A'));
    await until(() => a.state.value.phase === 'idle');
    a.edit((d) => ({ ...d, title: 'Before the delete' }));
    const remove = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(await deleteOpenStory(a)).toBe(false);
    } finally {
      IDBObjectStore.prototype.delete = remove;
    }
    expect(stories.value.find((s) => s.id === id)?.title).toBe('Before the delete');
    a.edit((d) => ({ ...d, title: 'After the failed delete' }));
    await a.flush();
    expect(a.state.value.phase).toBe('saved');
    stories.value = [];
    await loadStories();
    expect(stories.value.find((s) => s.id === id)?.title).toBe('After the failed delete');
    expect(await deleteOpenStory(a)).toBe(true);
    expect(stories.value).toEqual([]);
  });

  it('keeps a deleted story’s text as a new story in one write, so a failed write leaves no empty story', async () => {
    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const id = await createStoryFor(undefined, { title: 'Kept', framework: 'star', fields: { situation: 'typed' }, tags: ['evals'], metric: '' });
    const writes = [...add.mock.contexts, ...put.mock.contexts].filter((store) => (store as IDBObjectStore).name === 'stories');
    add.mockRestore();
    put.mockRestore();
    expect(writes).toHaveLength(1);
    expect(stories.value).toEqual([expect.objectContaining({ id, title: 'Kept', fields: { situation: 'typed' }, tags: ['evals'] })]);
  });
});

describe('parseTags', () => {
  it('trims, drops empties and repeats, keeps the first spelling', () => {
    expect(parseTags(' evals, leadership,, Evals , ')).toEqual(['evals', 'leadership']);
    expect(parseTags('')).toEqual([]);
  });

  it('names the tags the store will not keep whole: past the 20th, and longer than 40 characters', () => {
    const long = 'x'.repeat(41);
    const many = Array.from({ length: 22 }, (_, i) => `t${i + 1}`);
    expect(tagsNotKept(['evals', long, ...many].join(', '))).toEqual({ dropped: ['t19', 't20', 't21', 't22'], cut: [long] });
    expect(tagsNotKept('evals, leadership')).toEqual({ dropped: [], cut: [] });
  });
});
