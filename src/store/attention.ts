/**
 * Records that failed their schema when read back: set aside (never returned to a caller) and listed
 * here so the app can say so. They are never deleted: a backup may still restore them.
 * No valibot here, so the app shell can show the list without loading the schemas.
 */
import type { RecordKind } from './records.ts';

export interface BadRecord {
  kind: RecordKind;
  /** The record's key as text, e.g. a question id, a story id, "take-abc #3" for a chunk. */
  key: string;
  /** What is wrong, e.g. `"createdAt" is missing`. */
  problem: string;
}

type Listener = (bad: readonly BadRecord[]) => void;

const found = new Map<string, BadRecord>();
const listeners = new Set<Listener>();
const idOf = (kind: RecordKind, key: string) => `${kind}\u0000${key}`;

function changed(): void {
  const list = badRecords();
  for (const listener of listeners) listener(list);
}

export function reportBadRecord(bad: BadRecord): void {
  const id = idOf(bad.kind, bad.key);
  if (found.get(id)?.problem === bad.problem) return;
  found.set(id, bad);
  changed();
}

/** A record read back fine (rewritten, or restored from a backup): it no longer needs attention. */
export function clearBadRecord(kind: RecordKind, key: string): void {
  if (found.size && found.delete(idOf(kind, key))) changed();
}

export function badRecords(): BadRecord[] {
  return [...found.values()];
}

/** Calls `listener` with the whole list on every change; returns the unsubscribe. */
export function onBadRecords(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget every report. */
export function forgetBadRecords(): void {
  found.clear();
  changed();
}

/** How a key reads to a person: chunk keys are [takeId, seq]. */
export function keyText(key: unknown): string {
  if (Array.isArray(key)) return key.map(keyText).join(' #');
  if (typeof key === 'string') return key;
  if (typeof key === 'number') return String(key);
  return JSON.stringify(key) ?? String(key);
}
