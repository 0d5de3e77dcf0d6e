import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDraft, listRevisions } from '../../store/drafts';
import { needsAttention } from '../attention';
import { draftAdapter, openDraft, type DraftDoc } from '../drafts';
import { database, resetSession } from '../session';
import type { ChannelLike, ShellDeps, StoreAdapter } from './shell';
import { MemoryStorage } from './memory-storage.test-support';

vi.stubGlobal('navigator', {}); // Node 20 has none; askToPersist then finds no storage API
let storage: MemoryStorage;
let hub: Set<FakeChannel>;
let alive: Set<string> | null;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // one fresh database per test, shared by its "tabs"
  resetSession();
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  hub = new Set();
  alive = new Set();
  holds.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }); // IndexedDB keeps its real setImmediate
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.stubGlobal('navigator', {});
});

/** A BroadcastChannel stand-in: delivers to every other channel of the hub, a task later. */
class FakeChannel implements ChannelLike {
  listeners = new Set<(event: MessageEvent) => void>();
  constructor() {
    hub.add(this);
  }
  postMessage(data: unknown) {
    for (const other of hub) if (other !== this) setImmediate(() => other.listeners.forEach((l) => l({ data } as MessageEvent)));
  }
  addEventListener(_: 'message', l: (event: MessageEvent) => void) {
    this.listeners.add(l);
  }
  removeEventListener(_: 'message', l: (event: MessageEvent) => void) {
    this.listeners.delete(l);
  }
}

const holds = new Map<string, number>();
function tab(tabId: string): ShellDeps {
  alive?.add(tabId);
  return {
    tabId,
    liveTabs: async () => (alive ? new Set(alive) : null),
    channel: new FakeChannel(),
    now: () => Date.now(),
    holdUpdates: () => {
      holds.set(tabId, (holds.get(tabId) ?? 0) + 1);
      return () => holds.set(tabId, holds.get(tabId)! - 1);
    },
    report: () => undefined,
  };
}

/** Lets IndexedDB and the fake channel run (their tasks are real) until `check` holds. */
async function until(check: () => boolean, tasks = 200): Promise<void> {
  for (let i = 0; i < tasks && !check(); i++) await new Promise((r) => setImmediate(r));
  expect(check()).toBe(true);
}
const star = (situation: string): DraftDoc => ({ framework: 'star', fields: { situation } });
const journalKeys = () => [...storage.items.keys()].filter((k) => k.startsWith('rehearse:unsaved-draft:q1'));
async function opened(tabId: string) {
  const session = openDraft('q1', tab(tabId));
  await until(() => session.state.value.phase !== 'loading');
  return session;
}
const stored = async () => getDraft((await database())!, 'q1');

