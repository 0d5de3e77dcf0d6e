import { signal } from '@preact/signals';
import { openDb } from '../store/db';
import { problem, toStorageProblem, type StorageProblem } from '../store/errors';
import type { RehearseDb } from '../store/schema';
import { rememberStarted } from './started';

/** The newest storage problem the user should see (quota, private mode, another tab's upgrade…). */
export const storageProblem = signal<StorageProblem | null>(null);
/** Whether the browser agreed to keep our data under storage pressure (null: not asked yet). */
export const persisted = signal<boolean | null>(null);

let opening: Promise<RehearseDb | null> | undefined;

/** The one connection of this tab, opened on first use. Resolves null (and reports why) when storage is unusable. */
export function database(): Promise<RehearseDb | null> {
  opening ??= openDb({
    onVersionChange: () => report(problem('version')),
    onBlocked: () => report(problem('blocked')),
    onTerminated: () => {
      opening = undefined; // the next use opens a fresh connection
      report(problem('terminated'));
    },
  }).catch((error: unknown) => {
    opening = undefined;
    report(toStorageProblem(error));
    return null;
  });
  return opening;
}

export function report(problem: StorageProblem | null): void {
  storageProblem.value = problem;
}

let asking: Promise<void> | undefined;

/**
 * The user's own work was saved (a draft, a story, a finished round, practice imported): the next load draws their
 * home page (src/practice/started.ts), and the browser is asked to keep it.
 */
export function savedOwnWork(): void {
  rememberStarted(true);
  void askToPersist();
}

/**
 * Ask once per tab, after the user has saved something worth keeping, and remember the answer for the UI.
 * Once also while the answer is pending: Firefox answers with a permission prompt the user may leave open.
 */
export function askToPersist(): Promise<void> {
  if (persisted.value !== null || !globalThis.navigator?.storage?.persist) return Promise.resolve();
  asking ??= (async () => {
    try {
      persisted.value = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      persisted.value = false;
    }
  })();
  return asking;
}

/**
 * Whether the browser already keeps this origin's data (granted in an earlier visit), read at start-up without a
 * prompt, so the footer says so before anything is saved in this tab. A "no" is left unsaid: it may only mean not
 * asked yet.
 */
export async function knowPersisted(): Promise<void> {
  if (persisted.value !== null || !globalThis.navigator?.storage?.persisted) return;
  if (await navigator.storage.persisted().catch(() => false)) persisted.value = true;
}

/** For tests: forget the connection so a fresh one is opened. */
export function resetSession(): void {
  opening = undefined;
  asking = undefined;
  storageProblem.value = null;
  persisted.value = null;
}
