import { busyReasons } from '../practice/update-guard';
import { reloadNeeded } from './sw-state';

/**
 * A tab left on an old version (another tab updated, or its lazy files are gone) reloads itself at
 * the next natural break with nothing held in it (no unsaved text, no recording): when hidden, on
 * navigating, or at once when the screen on show could not load. Otherwise the banner asks for it.
 */
const LAST_RELOAD_KEY = 'rehearse-reloaded-at';
const LOOP_GUARD_MS = 15_000; // a second automatic reload this soon would be a loop (e.g. offline with nothing cached)

let screenBroken = false;
let listening = false;

export function needReload(options: { screenBroken?: boolean } = {}): void {
  reloadNeeded.value = true;
  screenBroken ||= Boolean(options.screenBroken);
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', () => reloadIfSafe(false));
    busyReasons.subscribe(() => reloadIfSafe(false));
  }
  reloadIfSafe(false);
}

/** The user moved to another screen: nothing on the old one can be interrupted. */
export function atNaturalBreak(): void {
  reloadIfSafe(true);
}

/** The user asked (Reload, or Update in a tab already left behind). True if the page is reloading. */
export function reloadNow(): boolean {
  if (busyReasons.value.length) return false;
  location.reload();
  return true;
}

function reloadIfSafe(naturalBreak: boolean): void {
  if (!reloadNeeded.value || busyReasons.value.length) return;
  if (!(naturalBreak || screenBroken || document.visibilityState === 'hidden')) return;
  try {
    if (Date.now() - Number(sessionStorage.getItem(LAST_RELOAD_KEY) ?? 0) < LOOP_GUARD_MS) return;
    sessionStorage.setItem(LAST_RELOAD_KEY, String(Date.now()));
  } catch {
    return; // no sessionStorage: no loop guard, so leave it to the banner's Reload
  }
  location.reload();
}
