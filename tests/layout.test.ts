import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './support/chromium';

// UPDATE_SCREENSHOTS=1 also writes the pictures the README shows.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('./screenshots/', import.meta.url).pathname : null;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const pages = [
  ['home', '/', 'h2#categories'],
  ['results', '/questions?q=stakeholdr', '.result mark'],
  ['question', '/q/tell-me-about-a-specific-conflict-with-another-person', 'textarea'],
  ['guide', '/guide', '.framework'],
] as const;

describe.each([
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const)('at %i px, %s', (width, colorScheme) => {
  it.each(pages)('%s fits the width with nothing cut off', async (name, path, ready) => {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every control is at least 24 px high: tappable (WCAG 2.2 target size minimum). A radio's target is its label.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input:not([type=radio]), .radio-chip, .chip, .tile, .nav a')]
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height < 24)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}${name}-${width}-${colorScheme}.png`, fullPage: width === 360 ? false : true });
    await context.close();
  });
});
