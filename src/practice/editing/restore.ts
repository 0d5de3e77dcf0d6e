import type { JournalEntry } from '../journal';
import type { Loaded } from './adapter';
import type { Pending } from './types';

export interface Restorable<V> {
  /** The newest unsaved text of a tab that is gone, to restore into this editor. */
  pending: Pending<V> | null;
  /** Older unsaved texts of gone tabs, for History; each key goes only once its History write succeeded. */
  toHistory: { doc: V; key: string | null }[];
  /** Journal keys this editor has taken over at once (its own key is rewritten, not removed). */
  remove: string[];
}

/**
 * Which journal entries belong to tabs that are gone: those whose Web Lock is not held, this tab's
 * own (an earlier editor here), and pre-tab entries. Without Web Locks (`live` null), entries older
 * than the newest save. Entries of open tabs are theirs: left alone.
 */
export function restorable<V>(
  entries: JournalEntry<V>[],
  {
    tabId,
    live,
    stored,
    equal,
    hasHistory,
  }: { tabId: string; live: Set<string> | null; stored: Loaded<V> | null; equal(a: V, b: V): boolean; hasHistory: boolean },
): Restorable<V> {
  const gone = (tab: string | null) => tab === null || tab === tabId || (live ? !live.has(tab) : false);
  const orphans = entries.filter((e) => gone(e.tab) || (!live && e.at < (stored?.updatedAt ?? 0)));
  const unsaved = orphans.filter((e) => !stored || !equal(e.doc, stored.doc)).sort((a, b) => b.at - a.at);
  const [newest, ...older] = unsaved;
  // An older text leaves the journal only once it is in History (without History, never): never dropped.
  return {
    pending: newest ? { doc: newest.doc, baseRev: newest.baseRev, ...(newest.sent === undefined ? {} : { sent: newest.sent }) } : null,
    toHistory: hasHistory ? older.map((e) => ({ doc: e.doc, key: e.tab === tabId ? null : e.key })) : [],
    remove: orphans.filter((e) => !older.includes(e) && e.tab !== tabId).map((e) => e.key),
  };
}
