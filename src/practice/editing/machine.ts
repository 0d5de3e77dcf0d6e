/**
 * The editing engine's logic for anything the user types (drafts, stories): a pure reducer,
 * state + event → state + effects. No timers, storage, DOM or clock inside; the shell runs the effects.
 */
import type { EditorConfig, EditorEvent, EditorState, Effect, RevisionReason, SavePhase, Step, Stored } from './types';
import { docHash } from './doc-hash';

export type * from './types';

export function initialState<V>(doc: V, config: EditorConfig<V>): EditorState<V> {
  return {
    phase: 'loading',
    doc,
    rev: 0,
    dirty: false,
    sending: null,
    theirs: null,
    problem: null,
    retryMs: config.retryFirstMs,
    recovered: false,
    journalOk: true,
    holding: false,
    lastRevisionAt: 0,
    inHistory: null,
    inFlight: null,
  };
}

export function step<V>(config: EditorConfig<V>, s: EditorState<V>, event: EditorEvent<V>): Step<V> {
  const fx: Effect<V>[] = [];
  const next = reduce(config, { ...s }, event, fx);
  return { state: next, effects: fx };
}

function reduce<V>(c: EditorConfig<V>, s: EditorState<V>, e: EditorEvent<V>, fx: Effect<V>[]): EditorState<V> {
  switch (e.type) {
    case 'loaded': {
      if (s.phase !== 'loading') return s;
      s.rev = e.stored?.rev ?? 0;
      if (s.dirty) return dirty(c, s, s.doc, fx, 'pending'); // typed while loading: that text wins, over the stored rev
      if (e.stored) s.doc = e.stored.doc;
      const pending = e.pending;
      if (!pending || c.equal(pending.doc, s.doc)) return { ...s, phase: 'idle' };
      s.recovered = true;
      // This tab's own save was in flight as it closed and landed: the text typed after it goes on top, nothing to choose.
      const ownSaveLanded = !!e.stored && isOwnSave(pending.sent === undefined ? null : { baseRev: pending.baseRev, hash: pending.sent }, e.stored);
      if (e.stored && pending.baseRev !== s.rev && !ownSaveLanded) {
        s.rev = pending.baseRev;
        return conflict(c, dirty(c, s, pending.doc, fx, 'conflict'), e.stored, fx);
      }
      // Not landed yet: it may still land, after this page read the store (see `inFlight`).
      if (!ownSaveLanded && pending.sent !== undefined && pending.baseRev === s.rev) s.inFlight = { baseRev: pending.baseRev, hash: pending.sent };
      return dirty(c, s, pending.doc, fx, 'pending');
    }
    case 'unavailable':
      if (e.problem) fx.push({ type: 'report', problem: e.problem }); // the banner says why
      return { ...s, phase: 'error', problem: e.problem };
    case 'edit': {
      const doc = c.clamp(e.doc);
      if (c.equal(doc, s.doc) && !e.snapshot) return s;
      if (e.snapshot) history(c, s, s.doc, e.snapshot, fx);
      if (s.phase === 'gone') return { ...s, doc };
      const keep = s.phase === 'conflict' || s.phase === 'error' || s.phase === 'loading';
      return dirty(c, s, doc, fx, keep ? s.phase : 'pending');
    }
    case 'flush':
      if (!s.dirty || s.sending || s.phase === 'loading' || s.phase === 'conflict' || s.phase === 'gone') return s;
      fx.push({ type: 'cancelTimer' }, { type: 'save', doc: s.doc, expectedRev: s.rev });
      return { ...s, phase: 'saving', sending: s.doc };
    case 'saved': {
      const sent = s.sending;
      s = { ...s, sending: null, rev: e.stored.rev, theirs: null, retryMs: c.retryFirstMs, inFlight: null };
      if (s.phase === 'gone') return s;
      fx.push({ type: 'broadcast', rev: s.rev });
      if (s.problem) fx.push({ type: 'report', problem: null });
      s.problem = null;
      if (c.revisions && e.now - s.lastRevisionAt > c.revisionEveryMs && !c.isEmpty(e.stored.doc)) {
        fx.push({ type: 'revision', doc: e.stored.doc, reason: 'autosave' });
        s.lastRevisionAt = e.now;
      }
      if (sent === s.doc) return clean(s, fx, 'saved');
      return dirty(c, s, s.doc, fx, 'pending'); // typed during the save: journal it over the new rev, save again
    }
    case 'conflict':
      // The closed tab's own save landed after this page loaded: ours was typed on top of it, so save again over it.
      if (isOwnSave(s.inFlight, e.current)) return dirty(c, { ...s, sending: null, rev: e.current.rev, inFlight: null }, s.doc, fx, 'pending');
      return conflict(c, { ...s, sending: null }, e.current, fx);
    case 'failed':
      if (s.phase === 'gone') return { ...s, sending: null };
      if (e.problem) fx.push({ type: 'report', problem: e.problem });
      fx.push({ type: 'schedule', ms: s.retryMs });
      return { ...s, sending: null, phase: 'error', problem: e.problem, retryMs: Math.min(s.retryMs * 2, c.retryMaxMs) };
    case 'remote':
      if (e.current.rev <= s.rev || s.sending || s.phase === 'loading' || s.phase === 'gone') return s;
      if (s.dirty && isOwnSave(s.inFlight, e.current)) return dirty(c, { ...s, rev: e.current.rev, inFlight: null }, s.doc, fx, 'pending');
      if (s.dirty) return conflict(c, s, e.current, fx); // both tabs changed it: the user picks
      return { ...s, doc: e.current.doc, rev: e.current.rev, phase: 'saved' };
    case 'keepMine': {
      if (s.phase !== 'conflict' || !s.theirs) return s;
      history(c, s, s.theirs.doc, 'manual', fx);
      fx.push({ type: 'cancelTimer' }, { type: 'save', doc: s.doc, expectedRev: s.theirs.rev });
      return { ...s, rev: s.theirs.rev, theirs: null, phase: 'saving', sending: s.doc };
    }
    case 'takeTheirs': {
      if (s.phase !== 'conflict' || !s.theirs) return s;
      history(c, s, s.doc, 'manual', fx);
      fx.push({ type: 'cancelTimer' });
      return clean({ ...s, doc: s.theirs.doc, rev: s.theirs.rev, theirs: null }, fx, 'saved');
    }
    case 'gone':
      fx.push({ type: 'cancelTimer' });
      return { ...s, phase: 'gone', theirs: null, sending: null };
    case 'discard':
      fx.push({ type: 'cancelTimer' });
      return clean({ ...s, theirs: null }, fx, 'gone');
    case 'journalWritten':
      return s.journalOk === e.ok ? s : { ...s, journalOk: e.ok };
  }
}

