/** The editing engine's vocabulary: its phases, state, events and effects, for drafts and stories alike. */
import type { StorageProblem } from '../../store/errors';

export type SavePhase = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict' | 'gone';
export type RevisionReason = 'autosave' | 'restore' | 'framework-switch' | 'manual';

/** A record as the store holds it: the editable part and its revision counter. */
export interface Stored<V> {
  doc: V;
  rev: number;
}
/** Unsaved text found in the journal, typed over `baseRev`. */
export interface Pending<V> {
  doc: V;
  baseRev: number;
  /** docHash of the text its tab was saving as it typed this (that save, if it landed, is rev baseRev + 1). */
  sent?: number;
}

export interface EditorConfig<V> {
  clamp(doc: V): V;
  equal(a: V, b: V): boolean;
  isEmpty(doc: V): boolean;
  /** Whether the kind keeps History (drafts do, stories do not). */
  revisions: boolean;
  saveDelayMs: number;
  retryFirstMs: number;
  retryMaxMs: number;
  revisionEveryMs: number;
}

export interface EditorState<V> {
  phase: SavePhase;
  doc: V;
  /** The stored rev `doc` was typed over; a save expects the store to still have it. */
  rev: number;
  /** `doc` has text the store does not (it is in the journal). */
  dirty: boolean;
  /** The doc of the save under way, or null. */
  sending: V | null;
  /** While in conflict: the other tab's version. */
  theirs: Stored<V> | null;
  problem: StorageProblem | null;
  retryMs: number;
  recovered: boolean;
  journalOk: boolean;
  holding: boolean;
  lastRevisionAt: number;
  /** The last text of ours written to History, so a conflict does not write it twice. */
  inHistory: V | null;
  /**
   * Restored text was typed while its closed tab's save (this hash, over `baseRev`) was in flight, and that save
   * had not landed when this editor loaded. It may land later (the closed page's transaction commits after this
   * page read the store): a conflict with exactly that save is no conflict, the text goes on top of it.
   */
  inFlight: { baseRev: number; hash: number } | null;
}

export type EditorEvent<V> =
  | { type: 'loaded'; stored: Stored<V> | null; pending: Pending<V> | null }
  | { type: 'unavailable'; problem: StorageProblem | null }
  /** `snapshot`: keep the text before this edit in History first (framework switch, restore). */
  | { type: 'edit'; doc: V; snapshot?: RevisionReason }
  /** The debounce or retry timer fired, or the page was left (blur, hidden, pagehide). */
  | { type: 'flush' }
  | { type: 'saved'; stored: Stored<V>; now: number }
  | { type: 'conflict'; current: Stored<V> }
  | { type: 'failed'; problem: StorageProblem | null }
  | { type: 'remote'; current: Stored<V> }
  | { type: 'keepMine' }
  | { type: 'takeTheirs' }
  /** The record was deleted elsewhere: the text stays on screen, nothing more is saved. */
  | { type: 'gone' }
  /** Drop the unsaved text: the record is about to be deleted. */
  | { type: 'discard' }
  | { type: 'journalWritten'; ok: boolean };

export type Effect<V> =
  | { type: 'journal'; doc: V; baseRev: number; sent?: number }
  | { type: 'clearJournal' }
  | { type: 'schedule'; ms: number }
  | { type: 'cancelTimer' }
  | { type: 'save'; doc: V; expectedRev: number }
  | { type: 'broadcast'; rev: number }
  | { type: 'revision'; doc: V; reason: RevisionReason }
  | { type: 'hold' }
  | { type: 'release' }
  | { type: 'report'; problem: StorageProblem | null };

export interface Step<V> {
  state: EditorState<V>;
  effects: Effect<V>[];
}
