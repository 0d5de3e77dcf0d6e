/**
 * The editing engine's effect shell: runs the machine's effects (timers, journal, the other tabs'
 * channel, the store adapter, update holds) and feeds their outcomes back as events. No decisions here.
 */
import { signal } from '@preact/signals';
import { toStorageProblem } from '../../store/errors';
import { journalSetAside } from '../attention';
import type { SaveOutcome, ShellDeps, StoreAdapter } from './adapter';
import { initialState, step, type EditorEvent, type EditorState, type Effect, type RevisionReason } from './machine';
import { restorable } from './restore';

export type * from './adapter';

interface Saved {
  kind: string;
  id: string;
  rev: number;
  from: string;
}

export function openEditor<V>(adapter: StoreAdapter<V>, id: string, deps: ShellDeps, initial: V = adapter.empty) {
  const config = adapter.config;
  const state = signal<EditorState<V>>(initialState(initial, config));
  /** Keys of journal entries that could not be read and were moved aside. */
  const setAside = signal<string[]>([]);
  const inFlight = new Set<Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let release: (() => void) | null = null;
  let disposed = false;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };
  const settled = async (): Promise<void> => {
    while (inFlight.size) await Promise.allSettled([...inFlight]);
  };

  function dispatch(event: EditorEvent<V>): void {
    const next = step(config, state.value, event);
    state.value = next.state;
    for (const effect of next.effects) run(effect);
  }

  function run(effect: Effect<V>): void {
    switch (effect.type) {
      case 'journal': {
        const ok = adapter.journal.write(id, deps.tabId, { doc: effect.doc, baseRev: effect.baseRev, at: deps.now(), sent: effect.sent });
        return dispatch({ type: 'journalWritten', ok });
      }
      case 'clearJournal':
        return adapter.journal.clear(id, deps.tabId);
      case 'schedule':
        clearTimeout(timer);
        if (!disposed) timer = setTimeout(() => dispatch({ type: 'flush' }), effect.ms);
        return;
      case 'cancelTimer':
        return clearTimeout(timer);
      case 'save':
        void track(adapter.save(id, effect.doc, effect.expectedRev).catch((error: unknown) => ({ ok: false as const, problem: toStorageProblem(error) }))).then(
          (outcome) => dispatch(outcomeEvent(outcome, deps.now())),
        );
        return;
      case 'broadcast':
        return post({ kind: adapter.kind, id, rev: effect.rev, from: deps.tabId });
      case 'revision':
        // Text that may be only on screen (a conflict, a restore) stays in the journal, under a key of its own, if History refuses it.
        void toHistory(effect.doc, effect.reason).then((ok) => ok || effect.reason === 'autosave' || keepAside(effect.doc));
        return;
      case 'hold':
        release ??= deps.holdUpdates('unsaved text');
        return;
      case 'release':
        release?.();
        release = null;
        return;
      case 'report':
        return deps.report(effect.problem);
    }
  }

  /** Writes to History; a failure is reported and resolves false, never throws. */
  async function toHistory(doc: V, reason: RevisionReason): Promise<boolean> {
    if (!adapter.addRevision) return false;
    const outcome = await track(adapter.addRevision(id, doc, reason).catch((error: unknown) => ({ ok: false as const, problem: toStorageProblem(error) })));
    if (!outcome.ok && outcome.problem) deps.report(outcome.problem);
    return outcome.ok;
  }
  let asideCount = 0;
  /** A journal entry no later keystroke overwrites: no tab holds its name, so the next open restores it. */
  function keepAside(doc: V): void {
    adapter.journal.write(id, `${deps.tabId}-kept${++asideCount}`, { doc, baseRev: state.value.rev, at: deps.now() });
  }

  function post(message: Saved): void {
    try {
      deps.channel?.postMessage(message);
    } catch {
      /* a closed channel: other tabs catch up when they next open the record */
    }
  }

  async function load(): Promise<void> {
    const [loaded, live] = await Promise.all([adapter.load(id), deps.liveTabs()]);
    if (disposed) return;
    if (!loaded.ok) return dispatch({ type: 'unavailable', problem: loaded.problem });
    const { entries, setAside: bad } = adapter.journal.readAll(id);
    setAside.value = bad;
    if (bad.length) journalSetAside();
    const found = restorable(entries, { tabId: deps.tabId, live, stored: loaded.stored, equal: config.equal, hasHistory: Boolean(adapter.addRevision) });
    for (const { doc, key } of found.toHistory) {
      void toHistory(doc, 'manual').then((ok) => ok && key !== null && adapter.journal.remove(key)); // a failed write leaves it for the next open
    }
    dispatch({ type: 'loaded', stored: loaded.stored, pending: found.pending });
    for (const key of found.remove) adapter.journal.remove(key);
    if (!state.value.dirty) adapter.journal.clear(id, deps.tabId);
  }
  /** A closed connection or a failed read: the editor says so instead of staying on "Loading…". */
  const unavailable = (error: unknown) => {
    if (!disposed) dispatch({ type: 'unavailable', problem: toStorageProblem(error) });
  };

  const onMessage = (event: MessageEvent) => {
    const m = event.data as Partial<Saved> | null;
    if (!m || m.kind !== adapter.kind || m.id !== id || m.from === deps.tabId || (m.rev ?? 0) <= state.value.rev) return;
    void adapter
      .load(id)
      .then((fresh) => {
        if (fresh.ok && fresh.stored) dispatch({ type: 'remote', current: fresh.stored });
      })
      .catch(unavailable);
  };
  const flushNow = () => dispatch({ type: 'flush' });
  const onHidden = () => document.visibilityState === 'hidden' && flushNow();
  deps.channel?.addEventListener('message', onMessage);
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onHidden);
  }
  void track(load().catch(unavailable));

  /** Flushes and resolves once no save or revision is under way. */
  async function flush(): Promise<void> {
    dispatch({ type: 'flush' });
    await settled();
  }

  return {
    id,
    state,
    setAside,
    /** A function edit sees the newest doc: two keystrokes before a render must not lose the first. */
    edit(change: V | ((doc: V) => V), snapshot?: RevisionReason) {
      const doc = typeof change === 'function' ? (change as (doc: V) => V)(state.value.doc) : change;
      dispatch({ type: 'edit', doc, snapshot });
    },
    flush,
    async keepMine() {
      dispatch({ type: 'keepMine' });
      await settled();
    },
    async takeTheirs() {
      dispatch({ type: 'takeTheirs' });
      await settled();
    },
    /** The record was deleted elsewhere: keep the text on screen, save nothing more. */
    gone: () => dispatch({ type: 'gone' }),
    /** Drops the unsaved text and waits for a save under way (the record is about to be deleted). */
    async discard() {
      dispatch({ type: 'discard' });
      await settled();
    },
    dispose() {
      dispatch({ type: 'flush' });
      disposed = true;
      deps.channel?.removeEventListener('message', onMessage);
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', flushNow);
        document.removeEventListener('visibilitychange', onHidden);
      }
      // The text stays in the journal if the last save fails; the hold goes with the editor.
      void settled().then(() => {
        clearTimeout(timer);
        release?.();
        release = null;
      });
    },
  };
}

export type EditorSession<V> = ReturnType<typeof openEditor<V>>;

function outcomeEvent<V>(outcome: SaveOutcome<V>, now: number): EditorEvent<V> {
  if (outcome.ok) return { type: 'saved', stored: outcome.stored, now };
  if ('current' in outcome) return { type: 'conflict', current: outcome.current };
  return outcome.gone ? { type: 'gone' } : { type: 'failed', problem: outcome.problem };
}
