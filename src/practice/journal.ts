import type { FrameworkId } from '../store/schema';

/**
 * A synchronous copy of unsaved text in localStorage, written on every edit. IndexedDB writes are
 * asynchronous and a tab closed inside the autosave debounce would lose them; localStorage survives an
 * instant close. Cleared once IndexedDB has the same text. One journal per record kind.
 */
export interface Journal<T> {
  write(id: string, value: T): void;
  read(id: string): T | null;
  /** With `onlyIf`, clears only while the journal still holds exactly that: text typed during a save stays. */
  clear(id: string, onlyIf?: T): void;
}

export function journal<T>(kind: string, isValid: (value: Partial<T>) => boolean): Journal<T> {
  const key = (id: string) => `rehearse:unsaved-${kind}:${id}`;
  return {
    write(id, value) {
      try {
        localStorage.setItem(key(id), JSON.stringify(value));
      } catch {
        /* storage full or blocked: IndexedDB is still the real store */
      }
    },
    read(id) {
      try {
        const raw = localStorage.getItem(key(id));
        const value = raw ? (JSON.parse(raw) as Partial<T>) : null;
        return value && typeof value === 'object' && isValid(value) ? (value as T) : null;
      } catch {
        return null;
      }
    },
    clear(id, onlyIf) {
      try {
        if (onlyIf !== undefined && localStorage.getItem(key(id)) !== JSON.stringify(onlyIf)) return;
        localStorage.removeItem(key(id));
      } catch {
        /* nothing to clear */
      }
    },
  };
}

const hasFields = (v: { framework?: unknown; fields?: unknown }) => typeof v.framework === 'string' && typeof v.fields === 'object' && v.fields !== null;

export interface PendingDraft {
  framework: FrameworkId;
  fields: Record<string, string>;
  /** The stored draft's rev this text was typed over: another tab may have saved since. */
  baseRev: number;
  at: number;
}
export const draftJournal = journal<PendingDraft>('draft', (v) => hasFields(v) && typeof v.baseRev === 'number');

export interface PendingStory {
  title: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  tags: string[];
  metric: string;
}
export const storyJournal = journal<PendingStory>('story', (v) => hasFields(v) && typeof v.title === 'string' && Array.isArray(v.tags) && typeof v.metric === 'string');
