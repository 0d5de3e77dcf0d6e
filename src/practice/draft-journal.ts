import type { FrameworkId } from '../store/schema';

/**
 * A synchronous copy of unsaved text in localStorage, written on every keystroke. IndexedDB writes are
 * asynchronous and a tab closed mid-debounce would lose them; localStorage survives an instant close.
 * Cleared once IndexedDB has the same text.
 */
export interface PendingDraft {
  framework: FrameworkId;
  fields: Record<string, string>;
  /** The stored draft's rev this text was typed over: another tab may have saved since. */
  baseRev: number;
  at: number;
}

const key = (questionId: string) => `rehearse:unsaved-draft:${questionId}`;

export function writePending(questionId: string, pending: PendingDraft): void {
  try {
    localStorage.setItem(key(questionId), JSON.stringify(pending));
  } catch {
    /* storage full or blocked: IndexedDB is still the real store */
  }
}

export function readPending(questionId: string): PendingDraft | null {
  try {
    const raw = localStorage.getItem(key(questionId));
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<PendingDraft>;
    if (typeof p.fields !== 'object' || p.fields === null || typeof p.baseRev !== 'number' || typeof p.framework !== 'string') return null;
    return p as PendingDraft;
  } catch {
    return null;
  }
}

export function clearPending(questionId: string): void {
  try {
    localStorage.removeItem(key(questionId));
  } catch {
    /* nothing to clear */
  }
}
