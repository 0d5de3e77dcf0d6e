import type { JournalEntry } from '../journal';
import type { Loaded } from './adapter';
import type { Pending } from './types';

export interface Restorable<V> {
  /** The newest unsaved text of a tab that is gone, to restore into this editor. */
  pending: Pending<V> | null;
  /** Older unsaved texts of gone tabs, for History. */
  toHistory: V[];
  /** Journal keys this editor has taken over (its own key is rewritten, not removed). */
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
  // Without History an older text stays where it is, for a later open: never dropped.
  const kept = hasHistory ? [] : older;
  return {
    pending: newest ? { doc: newest.doc, baseRev: newest.baseRev } : null,
    toHistory: hasHistory ? older.map((e) => e.doc) : [],
    remove: orphans.filter((e) => !kept.includes(e) && e.tab !== tabId).map((e) => e.key),
  };
}