/** Whether `stored` is exactly the save `sent` names: the rev after its base, with its text. */
function isOwnSave<V>(sent: { baseRev: number; hash: number } | null, stored: Stored<V>): boolean {
  return sent !== null && stored.rev === sent.baseRev + 1 && docHash(stored.doc) === sent.hash;
}

/** `doc` is unsaved: into the journal at once, the update held, a save scheduled unless the user must choose first. */
function dirty<V>(c: EditorConfig<V>, s: EditorState<V>, doc: V, fx: Effect<V>[], phase: SavePhase): EditorState<V> {
  fx.push({ type: 'journal', doc, baseRev: s.rev, ...(s.sending ? { sent: docHash(s.sending) } : {}) });
  if (!s.holding) fx.push({ type: 'hold' });
  if (phase !== 'conflict' && phase !== 'loading') fx.push({ type: 'schedule', ms: c.saveDelayMs });
  return { ...s, doc, dirty: true, holding: true, phase };
}

/** The store has what is on screen: the journal entry and the update hold go. */
function clean<V>(s: EditorState<V>, fx: Effect<V>[], phase: SavePhase): EditorState<V> {
  fx.push({ type: 'clearJournal' });
  if (s.holding) fx.push({ type: 'release' });
  return { ...s, dirty: false, holding: false, phase };
}

/** Our text stays in the journal and goes to History now, so closing this tab loses nothing. */
function conflict<V>(c: EditorConfig<V>, s: EditorState<V>, theirs: Stored<V>, fx: Effect<V>[]): EditorState<V> {
  // The other tab saved exactly our text (e.g. this tab's own save, finished while it was closing): nothing to choose.
  if (c.equal(theirs.doc, s.doc)) return clean({ ...s, rev: theirs.rev, theirs: null }, fx, 'saved');
  history(c, s, s.doc, 'manual', fx);
  fx.push({ type: 'cancelTimer' });
  return { ...s, theirs, phase: 'conflict', dirty: true };
}

function history<V>(c: EditorConfig<V>, s: EditorState<V>, doc: V, reason: RevisionReason, fx: Effect<V>[]): void {
  if (!c.revisions || c.isEmpty(doc) || (s.inHistory !== null && c.equal(doc, s.inHistory))) return;
  fx.push({ type: 'revision', doc, reason });
  s.inHistory = doc;
}
