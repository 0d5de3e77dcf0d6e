import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { cutOffInControls, spilledOutOfCards } from './support/layout';
import { recordChunks } from './support/recording';

// UPDATE_SCREENSHOTS=1 also writes the pictures the README shows.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('./screenshots/', import.meta.url).pathname : null;
if (shots) mkdirSync(shots, { recursive: true });
const suite = chromiumSuite({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'], watchForeign: true });

/** A recorded take of about 3 s, open in its player, scrolled into view. */
async function openTake(page: Page) {
  await recordChunks(page, 3);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor(); // open after Stop
  await page.locator('.figures').waitFor();
  await page.getByRole('heading', { name: 'Say it out loud' }).evaluate((h) => h.scrollIntoView());
}

const pages: [string, string, string, ((p: Page) => Promise<void>)?][] = [
  ['home', '/', 'h2#categories'],
  ['results', '/questions?q=stakeholdr', '.result mark'],
  ['question', '/q/tell-me-about-a-specific-conflict-with-another-person', 'textarea'],
  ['guide', '/guide', '.framework'],
  ['take', '/q/tell-me-about-a-specific-conflict-with-another-person', 'textarea', openTake],
  ['progress', '/progress', '.story-coverage'],
  ['round', '/round', '.round-custom'],
  ['stories', '/stories', '.card.empty'],
  ['storage', '/storage', 'dl.figures-list'],
];

describe.each([
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const)('at %i px, %s', (width, colorScheme) => {
  it.each(pages)('%s fits the width with nothing cut off', async (name, path, ready, then) => {
    const page = await suite.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await then?.(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await spilledOutOfCards(page)).toEqual([]); // nor wider than its card
    expect(await cutOffInControls(page)).toEqual([]); // nor a label wider than its button
    // Every control is at least 24 px high: tappable (WCAG 2.2 target size minimum). A radio's or a checkbox's target
    // is its label; a file input drawn as a button (visually hidden) is its label's.
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'button, .button, select, input:not([type=radio], [type=checkbox], .visually-hidden), .radio-chip, label:has(> input[type=checkbox]), .chip, .tile, .nav a',
        ),
      ]
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height < 24)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}${name}-${width}-${colorScheme}.png`, fullPage: width !== 360 && !then });
  });
});
