/**
 * A button pressed while a prerendered page is drawn but not live yet is pressed again once it is (the same node:
 * the app's first render keeps it). The entry starts holding before the first paint, since the app itself is fetched
 * only after it; the app lets the clicks through once the page is live. Imports nothing: it runs before the first paint.
 */
let held: HTMLButtonElement[] = [];
let hold: ((event: MouseEvent) => void) | null = null;

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
}

/** Stops holding and presses again each held button still on the page (one the first render removed is dropped). */
export function releaseEarlyClicks(): void {
  if (hold) document.removeEventListener('click', hold, true);
  hold = null;
  const pressed = held;
  held = [];
  for (const button of pressed) if (button.isConnected) button.click();
}
