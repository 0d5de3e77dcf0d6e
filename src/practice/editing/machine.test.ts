import { describe, expect, it } from 'vitest';
import { docHash } from './doc-hash';
import { initialState, step, type EditorConfig, type EditorEvent, type EditorState, type Effect } from './machine';

type Doc = { text: string };
const config: EditorConfig<Doc> = {
  clamp: (d) => (d.text.length > 10 ? { text: d.text.slice(0, 10) } : d),
  equal: (a, b) => a.text === b.text,
  isEmpty: (d) => !d.text.trim(),
  revisions: true,
  saveDelayMs: 400,
  retryFirstMs: 2000,
  retryMaxMs: 8000,
  revisionEveryMs: 60_000,
};
const doc = (text: string): Doc => ({ text });

/** Runs events from a state; returns the last state and every effect, in order. */
function run(from: EditorState<Doc>, ...events: EditorEvent<Doc>[]) {
  let state = from;
  const effects: Effect<Doc>[] = [];
  for (const event of events) {
    const next = step(config, state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects, types: effects.map((e) => e.type) };
}
const fresh = () => initialState(doc(''), config);
const idle = (text = 'stored', rev = 3) => run(fresh(), { type: 'loaded', stored: { doc: doc(text), rev }, pending: null }).state;
const editing = (text = 'mine') => run(idle(), { type: 'edit', doc: doc(text) }).state;
const sending = (text = 'mine') => run(editing(text), { type: 'flush' }).state;

describe('the editing machine', () => {
  it('loads: the stored text, or empty and idle', () => {
    expect(idle()).toMatchObject({ phase: 'idle', doc: { text: 'stored' }, rev: 3, dirty: false });
    expect(run(fresh(), { type: 'loaded', stored: null, pending: null }).state).toMatchObject({ phase: 'idle', rev: 0 });
    expect(run(fresh(), { type: 'unavailable', problem: null }).state.phase).toBe('error');
  });

  it('an edit is journalled at once, holds updates and schedules a save', () => {
    const { state, effects } = run(idle(), { type: 'edit', doc: doc('mine') });
    expect(state).toMatchObject({ phase: 'pending', dirty: true, holding: true });
    expect(effects).toEqual([{ type: 'journal', doc: doc('mine'), baseRev: 3 }, { type: 'hold' }, { type: 'schedule', ms: 400 }]);
    // A second edit does not hold twice.
    expect(run(state, { type: 'edit', doc: doc('mine2') }).types).toEqual(['journal', 'schedule']);
  });

  it('clamps an edit to the limit, and an edit that changes nothing does nothing', () => {
    const { state } = run(idle(), { type: 'edit', doc: doc('0123456789abc') });
    expect(state.doc.text).toBe('0123456789');
    expect(run(state, { type: 'edit', doc: doc('0123456789xyz') }).effects).toEqual([]);
  });

  it('flush saves over the stored rev; saved clears the journal and releases the hold', () => {
    const flushed = run(editing(), { type: 'flush' });
    expect(flushed.state.phase).toBe('saving');
    expect(flushed.effects).toEqual([{ type: 'cancelTimer' }, { type: 'save', doc: doc('mine'), expectedRev: 3 }]);
    const saved = run(flushed.state, { type: 'saved', stored: { doc: doc('mine'), rev: 4 }, now: 100_000 });
    expect(saved.state).toMatchObject({ phase: 'saved', rev: 4, dirty: false, holding: false });
    expect(saved.types).toEqual(['broadcast', 'revision', 'clearJournal', 'release']);
  });

  it('does not flush when clean, while loading, in conflict, or while a save is under way', () => {
    expect(run(idle(), { type: 'flush' }).effects).toEqual([]);
    expect(run(fresh(), { type: 'edit', doc: doc('x') }, { type: 'flush' }).types).not.toContain('save');
    expect(run(sending(), { type: 'flush' }).effects).toEqual([]);
  });

  it('text typed during a save is journalled over the new rev and saved again', () => {
    const { state, effects } = run(sending('a'), { type: 'edit', doc: doc('ab') }, { type: 'saved', stored: { doc: doc('a'), rev: 4 }, now: 0 });
    expect(state).toMatchObject({ phase: 'pending', dirty: true, rev: 4 });
    expect(effects.at(-2)).toEqual({ type: 'journal', doc: doc('ab'), baseRev: 4 });
    expect(effects.at(-1)).toEqual({ type: 'schedule', ms: 400 });
    expect(effects.map((e) => e.type)).not.toContain('clearJournal');
  });

  it('a save that fails keeps the text, reports, retries with backoff, then succeeds', () => {
    const problem = { kind: 'quota' as const, message: 'full' };
    const failed = run(sending(), { type: 'failed', problem });
    expect(failed.state).toMatchObject({ phase: 'error', dirty: true, problem, retryMs: 4000 });
    expect(failed.effects).toEqual([
      { type: 'report', problem },
      { type: 'schedule', ms: 2000 },
    ]);
    const again = run(failed.state, { type: 'flush' }, { type: 'failed', problem }, { type: 'flush' }, { type: 'failed', problem });
    expect(again.effects.filter((e) => e.type === 'schedule')).toEqual([
      { type: 'schedule', ms: 4000 },
      { type: 'schedule', ms: 8000 },
    ]);
    expect(again.state.retryMs).toBe(8000); // capped
    const ok = run(again.state, { type: 'flush' }, { type: 'saved', stored: { doc: doc('mine'), rev: 4 }, now: 0 });
    expect(ok.state).toMatchObject({ phase: 'saved', problem: null, retryMs: 2000, dirty: false });
    expect(ok.effects).toContainEqual({ type: 'report', problem: null });
  });

  it('an edit while failing keeps the error phase', () => {
    const failed = run(sending(), { type: 'failed', problem: null }).state;
    expect(run(failed, { type: 'edit', doc: doc('more') }).state.phase).toBe('error');
  });

  it('another tab’s save is adopted when idle, and is a conflict when this tab has unsaved text', () => {
    const adopted = run(idle(), { type: 'remote', current: { doc: doc('theirs'), rev: 4 } });
    expect(adopted.state).toMatchObject({ phase: 'saved', doc: { text: 'theirs' }, rev: 4 });
    expect(adopted.effects).toEqual([]);
    expect(run(idle(), { type: 'remote', current: { doc: doc('old'), rev: 3 } }).state.doc.text).toBe('stored');
    const clash = run(editing(), { type: 'remote', current: { doc: doc('theirs'), rev: 4 } });
    expect(clash.state).toMatchObject({ phase: 'conflict', theirs: { rev: 4 }, dirty: true });
    // Our text goes to History at once; the journal entry stays.
    expect(clash.effects).toEqual([{ type: 'revision', doc: doc('mine'), reason: 'manual' }, { type: 'cancelTimer' }]);
    // While a save is under way its answer decides.
    expect(run(sending(), { type: 'remote', current: { doc: doc('theirs'), rev: 4 } }).effects).toEqual([]);
  });

  it('a conflict mid-save: the save is refused, the user keeps theirs or mine', () => {
    const clash = run(sending(), { type: 'conflict', current: { doc: doc('theirs'), rev: 5 } });
    expect(clash.state).toMatchObject({ phase: 'conflict', sending: null, rev: 3 });
    expect(clash.types).toEqual(['revision', 'cancelTimer']);
    expect(run(clash.state, { type: 'flush' }).effects).toEqual([]); // nothing saves until the user chooses
    // Typing on in conflict: journalled, not saved.
    expect(run(clash.state, { type: 'edit', doc: doc('mine+') }).types).toEqual(['journal']);

    const mine = run(clash.state, { type: 'keepMine' });
    expect(mine.effects).toEqual([
      { type: 'revision', doc: doc('theirs'), reason: 'manual' },
      { type: 'cancelTimer' },
      { type: 'save', doc: doc('mine'), expectedRev: 5 },
    ]);
    expect(run(mine.state, { type: 'saved', stored: { doc: doc('mine'), rev: 6 }, now: 0 }).state).toMatchObject({ phase: 'saved', rev: 6, dirty: false });

    const theirs = run(clash.state, { type: 'takeTheirs' });
    expect(theirs.state).toMatchObject({ phase: 'saved', doc: { text: 'theirs' }, rev: 5, dirty: false, holding: false });
    expect(theirs.types).toEqual(['cancelTimer', 'clearJournal', 'release']); // ours is in History already
  });

  it('a conflict whose other version is our own text is no conflict', () => {
    const { state } = run(sending(), { type: 'conflict', current: { doc: doc('mine'), rev: 5 } });
    expect(state).toMatchObject({ phase: 'saved', rev: 5, dirty: false });
  });

  it('restores journalled text: saved again over the same rev, or a conflict over an older one', () => {
    const same = run(fresh(), { type: 'loaded', stored: { doc: doc('stored'), rev: 3 }, pending: { doc: doc('typed'), baseRev: 3 } });
    expect(same.state).toMatchObject({ phase: 'pending', doc: { text: 'typed' }, recovered: true, dirty: true });
    expect(same.types).toEqual(['journal', 'hold', 'schedule']);
    const older = run(fresh(), { type: 'loaded', stored: { doc: doc('newer'), rev: 4 }, pending: { doc: doc('typed'), baseRev: 3 } });
    expect(older.state).toMatchObject({ phase: 'conflict', doc: { text: 'typed' }, theirs: { rev: 4 }, rev: 3 });
    expect(older.types).toContain('revision');
    const equal = run(fresh(), { type: 'loaded', stored: { doc: doc('same'), rev: 4 }, pending: { doc: doc('same'), baseRev: 1 } });
    expect(equal.state).toMatchObject({ phase: 'idle', recovered: false });
  });

  it('text typed while its own save was in flight, the tab then closed: that save landed, so the text goes on top of it, no conflict', () => {
    // The tab: saving "Typed" over rev 3, then "Typed and left" typed before the save's answer came back.
    const typing = run(idle('', 3), { type: 'edit', doc: doc('Typed') }, { type: 'flush' }, { type: 'edit', doc: doc('Typed more') });
    const journalled = typing.effects.filter((e) => e.type === 'journal').at(-1) as Extract<Effect<Doc>, { type: 'journal' }>;
    expect(journalled).toEqual({ type: 'journal', doc: doc('Typed more'), baseRev: 3, sent: docHash(doc('Typed')) });
    const pending = { doc: journalled.doc, baseRev: journalled.baseRev, sent: journalled.sent };
    // Reopened: the store has rev 4, "Typed", the tab's own save.
    const own = run(fresh(), { type: 'loaded', stored: { doc: doc('Typed'), rev: 4 }, pending });
    expect(own.state).toMatchObject({ phase: 'pending', doc: { text: 'Typed more' }, rev: 4, dirty: true, recovered: true });
    expect(own.types).toEqual(['journal', 'hold', 'schedule']);
    // Another tab saved rev 4 with other text, or two saves landed: a conflict, as before.
    expect(run(fresh(), { type: 'loaded', stored: { doc: doc('Theirs'), rev: 4 }, pending }).state.phase).toBe('conflict');
    expect(run(fresh(), { type: 'loaded', stored: { doc: doc('Typed'), rev: 5 }, pending }).state.phase).toBe('conflict');
    // No save in flight, no mark: the entry names none.
    expect(run(idle('', 3), { type: 'edit', doc: doc('x') }).effects[0]).toEqual({ type: 'journal', doc: doc('x'), baseRev: 3 });
  });

  it('the closed tab’s save lands only after the text was restored here: saved on top of it, no conflict', () => {
    // Restored "Typed more" (typed while "Typed" was being saved over rev 3); the store still had rev 3 when read.
    const pending = { doc: doc('Typed more'), baseRev: 3, sent: docHash(doc('Typed')) };
    const restored = run(fresh(), { type: 'loaded', stored: { doc: doc(''), rev: 3 }, pending }, { type: 'flush' });
    expect(restored.state).toMatchObject({ phase: 'saving', rev: 3, inFlight: { baseRev: 3, hash: docHash(doc('Typed')) } });
    // Then that save commits, and ours is refused: it goes again over rev 4.
    const late = run(restored.state, { type: 'conflict', current: { doc: doc('Typed'), rev: 4 } });
    expect(late.state).toMatchObject({ phase: 'pending', doc: { text: 'Typed more' }, rev: 4, dirty: true, theirs: null, inFlight: null });
    expect(late.types).toEqual(['journal', 'schedule']);
    const saved = run(late.state, { type: 'flush' }, { type: 'saved', stored: { doc: doc('Typed more'), rev: 5 }, now: 1 });
    expect(saved.state).toMatchObject({ phase: 'saved', rev: 5, dirty: false });
    // Seen as a remote change before our save went: the same, no conflict.
    const typing = run(fresh(), { type: 'loaded', stored: { doc: doc(''), rev: 3 }, pending });
    expect(run(typing.state, { type: 'remote', current: { doc: doc('Typed'), rev: 4 } }).state).toMatchObject({ phase: 'pending', rev: 4, dirty: true });
    // Other text at rev 4, or a rev further on: a real conflict, the user chooses.
    expect(run(restored.state, { type: 'conflict', current: { doc: doc('Theirs'), rev: 4 } }).state.phase).toBe('conflict');
    expect(run(restored.state, { type: 'conflict', current: { doc: doc('Typed'), rev: 5 } }).state.phase).toBe('conflict');
    expect(run(typing.state, { type: 'remote', current: { doc: doc('Theirs'), rev: 4 } }).state.phase).toBe('conflict');
    // Once a save of ours has landed, the mark is gone: a later "Typed" at the next rev is someone else's.
    expect(saved.state.inFlight).toBeNull();
  });

  it('text typed while loading wins over the stored text, saved over the stored rev', () => {
    const { state } = run(fresh(), { type: 'edit', doc: doc('early') }, { type: 'loaded', stored: { doc: doc('stored'), rev: 7 }, pending: null });
    expect(state).toMatchObject({ phase: 'pending', doc: { text: 'early' }, rev: 7 });
  });

  it('history snapshots: before a framework switch or restore, never empty text, never the same text twice', () => {
    const snap = run(editing('before'), { type: 'edit', doc: doc('after'), snapshot: 'restore' });
    expect(snap.effects[0]).toEqual({ type: 'revision', doc: doc('before'), reason: 'restore' });
    expect(run(idle(''), { type: 'edit', doc: doc('x'), snapshot: 'framework-switch' }).types).not.toContain('revision');
    const clash = run(editing('m'), { type: 'remote', current: { doc: doc('t'), rev: 9 } }, { type: 'remote', current: { doc: doc('t2'), rev: 10 } });
    expect(clash.effects.filter((e) => e.type === 'revision')).toHaveLength(1);
    expect(run(editing(), { type: 'remote', current: { doc: doc('t'), rev: 9 } }).types).toContain('revision');
    expect(step({ ...config, revisions: false }, editing(), { type: 'remote', current: { doc: doc('t'), rev: 9 } }).effects.map((e) => e.type)).not.toContain(
      'revision',
    );
  });

  it('an autosave revision at most once per interval', () => {
    const first = run(sending('a'), { type: 'saved', stored: { doc: doc('a'), rev: 4 }, now: 100_000 });
    const second = run(first.state, { type: 'edit', doc: doc('ab') }, { type: 'flush' }, { type: 'saved', stored: { doc: doc('ab'), rev: 5 }, now: 130_000 });
    expect(second.types).not.toContain('revision');
    const third = run(second.state, { type: 'edit', doc: doc('abc') }, { type: 'flush' }, { type: 'saved', stored: { doc: doc('abc'), rev: 6 }, now: 170_001 });
    expect(third.types).toContain('revision');
  });

  it('gone: the text stays on screen and nothing more is saved; discard drops it', () => {
    const gone = run(sending(), { type: 'gone' });
    expect(gone.state).toMatchObject({ phase: 'gone', doc: { text: 'mine' } });
    expect(run(gone.state, { type: 'edit', doc: doc('more') }, { type: 'flush' })).toMatchObject({ effects: [], state: { doc: { text: 'more' } } });
    expect(run(gone.state, { type: 'remote', current: { doc: doc('t'), rev: 9 } }).effects).toEqual([]);
    const dropped = run(editing(), { type: 'discard' });
    expect(dropped.state).toMatchObject({ phase: 'gone', dirty: false, holding: false });
    expect(dropped.types).toEqual(['cancelTimer', 'clearJournal', 'release']);
  });

  it('remembers whether the journal could be written', () => {
    const broken = run(editing(), { type: 'journalWritten', ok: false }).state;
    expect(broken.journalOk).toBe(false);
    expect(run(broken, { type: 'journalWritten', ok: true }).state.journalOk).toBe(true);
  });
});
