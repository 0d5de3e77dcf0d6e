import type { FrameworkId } from '../store/schema';

/**
 * A synchronous copy of a story's unsaved text in localStorage, written on every edit: IndexedDB writes
 * are asynchronous, and a tab closed inside the debounce would lose them. Cleared once IndexedDB has it.
 */
export interface PendingStory {
  title: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  tags: string[];
  metric: string;
}

const key = (storyId: string) => `rehearse:unsaved-story:${storyId}`;

export function writePendingStory(storyId: string, pending: PendingStory): void {
  try {
    localStorage.setItem(key(storyId), JSON.stringify(pending));
  } catch {
    /* storage full or blocked: IndexedDB is still the real store */
  }
}

export function readPendingStory(storyId: string): PendingStory | null {
  try {
    const raw = localStorage.getItem(key(storyId));
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<PendingStory>;
    const ok =
      typeof p.title === 'string' &&
      typeof p.framework === 'string' &&
      typeof p.fields === 'object' &&
      p.fields !== null &&
      Array.isArray(p.tags) &&
      typeof p.metric === 'string';
    return ok ? (p as PendingStory) : null;
  } catch {
    return null;
  }
}

/** Only when the journal still holds `saved`: text typed during the save stays journalled. */
export function clearPendingStory(storyId: string, saved?: PendingStory): void {
  try {
    if (saved && localStorage.getItem(key(storyId)) !== JSON.stringify(saved)) return;
    localStorage.removeItem(key(storyId));
  } catch {
    /* nothing to clear */
  }
}
