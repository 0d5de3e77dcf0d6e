/** What the editing shell needs of one record kind (its store calls, journal, rules) and of the browser. */
import type { StorageProblem } from '../../store/errors';
import type { Journal } from '../journal';
import type { EditorConfig, RevisionReason, Stored } from './types';

/** A record as loaded, with when it was last saved (for telling stale journal entries without Web Locks). */
export type Loaded<V> = Stored<V> & { updatedAt: number };
export type LoadOutcome<V> = { ok: true; stored: Loaded<V> | null } | { ok: false; problem: StorageProblem | null };
/** A write that reports its failure instead of throwing; `problem` null: already reported (no database). */
export type WriteOutcome = { ok: true } | { ok: false; problem: StorageProblem | null };
export type SaveOutcome<V> =
  { ok: true; stored: Stored<V> } | { ok: false; current: Stored<V> } | { ok: false; problem: StorageProblem | null; gone?: boolean };

/** What the engine needs of one record kind: its store calls, its journal and its rules. */
export interface StoreAdapter<V> {
  kind: string;
  empty: V;
  config: EditorConfig<V>;
  journal: Journal<V>;
  load(id: string): Promise<LoadOutcome<V>>;
  /** Saves only if the store still has `expectedRev`. */
  save(id: string, doc: V, expectedRev: number): Promise<SaveOutcome<V>>;
  addRevision?(id: string, doc: V, reason: RevisionReason): Promise<WriteOutcome>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface ShellDeps {
  tabId: string;
  liveTabs(): Promise<Set<string> | null>;
  channel: ChannelLike | null;
  now(): number;
  holdUpdates(reason: string): () => void;
  report(problem: StorageProblem | null): void;
}
