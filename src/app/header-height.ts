/**
 * Keeps `--header-h` (on <html>) at the header's height while it sticks to the top, and at 0 while it does not (on a
 * narrow screen it scrolls away), so that `scroll-padding-top` lands focus and anchors below it however many rows it
 * wraps onto (Install offered, an update waiting, a long translation). Where ResizeObserver is missing the
 * stylesheet's one-row figure stays.
 */
export function trackHeaderHeight(header: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const root = document.documentElement;
  const update = () => {
    const sticky = getComputedStyle(header).position === 'sticky';
    root.style.setProperty('--header-h', `${sticky ? Math.ceil(header.getBoundingClientRect().height) : 0}px`);
  };
  // The header spans the page, so crossing the breakpoint where it stops sticking changes its width too: one observer.
  const observer = new ResizeObserver(update);
  observer.observe(header);
  return () => observer.disconnect();
}
