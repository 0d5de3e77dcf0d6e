/**
 * This tab's id, and which tabs are still open. Each tab holds a Web Lock named after its id for as
 * long as it lives, so another tab can tell a journal entry of a closed tab (restore it) from one of
 * an open tab (leave it: that tab is still editing).
 */
export const tabId = Math.random().toString(36).slice(2, 12);

const LOCK_PREFIX = 'rehearse-tab:';
/** The browser's Web Locks, if it has them (none outside a page, as in unit tests). */
export const locks = (): LockManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.locks);
let releaseLock: (() => void) | null = null;

function holdTabLock(): void {
  const manager = locks();
  if (!manager || releaseLock) return;
  const held = new Promise<void>((resolve) => (releaseLock = resolve));
  void manager.request(LOCK_PREFIX + tabId, () => held).catch(() => undefined);
}

if (typeof window !== 'undefined') {
  holdTabLock();
  // Let go while leaving, so the page that loads next (a reload) already sees this tab as gone.
  window.addEventListener('pagehide', () => {
    releaseLock?.();
    releaseLock = null;
  });
  window.addEventListener('pageshow', (event) => event.persisted && holdTabLock());
}

/** The ids of the open tabs; null when the browser cannot tell (no Web Locks). */
export async function liveTabs(): Promise<Set<string> | null> {
  const manager = locks();
  if (!manager?.query) return null;
  try {
    const { held = [] } = await manager.query();
    const names = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX));
    return new Set(names.map((name) => name.slice(LOCK_PREFIX.length)));
  } catch {
    return null;
  }
}

const watched = new Map<string, Promise<void>>();
/** Resolves once the tab is gone (its lock comes free); never, without Web Locks. One wait per tab. */
export function whenTabCloses(id: string): Promise<void> {
  const manager = locks();
  if (!manager) return new Promise(() => undefined);
  let waiting = watched.get(id);
  if (!waiting) {
    const done = () => void watched.delete(id); // a tab back from the bfcache holds its lock again: wait anew
    waiting = manager.request(LOCK_PREFIX + id, () => undefined).then(done, done);
    watched.set(id, waiting);
  }
  return waiting;
}
