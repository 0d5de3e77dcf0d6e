import { signal } from '@preact/signals';
import { whenNoHolds, type TabHold } from '../practice/update-guard';

/** A new version is installed and waiting for the user's word. */
export const updateWaiting = signal(false);
/** The app is cached and will open with no network. */
export const offlineReady = signal(false);
/** This tab runs an older version than the one now installed (updated in another tab, or its files are gone). */
export const reloadNeeded = signal(false);
/** A screen on show says it needs a reload, with its own button (so the banner need not). */
export const screenAsksReload = signal(false);
/** What a pressed Update is waiting for (another tab's unsaved text, a recording…); empty when not waiting. */
export const updateHeldBy = signal<readonly TabHold[]>([]);

let skipWaiting: () => void = () => {};

/** The bridge (loaded after first paint) tells us how to apply an update. */
export function setUpdater(fn: () => void): void {
  skipWaiting = fn;
}

let pending: AbortController | null = null;

/** Once no tab holds updates, tells the waiting worker to take over; the page reloads when it does. */
export async function applyUpdate(): Promise<void> {
  pending?.abort();
  const mine = (pending = new AbortController());
  const clear = await whenNoHolds((holds) => (updateHeldBy.value = holds), mine.signal);
  if (pending !== mine) return; // cancelled, or pressed again
  pending = null;
  updateHeldBy.value = [];
  if (clear) skipWaiting();
}

export function cancelUpdate(): void {
  pending?.abort();
  pending = null;
  updateHeldBy.value = [];
}
