/**
 * Web Locks that let the app's tabs agree about recording: one recorder at a time across tabs, and
 * a lock per take, held from before its record is written until it stops, so no tab's start-up
 * recovery touches a take that is still recording.
 */
import { locks } from './editing/tabs';

const RECORDER = 'rehearse-recorder';
const TAKE_PREFIX = 'rehearse-take:';

export const haveWebLocks = (): boolean => Boolean(locks());

let recordingHere = false; // where Web Locks are missing, this tab at least records one take at a time

type Held = { released: Promise<void> } | null; // wrapped: a promise resolved with a promise would wait for it

/**
 * Holds `name` until `until` settles. Resolves once asked: with the lock's release if granted, null
 * if held elsewhere, 'failed' if the Web Locks call itself threw (then it is as if there were none).
 */
function hold(name: string, until: Promise<void>, ifAvailable: boolean): Promise<Held | 'failed'> {
  return new Promise((granted) => {
    let released = () => {};
    const whenReleased = new Promise<void>((resolve) => (released = resolve));
    locks()!
      .request(name, { ifAvailable }, (lock) => {
        granted(lock ? { released: whenReleased } : null);
        return lock ? until : undefined;
      })
      .catch(() => granted('failed')) // after a grant this does nothing
      .finally(released);
  });
}

/** The app's one recorder, held until `until` settles: its release, or null while another tab (or this one) records. */
export async function claimRecorder(until: Promise<void>): Promise<Held> {
  if (haveWebLocks()) {
    const held = await hold(RECORDER, until, true);
    if (held !== 'failed') return held;
  }
  if (recordingHere) return null;
  recordingHere = true;
  return { released: until.finally(() => (recordingHere = false)) };
}

/** Resolves once this tab holds the take's lock (at once where Web Locks are missing). */
export async function holdTake(takeId: string, until: Promise<void>): Promise<void> {
  if (haveWebLocks()) await hold(TAKE_PREFIX + takeId, until, false);
}

/** Resolves when the tab recording this take stops or closes (at once where Web Locks are missing). */
export async function whenTakeReleased(takeId: string): Promise<void> {
  try {
    await locks()?.request(TAKE_PREFIX + takeId, () => undefined);
  } catch {
    /* nothing to wait for */
  }
}

/** Ids of takes being recorded in any tab of this app right now (none known without Web Locks). */
export async function activeTakeIds(): Promise<Set<string>> {
  try {
    const state = await locks()?.query();
    const names = (state?.held ?? []).map((l) => l.name ?? '');
    return new Set(names.filter((n) => n.startsWith(TAKE_PREFIX)).map((n) => n.slice(TAKE_PREFIX.length)));
  } catch {
    return new Set();
  }
}
