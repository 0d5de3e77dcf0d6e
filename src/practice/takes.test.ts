import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORES } from '../store/schema';
import { appendChunk, createTake, finishTake, getTake } from '../store/takes';
import { recoveredTakes } from './recovered';
import { database, resetSession } from './session';
import { FakeLocks } from './fake-locks.test-support';
import { MemoryStorage } from './editing/memory-storage.test-support';
import { tabId } from './editing/tabs';
import { needsAttention } from './attention';
import { takeJournal } from './journal';
import {
  analyseTake,
  CLOCK_TRUSTED_WITHIN_MS,
  loadTakes,
  openTakeAudio,
  QUIET_BEFORE_RECOVERY_MS,
  recoverTakes,
  removeTake,
  takeFileName,
  takes,
} from './takes';

const withWebLocks = () => vi.stubGlobal('navigator', { locks: new FakeLocks() });

/** Decodes any bytes to 1 s at the asked rate: speech 0–0.3 s and 0.7–1 s, a 0.4 s pause between. */
function fakeDecoder() {
  vi.stubGlobal(
    'OfflineAudioContext',
    vi.fn(function (this: unknown, _channels: number, _length: number, rate: number) {
      return {
        decodeAudioData: async () => {
          const samples = new Float32Array(rate).map((_, i) => (i < 0.3 * rate || i >= 0.7 * rate ? 0.5 * Math.sin(i / 5) : 0));
          return { numberOfChannels: 1, length: rate, sampleRate: rate, duration: 1, getChannelData: () => samples };
        },
      };
    }),
  );
}

async function storedTake(status: 'stopped' | 'recording', lastChunkAt = Date.now()) {
  const db = (await database())!;
  const created = await createTake(db, { questionId: 'why-openai', mimeType: 'audio/webm' }, 1_000);
  if (!created.ok) throw created.problem;
  await appendChunk(db, created.value.id, 0, new Uint8Array([1, 2, 3]).buffer, 1000, lastChunkAt);
  if (status === 'stopped') await finishTake(db, created.value.id, { durationMs: 1000, mimeType: 'audio/webm' });
  return created.value.id;
}

