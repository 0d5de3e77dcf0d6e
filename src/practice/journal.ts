import * as v from 'valibot';
import { FRAMEWORK_IDS, type FrameworkId } from '../shared/frameworks';
import { SET_ASIDE_PREFIX } from './journal-keys';

export { clearAllJournals, SET_ASIDE_PREFIX, setAsideKeys } from './journal-keys';

/**
 * A synchronous copy of unsaved text in localStorage, written on every edit: IndexedDB writes are
 * asynchronous and a tab closed inside the autosave debounce would lose them. One entry per record
 * AND tab, so one tab's save never clears another tab's text. Entries are untrusted when read back:
 * a malformed one is moved aside (under `rehearse:set-aside:`) and reported, never thrown into a render.
 */
export interface JournalEntry<V> {
  doc: V;
  /** The stored rev this text was typed over: another tab may have saved since. */
  baseRev: number;
  at: number;
  /** The tab that wrote it; null for an entry from before entries were kept per tab. */
  tab: string | null;
  /** docHash of the text the tab was saving when this was typed: if it landed, it is at baseRev + 1. */
  sent?: number;
  key: string;
}

export interface JournalRead<V> {
  entries: JournalEntry<V>[];
  /** Keys of malformed entries, now moved aside. */
  setAside: string[];
}

export interface Journal<V> {
  /** False when localStorage refused (full or blocked): the closed-tab protection is off. */
  write(id: string, tab: string, entry: { doc: V; baseRev: number; at: number; sent?: number }): boolean;
  clear(id: string, tab: string): void;
  readAll(id: string): JournalRead<V>;
  remove(key: string): void;
  /** Every entry of the record, as stored, removed and handed back (a delete with Undo); `putBack` restores them. */
  take(id: string): Record<string, string>;
}

type EntrySchema<V> = v.GenericSchema<unknown, { doc: V; baseRev: number; at: number }>;

export function journal<V extends object>(kind: string, schema: EntrySchema<V>): Journal<V> {
  const base = (id: string) => `rehearse:unsaved-${kind}:${id}`;
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return run();
    } catch {
      return fallback; // storage blocked: IndexedDB is still the real store
    }
  };
  return {
    write: (id, tab, entry) =>
      attempt(() => {
        const sent = entry.sent === undefined ? {} : { sent: entry.sent };
        localStorage.setItem(`${base(id)}:${tab}`, JSON.stringify({ ...entry.doc, baseRev: entry.baseRev, at: entry.at, ...sent }));
        return true;
      }, false),
    clear: (id, tab) => attempt(() => localStorage.removeItem(`${base(id)}:${tab}`), undefined),
    remove: (key) => attempt(() => localStorage.removeItem(key), undefined),
    readAll(id) {
      const read: JournalRead<V> = { entries: [], setAside: [] };
      for (const key of attempt(() => keysOf(base(id)), [])) {
        const raw = attempt(() => localStorage.getItem(key), null);
        if (raw === null) continue;
        const json = attempt(() => JSON.parse(raw) as unknown, undefined);
        const parsed = v.safeParse(schema, json);
        if (parsed.success) {
          const tab = key === base(id) ? null : key.slice(base(id).length + 1);
          const sent = (json as { sent?: unknown }).sent;
          read.entries.push({ ...parsed.output, tab, key, ...(typeof sent === 'number' && Number.isInteger(sent) ? { sent } : {}) });
        } else {
          // Only once the copy is written does the entry go: a full storage keeps it where it is.
          const copied = attempt(() => (localStorage.setItem(SET_ASIDE_PREFIX + key, raw), true), false);
          if (copied) attempt(() => localStorage.removeItem(key), undefined);
          read.setAside.push(key);
        }
      }
      return read;
    },
    take(id) {
      const taken: Record<string, string> = {};
      for (const key of attempt(() => keysOf(base(id)), [])) {
        taken[key] = attempt(() => localStorage.getItem(key), null) ?? '';
        attempt(() => localStorage.removeItem(key), undefined);
      }
      return taken;
    },
  };
}

/** Undo of `take`: the entries back as they were. Full or blocked storage: the stored record is back, only unsaved keystrokes are not. */
export function putBack(entries: Record<string, string>): void {
  for (const [key, value] of Object.entries(entries)) {
    try {
      localStorage.setItem(key, value);
    } catch {
      return;
    }
  }
}

/** The record's per-tab keys, and its one key from before entries were kept per tab. */
function keysOf(base: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key === base || key?.startsWith(`${base}:`)) keys.push(key);
  }
  return keys;
}

const framework = v.picklist(FRAMEWORK_IDS);
const fields = v.record(v.string(), v.string());
const stamp = { baseRev: v.number(), at: v.number() };

export interface DraftDoc {
  framework: FrameworkId;
  fields: Record<string, string>;
}
export const draftJournal = journal<DraftDoc>(
  'draft',
  v.pipe(
    v.object({ framework, fields, ...stamp }),
    v.transform(({ framework, fields, baseRev, at }) => ({ doc: { framework, fields }, baseRev, at })),
  ),
);

export interface StoryDoc {
  title: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  /** As typed, commas and all; a list only in the store. */
  tags: string;
  metric: string;
}
export const storyJournal = journal<StoryDoc>(
  'story',
  v.pipe(
    v.object({
      title: v.string(),
      framework,
      fields,
      // Entries from before per-tab keys held a list of tags and no rev: -1 never matches, so the user chooses.
      tags: v.union([
        v.string(),
        v.pipe(
          v.array(v.string()),
          v.transform((tags) => tags.join(', ')),
        ),
      ]),
      metric: v.string(),
      baseRev: v.optional(v.number(), -1),
      at: v.optional(v.number(), 0),
    }),
    v.transform(({ baseRev, at, ...doc }) => ({ doc, baseRev, at })),
  ),
);

/** A take's name and notes as typed, and the stored text they were typed over (another tab may have saved since). */
export interface TakeTextDoc {
  name: string;
  notes: string;
  baseName: string;
  baseNotes: string;
}
export const takeJournal = journal<TakeTextDoc>(
  'take',
  v.pipe(
    v.object({ name: v.string(), notes: v.string(), baseName: v.string(), baseNotes: v.string(), ...stamp }),
    v.transform(({ baseRev, at, ...doc }) => ({ doc, baseRev, at })),
  ),
);

/**
 * The stored name and notes with a closed tab's unsaved text laid over them, oldest entry first; null
 * when nothing changes. Text typed over what is still stored replaces it. Where another tab saved
 * different text meanwhile, the stored name stays and the typed notes are added below the stored ones:
 * nothing typed is dropped.
 */
export function withUnsavedTakeText(
  stored: { name: string; notes: string },
  entries: readonly { doc: TakeTextDoc; at: number }[],
): { name: string; notes: string } | null {
  let { name, notes } = stored;
  for (const { doc } of [...entries].sort((a, b) => a.at - b.at)) {
    const typedName = doc.name.trim();
    if (typedName !== doc.baseName && name === doc.baseName) name = typedName;
    if (doc.notes === doc.baseNotes) continue;
    if (notes === doc.baseNotes) notes = doc.notes;
    else if (doc.notes && !notes.includes(doc.notes)) notes = notes ? `${notes}\n\n${doc.notes}` : doc.notes;
  }
  return name === stored.name && notes === stored.notes ? null : { name, notes };
}
