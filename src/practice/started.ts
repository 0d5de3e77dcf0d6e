/**
 * Whether the user has practised, remembered where the first paint can read it. The prerendered home page is a new
 * user's: the companies, their first step, the categories. A user who has practised (a draft, a take, a story, a
 * grade, a round) or set their interview day gets What next of their own above the companies, read from the store
 * once the app runs. So that nothing drawn moves, public/theme-init.js marks `<html data-started>` from this key
 * before the first paint, and the drawn page shows such a user a wait instead of a new user's page (styles.css,
 * `.drawn-wait`), then theirs all at once.
 */
export const STARTED_KEY = 'rehearse:started';

/**
 * Written at once after the user's first work is saved (the next load draws their page's wait, not a new user's
 * page), and corrected each time the home page has read what they have (after an import, or all deleted).
 */
export function rememberStarted(started: boolean): void {
  try {
    if (!started) localStorage.removeItem(STARTED_KEY);
    else if (localStorage.getItem(STARTED_KEY) === null) localStorage.setItem(STARTED_KEY, '1');
  } catch {
    /* storage blocked or full: the next load draws a new user's page, and fills in the user's own over it */
  }
}

/** Whether this page load began as a started user's (public/theme-init.js, before the first paint). */
export const startedAtLoad = (): boolean => typeof document !== 'undefined' && document.documentElement.dataset.started !== undefined;
