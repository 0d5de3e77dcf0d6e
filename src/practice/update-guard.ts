import { computed, signal } from '@preact/signals';
import { locks, tabId } from './editing/tabs';

/**
 * Things that must not be interrupted by an update's reload (a recording, unsaved text), in every
 * open tab. Each call to holdUpdates is its own hold, so two drafts with unsaved text are released
 * one by one; each hold is also a Web Lock, so a tab about to update sees the other tabs' holds.
 */
const holds = signal<ReadonlyMap<number, string>>(new Map());

/** Why this tab holds updates right now, each reason once. */
export const busyReasons = computed(() => [...new Set(holds.value.values())]);

/** A hold: what is in progress, whether in this tab, and on which page (as labelHolds named it). */
export interface TabHold {
  reason: string;
  here: boolean;
  page: string;
}

const PREFIX = 'rehearse-hold ';
let nextToken = 0;

let pageLabel = (): string => '';

/** How other tabs should name the page this tab's holds are on (the shell says; practice knows no pages). */
export function labelHolds(label: () => string): void {
  pageLabel = label;
}

export function holdUpdates(reason: string): () => void {
  const token = ++nextToken;
  holds.value = new Map(holds.value).set(token, reason);
  let unlock = () => {};
  const until = new Promise<void>((resolve) => (unlock = resolve));
  const name = PREFIX + JSON.stringify({ tab: tabId, token, reason, page: pageLabel() });
  void locks()
    ?.request(name, () => until)
    .catch(() => {});
  return () => {
    if (!holds.value.has(token)) return; // released already: a second call must not drop someone else's hold
    const rest = new Map(holds.value);
    rest.delete(token);
    holds.value = rest;
    unlock();
  };
}

/** The holds of other tabs, with their lock names; empty where Web Locks are missing (see sw-bridge's rule). */
async function otherTabHolds(): Promise<(TabHold & { lock: string })[]> {
  let held: LockInfo[];
  try {
    held = (await locks()?.query())?.held ?? [];
  } catch {
    return [];
  }
  return held.flatMap(({ name = '' }) => {
    if (!name.startsWith(PREFIX)) return [];
    try {
      const hold = JSON.parse(name.slice(PREFIX.length)) as { tab: string; reason: string; page: string };
      return hold.tab === tabId ? [] : [{ reason: hold.reason, here: false, page: hold.page, lock: name }];
    } catch {
      return [];
    }
  });
}

/** Resolves on the next change of this tab's holds; stops listening when `until` aborts. */
function localChange(until: AbortSignal): Promise<void> {
  const seen = holds.value;
  return new Promise((resolve) => {
    const stop = holds.subscribe((now) => {
      if (now !== seen) resolve();
    });
    until.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Resolves true once no tab holds updates (false if aborted first). While it waits, `onWait` hears
 * what it is waiting for each time that changes.
 */
export async function whenNoHolds(onWait: (holds: TabHold[]) => void, abort?: AbortSignal): Promise<boolean> {
  while (!abort?.aborted) {
    const others = await otherTabHolds();
    const mine = busyReasons.value.map((reason) => ({ reason, here: true, page: pageLabel() }));
    if (!others.length && !mine.length) return true;
    onWait([...mine, ...others.map(({ reason, here, page }) => ({ reason, here, page }))]);
    // Granted when the holder lets go (and released again at once); the rest are dropped each round.
    const round = new AbortController();
    const stopRound = () => round.abort();
    abort?.addEventListener('abort', stopRound, { once: true });
    const released = others.map(({ lock }) => locks()!.request(lock, { signal: round.signal }, () => undefined));
    for (const request of released) request.catch(() => {});
    const aborted = new Promise((resolve) => round.signal.addEventListener('abort', resolve, { once: true }));
    await Promise.race([localChange(round.signal), aborted, ...released]).catch(() => {});
    abort?.removeEventListener('abort', stopRound);
    round.abort();
  }
  return false;
}