beforeEach(() => {
  withWebLocks();
  globalThis.indexedDB = new IDBFactory();
  resetSession();
  recoveredTakes.value = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('start-up', () => {
  it('recovers a take left recording, announces it, and measures it', async () => {
    fakeDecoder();
    const id = await storedTake('recording');
    await recoverTakes();
    expect(recoveredTakes.value).toEqual([{ id, questionId: 'why-openai' }]);
    const take = (await getTake((await database())!, id))!;
    expect(take.status).toBe('recovered');
    expect(take.durationMs).toBe(1000);
    expect(take.analysis?.longPauses).toBe(0);
    expect(take.analysis?.waveform).toHaveLength(160);
  });

  it('takes the decoded length of a finished take whose clock disagrees with its audio, and keeps a clock that agrees', async () => {
    fakeDecoder(); // 1 s of audio
    const db = (await database())!;
    const id = await storedTake('stopped');
    await finishTake(db, id, { durationMs: 1000 + CLOCK_TRUSTED_WITHIN_MS + 450, mimeType: 'audio/mp4' }); // timed 1.7 s
    await analyseTake(id);
    expect((await getTake(db, id))?.durationMs).toBe(1000);
    const close = await storedTake('stopped');
    await finishTake(db, close, { durationMs: 1040, mimeType: 'audio/webm' }); // within the encoder's padding
    await analyseTake(close);
    expect((await getTake(db, close))?.durationMs).toBe(1040);
  });

  it('leaves a take whose Web Lock another tab holds alone, even one with no audio yet', async () => {
    const locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    const db = (await database())!;
    let stop = () => {};
    void locks.request('rehearse-take:take-live', () => new Promise<void>((resolve) => (stop = resolve)));
    await createTake(db, { id: 'take-live', questionId: 'why-openai', mimeType: 'audio/webm' });
    await recoverTakes();
    expect((await getTake(db, 'take-live'))?.status).toBe('recording');
    stop();
    await recoverTakes();
    expect(await getTake(db, 'take-live')).toBeUndefined(); // its tab closed before any audio: nothing to keep
  });

  it('without Web Locks, leaves a take alone until it has been quiet for a while', async () => {
    vi.stubGlobal('navigator', {});
    const db = (await database())!;
    const young = await storedTake('recording');
    const empty = await createTake(db, { questionId: 'why-openai', mimeType: 'audio/webm' });
    const old = await storedTake('recording', Date.now() - QUIET_BEFORE_RECOVERY_MS - 1);
    await recoverTakes();
    expect(recoveredTakes.value).toEqual([{ id: old, questionId: 'why-openai' }]);
    expect((await getTake(db, young))?.status).toBe('recording');
    expect((await getTake(db, empty.ok ? empty.value.id : ''))?.status).toBe('recording');
  });

  it('analyses a stopped take whose analysis never ran (the tab closed right after Stop)', async () => {
    fakeDecoder();
    const id = await storedTake('stopped');
    await recoverTakes();
    const take = (await getTake((await database())!, id))!;
    expect(take.status).toBe('complete');
    expect(take.analysis?.speakingMs).toBeGreaterThan(500);
    expect(recoveredTakes.value).toEqual([]);
  });

  it('marks a take it cannot decode here, so it is not retried at every start', async () => {
    const decode = vi.fn(async () => {
      throw new DOMException('Unable to decode audio data', 'EncodingError');
    });
    vi.stubGlobal(
      'OfflineAudioContext',
      vi.fn(function () {
        return { decodeAudioData: decode };
      }),
    );
    const id = await storedTake('stopped');
    await recoverTakes();
    expect((await getTake((await database())!, id))!.analysisFailed).toBe(true);
    await recoverTakes();
    expect(decode).toHaveBeenCalledTimes(1);
  });
});

describe('a name and notes typed in a tab closed before they were stored', () => {
  const typed = (notes: string) => ({ doc: { name: 'First try', notes, baseName: '', baseNotes: '' }, baseRev: 0, at: 1 });
  let locks: FakeLocks;
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
  });

  it('are stored when the question’s takes are next listed, and the entry goes', async () => {
    const id = await storedTake('stopped');
    takeJournal.write(id, 'closedTab', typed('Slow down'));
    await loadTakes('why-openai');
    expect(takes.value.get('why-openai')?.[0]).toMatchObject({ id, name: 'First try', notes: 'Slow down' });
    expect(await getTake((await database())!, id)).toMatchObject({ name: 'First try', notes: 'Slow down' });
    expect(takeJournal.readAll(id).entries).toEqual([]);
  });

  it('are left to a tab that is still open until it closes, and to this tab', async () => {
    const id = await storedTake('stopped');
    let release!: () => void;
    void locks.request('rehearse-tab:openTab', () => new Promise<void>((r) => (release = r)));
    takeJournal.write(id, 'openTab', typed('still typing'));
    takeJournal.write(id, tabId, typed('mine'));
    await loadTakes('why-openai');
    expect(await getTake((await database())!, id)).toMatchObject({ name: '', notes: '' });
    expect(takeJournal.readAll(id).entries).toHaveLength(2);
    release(); // that tab closes: its text is stored then, without another listing
    await expect.poll(async () => (await getTake((await database())!, id))?.notes).toBe('still typing');
    expect(takeJournal.readAll(id).entries.map((e) => e.tab)).toEqual([tabId]);
  });

  it('an entry that cannot be read is set aside, listed under Needs attention at once, and never applied', async () => {
    const id = await storedTake('stopped');
    localStorage.setItem(`rehearse:unsaved-take:${id}:closedTab`, '{"name": 3');
    await loadTakes('why-openai');
    expect(needsAttention.value).toContainEqual(
      expect.objectContaining({ kind: 'unsavedText', key: `rehearse:set-aside:rehearse:unsaved-take:${id}:closedTab` }),
    );
    expect(await getTake((await database())!, id)).toMatchObject({ name: '', notes: '' });
  });

  it('go with a deleted take, and come back with its Undo', async () => {
    const id = await storedTake('stopped');
    takeJournal.write(id, 'closedTab', typed('Slow down'));
    const take = (await getTake((await database())!, id))!;
    const undo = await removeTake(take);
    expect(takeJournal.readAll(id).entries).toEqual([]);
    await undo!();
    // Back in the journal, and the tab that wrote it is closed: the listing after the Undo stores it.
    expect(await getTake((await database())!, id)).toMatchObject({ name: 'First try', notes: 'Slow down' });
  });
});

describe('takeFileName', () => {
  it('names the file after the question and date, with the extension of its type', () => {
    const take = { startedAt: Date.UTC(2026, 10, 27, 9, 30), mimeType: 'audio/mp4; codecs=mp4a.40.2' } as never;
    expect(takeFileName(take, 'Why OpenAI?')).toBe('rehearse-why-openai-2026-11-27-09-30.m4a');
  });
});

describe('the assembled file that reopens a take at once', () => {
  const kept = async (id: string) => (await database())!.get(STORES.assembled, id);
  const storage = (usage: number, quota: number) =>
    vi.stubGlobal('navigator', { locks: new FakeLocks(), storage: { estimate: async () => ({ usage, quota }) } });

  it('is written once a recovered take is analysed, and then opened from', async () => {
    fakeDecoder();
    const id = await storedTake('recording');
    await recoverTakes();
    expect(await kept(id)).toMatchObject({ takeId: id, chunkCount: 1, bytes: 3 });
    const opened = await openTakeAudio(id);
    expect(opened?.take.id).toBe(id);
    opened?.revoke();
  });

  it('is written on the first open of an analysed take that has none, and used by the next', async () => {
    fakeDecoder();
    const id = await storedTake('stopped');
    await analyseTake(id);
    await (await database())!.delete(STORES.assembled, id); // as a take analysed before this version
    (await openTakeAudio(id))?.revoke();
    await expect.poll(() => kept(id)).toMatchObject({ takeId: id, bytes: 3 });
  });

  it('is not written when the copy would leave too little room for the next recording; the take is analysed all the same', async () => {
    fakeDecoder();
    storage(95, 100);
    const id = await storedTake('stopped');
    await analyseTake(id);
    expect((await getTake((await database())!, id))?.analysis).toBeDefined();
    expect(await kept(id)).toBeUndefined();
    storage(10, 1_000);
    await analyseTake(id);
    expect(await kept(id)).toMatchObject({ takeId: id });
  });
});
