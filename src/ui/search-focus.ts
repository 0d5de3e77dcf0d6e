/** Typing on the home page moves to the results page; the new page's search box takes over the caret. */
let pending = false;

export function handOverSearchFocus(): void {
  pending = true;
}

export function takeSearchFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
