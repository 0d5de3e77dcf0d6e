import { signal } from '@preact/signals';

/** A new version is installed and waiting for the user's word. */
export const updateWaiting = signal(false);
/** The app is cached and will open with no network. */
export const offlineReady = signal(false);

let skipWaiting: () => void = () => {};

/** The bridge (loaded after first paint) tells us how to apply an update. */
export function setUpdater(fn: () => void): void {
  skipWaiting = fn;
}

/** Tells the waiting worker to take over; the page reloads when it does. */
export function applyUpdate(): void {
  skipWaiting();
}
