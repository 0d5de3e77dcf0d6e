import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { axeViolations } from './support/axe';

// UPDATE_SCREENSHOTS=1 also writes a picture of the results with the notice.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('./screenshots/', import.meta.url).pathname : null;
// bypassCSP: axe is injected as an inline script, which the app's Content-Security-Policy refuses.
const suite = chromiumSuite({ watchForeign: true, context: { bypassCSP: true } });
const NOTICE = 'No question has every word; these match most of them.';

async function phone(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await suite.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme });
  await page.goto('/questions');
  await page.locator('.result').first().waitFor();
  return page;
}

/** Types as a person does, then waits until the list shows the query's results. */
async function search(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search questions' }).fill(query);
  await page.waitForURL((u) => u.searchParams.get('q') === query);
}

const firstTitle = (page: Page) => page.locator('.result .q').first();
const marked = (page: Page) => firstTitle(page).locator('mark').allTextContents();
const notice = (page: Page) => page.locator('.partial-note').textContent();

describe('search forgives what people type', () => {
  it('a swapped pair of letters still finds the question first, its words marked, with no notice (every word matched)', async () => {
    const page = await phone();
    await search(page, 'difficult stakehodler');
    await expect.poll(() => firstTitle(page).textContent()).toBe('Tell me about a time you handled a difficult stakeholder.');
    await expect.poll(() => marked(page)).toEqual(['difficult', 'stakeholder']);
    expect(await notice(page)).toBe('');
  });

  it('a word the bank lacks leaves the questions matching the rest, first the right one, and says so', async () => {
    const page = await phone();
    await search(page, 'resolve conflict acme');
    await expect.poll(() => firstTitle(page).textContent()).toBe('Tell me about a time you had to resolve a conflict in a team.');
    await expect.poll(() => marked(page)).toEqual(['resolve', 'conflict']);
    await expect.poll(() => notice(page)).toBe(NOTICE);
    expect(await page.locator('.empty').count()).toBe(0);
    if (shots) await page.screenshot({ path: `${shots}search-partial-360-light.png` });
  });

  it('an everyday word finds what the bank says formally, marking the bank’s word', async () => {
    const page = await phone();
    await search(page, 'biggest flop');
    await expect.poll(() => notice(page)).toBe(NOTICE);
    // The vocabulary arrives after the first results: wait for the bank's words for a flop to be marked.
    await expect
      .poll(async () => (await page.locator('.result .q mark').allTextContents()).map((m) => m.toLowerCase()))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^fail|^mistake/)]));
  });

  it('an empty page only when nothing matches, naming the filters that are on', async () => {
    const page = await phone();
    await page.goto('/questions?q=zzqxvj&company=OpenAI');
    await expect.poll(() => page.locator('.empty').textContent()).toMatch(/No question matches “zzqxvj” with the company “OpenAI”\./);
    expect(await page.locator('.result').count()).toBe(0);
    expect(await notice(page)).toBe('');
  });
});

describe.each(['light', 'dark'] as const)('axe at 360 px, %s theme', (colorScheme) => {
  it('results with the "most of your words" notice have no violations and fit the width', async () => {
    const page = await phone(colorScheme);
    await search(page, 'resolve conflict acme');
    await expect.poll(() => notice(page)).toBe(NOTICE);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    if (shots && colorScheme === 'dark') await page.screenshot({ path: `${shots}search-partial-360-dark.png` });
  });
});
