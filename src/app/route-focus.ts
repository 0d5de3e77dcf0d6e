/**
 * Focus after an in-app navigation: the new screen's heading (h1), so a keyboard or screen-reader user
 * starts at its top; or, when `/` asked for it, the search field. Screens load lazily and may show a
 * skeleton first, so the target is awaited; the wait ends as soon as the user acts.
 */
let pending: string | null = null;
let cancel: (() => void) | null = null;

/**
 * Focus may move only from where a navigation leaves it: nowhere (the page), a link just followed, or
 * an element the old screen took with it. Focus a screen placed on purpose (a field, an Undo button) stays.
 */
function mayMoveFocus(): boolean {
  const el = document.activeElement;
  return !el || el === document.body || el.id === 'main' || el instanceof HTMLAnchorElement || !el.isConnected;
}

function focusWhenPresent(selector: string, force: boolean): void {
  cancel?.();
  const main = document.getElementById('main');
  if (!main) return;
  const attempt = (): boolean => {
    const el = main.querySelector<HTMLElement>(selector);
    if (!el) return false;
    if (force || mayMoveFocus()) {
      if (!el.hasAttribute('tabindex') && !(el instanceof HTMLInputElement)) el.tabIndex = -1;
      el.focus({ preventScroll: !force });
    }
    return true;
  };
  if (attempt()) return;
  const observer = new MutationObserver(() => attempt() && stop());
  const stop = () => {
    observer.disconnect();
    removeEventListener('pointerdown', stop, true);
    removeEventListener('keydown', stop, true);
    cancel = null;
  };
  observer.observe(main, { childList: true, subtree: true });
  addEventListener('pointerdown', stop, true); // the user acted first: leave focus where they put it
  addEventListener('keydown', stop, true);
  cancel = stop;
}

/** For the Router's onRouteChange: called after a new route has rendered, never on the first load. */
export function focusAfterRoute(): void {
  const target = pending;
  pending = null;
  focusWhenPresent(target ?? 'h1', target !== null);
}

/** `/`: the search field here, or on the question list when this screen has none. */
export function focusSearch(goToList: () => void): void {
  const field = document.getElementById('search');
  if (field) {
    field.focus();
    return;
  }
  pending = '#search';
  goToList();
}
