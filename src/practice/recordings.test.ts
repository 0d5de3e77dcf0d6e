import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordingOptions } from '../audio/recorder';
import { FakeLocks } from './fake-locks.test-support';
import { activeTakeIds } from './take-locks';

/** Each startRecording call waits, like an open microphone prompt, until the test answers it. */
const mic = vi.hoisted(() => ({
  prompts: [] as { options: RecordingOptions; allow: () => void }[],
  takeLocksAtCreate: [] as string[][],
}));

vi.mock('../audio/recorder', () => ({
  startRecording: (options: RecordingOptions) =>
    new Promise((resolve) => {
      const recording = {
        mimeType: () => 'audio/webm',
        elapsedMs: () => 1000,
        track: () => null,
        stop: async () => ({ durationMs: 1000, mimeType: 'audio/webm', chunks: 1 }),
        cancel: () => {},
      };
      mic.prompts.push({ options, allow: () => resolve(recording) });
    }),
}));

// The tab's own lifetime lock (editing/tabs, held from page load) is not watched here: only the recorder's and the takes'.
vi.mock('./editing/tabs', () => ({ tabId: Math.random().toString(36).slice(2), locks: () => navigator.locks }));

vi.mock('../store/takes', async (original) => {
  const store = await original<typeof import('../store/takes')>();
  return {
    ...store,
    createTake: async (...args: Parameters<typeof store.createTake>) => {
      const held = (await navigator.locks.query()).held ?? [];
      mic.takeLocksAtCreate.push(held.map((l) => l.name ?? '').filter((n) => n.startsWith('rehearse-take:')));
      return store.createTake(...args);
    },
  };
});

/** A tab: a fresh copy of the module, sharing the stubbed Web Locks and IndexedDB with the others. */
async function openTab() {
  vi.resetModules();
  return import('./recordings');
}

const noLocksHeld = () => vi.waitUntil(async () => !(await navigator.locks.query()).held?.length);
const chunk = { seq: 0, data: new Uint8Array([1, 2, 3]).buffer, mimeType: 'audio/webm', atMs: 1000 };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('navigator', { locks: new FakeLocks() });
  vi.stubGlobal('window', globalThis);
  mic.prompts.length = 0;
  mic.takeLocksAtCreate.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('recording across tabs', () => {
  it('holds the take’s lock before its record is written', async () => {
    const tab = await openTab();
    const started = tab.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 1);
    mic.prompts[0]!.allow();
    await started;
    await mic.prompts[0]!.options.onChunk(chunk);
    const takeId = tab.live.value?.takeId;
    expect(takeId).toMatch(/^take-/);
    expect(mic.takeLocksAtCreate).toEqual([[`rehearse-take:${takeId}`]]);
    expect(await activeTakeIds()).toEqual(new Set([takeId]));
    await tab.stopTake();
    await noLocksHeld(); // the recorder's and the take's, released once the take is finished
  });

  it('starts one recorder for the app: Record in a second tab while the first one’s prompt is open says so', async () => {
    const a = await openTab();
    const b = await openTab();
    const startingA = a.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 1);
    await b.startTake('tell-me-about-yourself');
    expect(b.recordingProblem.value).toBe('Already recording in another tab. Stop that recording first; nothing here was changed.');
    expect(mic.prompts).toHaveLength(1); // B never asked for the microphone
    mic.prompts[0]!.allow();
    await startingA;
    expect(a.live.value?.questionId).toBe('why-openai');
    expect(a.recordingProblem.value).toBeNull();

    await a.stopTake();
    await noLocksHeld();
    const startingB = b.startTake('tell-me-about-yourself');
    await vi.waitUntil(() => mic.prompts.length === 2);
    mic.prompts[1]!.allow();
    await startingB;
    expect(b.live.value?.questionId).toBe('tell-me-about-yourself');
    await b.stopTake();
  });

  it('in one tab, a second Record while the prompt is open starts nothing', async () => {
    const tab = await openTab();
    const first = tab.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 1);
    await tab.startTake('tell-me-about-yourself');
    expect(tab.recordingProblem.value).toMatch(/already starting or recording in this tab/);
    mic.prompts[0]!.allow();
    await first;
    expect(mic.prompts).toHaveLength(1);
    expect(tab.live.value?.questionId).toBe('why-openai');
    await tab.stopTake();

    // Record again at once: this tab's own recorder lock is let go first, so no "another tab" message.
    const again = tab.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 2);
    mic.prompts[1]!.allow();
    await again;
    expect(tab.recordingProblem.value).toBeNull();
    await tab.stopTake();
  });
});

describe('keeping what is recorded', () => {
  function stubStorage() {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    vi.stubGlobal('navigator', { locks: navigator.locks, storage });
    return storage;
  }

  it('asks the browser to keep saved work once a take is stopped, not while it records', async () => {
    const storage = stubStorage();
    const tab = await openTab();
    const { persisted } = await import('./session');
    const started = tab.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 1);
    mic.prompts[0]!.allow();
    await started;
    await mic.prompts[0]!.options.onChunk(chunk);
    expect(tab.live.value?.takeId).toMatch(/^take-/); // stored: the take exists…
    expect(storage.persist).not.toHaveBeenCalled(); // …and no prompt opens mid-recording (Firefox shows one)

    await tab.stopTake();
    await vi.waitUntil(() => persisted.value !== null);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(persisted.value).toBe(true); // what the footer tells the user
  });

  it('asks nothing when Stop came before anything was stored', async () => {
    const storage = stubStorage();
    const tab = await openTab();
    const started = tab.startTake('why-openai');
    await vi.waitUntil(() => mic.prompts.length === 1);
    mic.prompts[0]!.allow();
    await started;
    await tab.stopTake();
    await noLocksHeld();
    expect(storage.persisted).not.toHaveBeenCalled();
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
