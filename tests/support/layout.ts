import type { Page } from 'playwright-core';

/**
 * What spills out of its card sideways: an element whose box passes the right or left edge of the nearest `.card`
 * around it. The page itself can stay within the phone's width while a chip runs over its card's border, which a
 * check of the document's width never sees.
 */
export function spilledOutOfCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.card *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) return false; // not drawn, or clipped to a pixel
        const card = el.parentElement!.closest('.card')!.getBoundingClientRect();
        return box.right > card.right + 0.5 || box.left < card.left - 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.textContent!.trim().slice(0, 60)}`),
  );
}

/** A button whose label is wider than the button: a word of it runs over the border, or is cut off. */
export function cutOffInControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, .button')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.textContent!.trim().slice(0, 40)}: ${el.scrollWidth} px of text in ${el.clientWidth} px`),
  );
}