describe('the editing shell', () => {
  it('journals each keystroke under its record and tab, saves after the debounce, then clears its entry and hold', async () => {
    const a = await opened('A');
    a.edit(star('typed'));
    expect(journalKeys()).toEqual(['rehearse:unsaved-draft:q1:A']);
    expect(a.state.value.phase).toBe('pending');
    expect(holds.get('A')).toBe(1);
    vi.advanceTimersByTime(399);
    expect(a.state.value.phase).toBe('pending');
    vi.advanceTimersByTime(1);
    await until(() => a.state.value.phase === 'saved');
    expect((await stored())?.fields.situation).toBe('typed');
    expect(journalKeys()).toEqual([]);
    expect(holds.get('A')).toBe(0);
  });

  it('a save that fails keeps the text and the journal, retries after 2 s, then saves', async () => {
    let failures = 1;
    const flaky: StoreAdapter<DraftDoc> = {
      ...draftAdapter,
      save: (id, doc, rev) => (failures-- > 0 ? Promise.resolve({ ok: false, problem: { kind: 'quota', message: 'full' } }) : draftAdapter.save(id, doc, rev)),
    };
    const { openEditor } = await import('./shell');
    const a = openEditor(flaky, 'q1', tab('A'));
    await until(() => a.state.value.phase === 'idle');
    a.edit(star('kept'));
    vi.advanceTimersByTime(400);
    await until(() => a.state.value.phase === 'error');
    expect(a.state.value.problem?.kind).toBe('quota');
    expect(journalKeys()).toHaveLength(1);
    vi.advanceTimersByTime(1999);
    expect(a.state.value.phase).toBe('error');
    vi.advanceTimersByTime(1);
    await until(() => a.state.value.phase === 'saved');
    expect((await stored())?.fields.situation).toBe('kept');
    expect(journalKeys()).toEqual([]);
  });

  it('two tabs: an idle tab takes the other’s text; both editing is a choice, and no save clears the other’s journal', async () => {
    const a = await opened('A');
    const b = await opened('B');
    a.edit(star('from A'));
    await a.flush();
    await until(() => b.state.value.doc.fields.situation === 'from A');
    expect(b.state.value).toMatchObject({ phase: 'saved', rev: 1 });

    a.edit(star('A again'));
    b.edit(star('B meanwhile'));
    await b.flush(); // B saves first: A's entry stays
    expect(journalKeys()).toEqual(['rehearse:unsaved-draft:q1:A']);
    await until(() => a.state.value.phase === 'conflict');
    expect(a.state.value.theirs?.doc.fields.situation).toBe('B meanwhile');
    // A's text is in History the moment the conflict appears, and still in its journal.
    const history = async () => (await listRevisions((await database())!, 'q1')).map((r) => r.fields.situation);
    await a.flush(); // in conflict: saves nothing, waits for the History write
    expect(journalKeys()).toEqual(['rehearse:unsaved-draft:q1:A']);
    expect(await history()).toContain('A again');

    await a.keepMine();
    expect(a.state.value.phase).toBe('saved');
    expect((await stored())?.fields.situation).toBe('A again');
    expect(await history()).toContain('B meanwhile');
    await until(() => b.state.value.doc.fields.situation === 'A again');
  });

  it('a conflict mid-save: the other tab saves while this save waits, and the user chooses theirs', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const slow: StoreAdapter<DraftDoc> = { ...draftAdapter, save: async (id, doc, rev) => (await gate, draftAdapter.save(id, doc, rev)) };
    const { openEditor } = await import('./shell');
    const a = openEditor(slow, 'q1', tab('A'));
    const b = await opened('B');
    await until(() => a.state.value.phase === 'idle');
    a.edit(star('A slow'));
    void a.flush();
    expect(a.state.value.phase).toBe('saving');
    b.edit(star('B fast'));
    await b.flush();
    open();
    await until(() => a.state.value.phase === 'conflict');
    await a.takeTheirs();
    expect(a.state.value).toMatchObject({ phase: 'saved', doc: star('B fast'), dirty: false });
    expect(journalKeys()).toEqual([]);
    expect((await listRevisions((await database())!, 'q1')).map((r) => r.fields.situation)).toContain('A slow');
  });

  it('a tab closed in conflict: its text is restored on the next open (as a choice) and is in History', async () => {
    const a = await opened('A');
    const b = await opened('B');
    a.edit(star('A unsaved'));
    b.edit(star('B saved'));
    await b.flush();
    await until(() => a.state.value.phase === 'conflict');
    a.dispose(); // closed: nothing saved
    await a.flush();
    alive!.delete('A');
    expect(journalKeys()).toEqual(['rehearse:unsaved-draft:q1:A']);
    const c = await opened('C');
    expect(c.state.value).toMatchObject({ phase: 'conflict', recovered: true, doc: star('A unsaved'), theirs: { doc: star('B saved') } });
    expect(journalKeys()).toEqual(['rehearse:unsaved-draft:q1:C']); // moved to the tab now holding it
    expect((await listRevisions((await database())!, 'q1')).map((r) => r.fields.situation)).toContain('A unsaved');
  });

  it('an open tab’s journal entry is left alone; without Web Locks, entries older than the newest save count as gone', async () => {
    const a = await opened('A');
    a.edit(star('A typing'));
    const c = await opened('C');
    expect(c.state.value).toMatchObject({ phase: 'idle', recovered: false });
    expect(journalKeys()).toContain('rehearse:unsaved-draft:q1:A');

    alive = null; // a browser without navigator.locks
    storage.setItem('rehearse:unsaved-draft:q1:old', JSON.stringify({ ...star('old tab'), baseRev: 0, at: 1 }));
    const d = await opened('D');
    expect(d.state.value).toMatchObject({ recovered: false, phase: 'idle' }); // nothing saved yet: not older
    c.edit(star('C saves'));
    await c.flush();
    const e = await opened('E');
    expect(e.state.value).toMatchObject({ recovered: true, phase: 'conflict', doc: star('old tab') });
  });

  it('a malformed journal entry is set aside and reported; the draft opens', async () => {
    const a = await opened('A');
    a.edit(star('saved text'));
    await a.flush();
    storage.setItem('rehearse:unsaved-draft:q1', '{"framework":"star","fields":{"situation":5},"baseRev":0,"at":0}');
    const b = await opened('B');
    expect(b.state.value).toMatchObject({ phase: 'idle', doc: star('saved text') });
    expect(b.setAside.value).toEqual(['rehearse:unsaved-draft:q1']);
    expect(needsAttention.value).toContainEqual(expect.objectContaining({ kind: 'unsavedText', key: 'rehearse:set-aside:rehearse:unsaved-draft:q1' }));
  });

  it('a journal that cannot be written is reported while IndexedDB still saves', async () => {
    const a = await opened('A');
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    a.edit(star('no backup'));
    expect(a.state.value.journalOk).toBe(false);
    await a.flush();
    expect((await stored())?.fields.situation).toBe('no backup');
  });

  it('a History write that fails keeps the text in the journal: choosing the other tab’s loses nothing, and the next open restores it', async () => {
    const problems: unknown[] = [];
    const noHistory: StoreAdapter<DraftDoc> = { ...draftAdapter, addRevision: async () => ({ ok: false, problem: { kind: 'quota', message: 'full' } }) };
    const { openEditor } = await import('./shell');
    const a = openEditor(noHistory, 'q1', { ...tab('A'), report: (p) => void problems.push(p) });
    const b = await opened('B');
    await until(() => a.state.value.phase === 'idle');
    a.edit(star('only in A'));
    b.edit(star('B saved'));
    await b.flush();
    await until(() => a.state.value.phase === 'conflict');
    await a.takeTheirs();
    await a.flush();
    expect(a.state.value.doc).toEqual(star('B saved'));
    expect(problems).toContainEqual({ kind: 'quota', message: 'full' });
    a.dispose();
    alive!.delete('A');
    const c = await opened('C');
    expect(c.state.value).toMatchObject({ recovered: true, doc: star('only in A') });
  });

  it('older texts of closed tabs leave the journal only once History has them', async () => {
    const a = await opened('A');
    a.edit(star('saved'));
    await a.flush();
    storage.setItem('rehearse:unsaved-draft:q1:gone1', JSON.stringify({ ...star('older'), baseRev: 1, at: 1 }));
    storage.setItem('rehearse:unsaved-draft:q1:gone2', JSON.stringify({ ...star('newer'), baseRev: 1, at: 2 }));
    const failing: StoreAdapter<DraftDoc> = { ...draftAdapter, addRevision: () => Promise.reject(new DOMException('closed', 'InvalidStateError')) };
    const { openEditor } = await import('./shell');
    const b = openEditor(failing, 'q1', tab('B'));
    await until(() => b.state.value.phase !== 'loading');
    await b.flush();
    expect(b.state.value.doc).toEqual(star('newer'));
    expect(storage.getItem('rehearse:unsaved-draft:q1:gone1')).toContain('older');
    b.dispose();
    alive!.delete('B');
    const c = await opened('C');
    await c.flush();
    expect(journalKeys()).not.toContain('rehearse:unsaved-draft:q1:gone1');
    expect((await listRevisions((await database())!, 'q1')).map((r) => r.fields.situation)).toContain('older');
  });

  it('a load that throws (a closed connection) says so instead of staying on Loading', async () => {
    const broken: StoreAdapter<DraftDoc> = { ...draftAdapter, load: () => Promise.reject(new DOMException('closing', 'InvalidStateError')) };
    const { openEditor } = await import('./shell');
    const reported: unknown[] = [];
    const a = openEditor(broken, 'q1', { ...tab('A'), report: (p) => void reported.push(p) });
    await until(() => a.state.value.phase !== 'loading');
    expect(a.state.value).toMatchObject({ phase: 'error', problem: { kind: 'unavailable' } });
    expect(reported).toEqual([expect.objectContaining({ kind: 'unavailable' })]);
  });

  it('clamps a field to its limit', async () => {
    const a = await opened('A');
    a.edit(star('x'.repeat(25_000)));
    expect(a.state.value.doc.fields.situation).toHaveLength(20_000);
  });
});
