/**
 * A button pressed while a prerendered page is drawn but not live yet is pressed again once it is (the same node:
 * the app's first render keeps it). The entry starts holding before the first paint, since the app itself is fetched
 * only after it; the app lets the clicks through once the page is live. It runs before the first paint, so it imports only what imports nothing.
 *
 * The `/` shortcut (src/app/SearchShortcut.tsx) works from the first paint too: it focuses a drawn search field (what
 * is typed there is handed to the app, src/start.tsx), and on a page without one it is pressed again once live.
 */
import { isTypingIn } from './typing';

let held: HTMLButtonElement[] = [];
let hold: ((event: MouseEvent) => void) | null = null;
let slash: ((event: KeyboardEvent) => void) | null = null;
let slashHeld = false;

export function holdEarlyClicks(root: HTMLElement): void {
  if (hold) return;
  hold = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !root.contains(button)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(button);
  };
  document.addEventListener('click', hold, true);
  slash = (event: KeyboardEvent) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingIn(event.target)) return;
    event.preventDefault(); // or the slash would be typed, or open Firefox's quick find
    const search = root.querySelector<HTMLInputElement>('#search');
    if (search) search.focus();
    else slashHeld = true;
  };
  document.addEventListener('keydown', slash);
}

/** Stops holding and presses again each held button still on the page (one the first render removed is dropped). */
export function releaseEarlyClicks(): void {
  if (hold) document.removeEventListener('click', hold, true);
  if (slash) document.removeEventListener('keydown', slash);
  hold = slash = null;
  if (slashHeld) document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
  slashHeld = false;
  const pressed = held;
  held = [];
  for (const button of pressed) if (button.isConnected) button.click();
}
