import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { axeViolations } from './support/axe';

// UPDATE_SCREENSHOTS=1 also writes the picture the README shows.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('./screenshots/', import.meta.url).pathname : null;
// bypassCSP: axe is injected as an inline script, which the app's Content-Security-Policy refuses.
const suite = chromiumSuite({ watchForeign: true, context: { bypassCSP: true } });

const GENERAL = ['Common', 'Big Tech', 'AI startups', 'Other'];

async function phone(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await suite.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  return page;
}

const chipNames = (page: Page, list: string) => page.getByRole('list', { name: list, exact: true }).locator('.chip > span:first-child').allTextContents();

/** Nothing wider than the screen, and no chip broken over two lines. */
async function fitsTheWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('.chip')].filter((c) => c.getClientRects().length > 1 || c.getBoundingClientRect().height > 40).map((c) => c.textContent),
  );
  expect(broken).toEqual([]);
}

describe('companies on the home page at 360 px', () => {
  it('the first company chip is on the first screen, before the categories', async () => {
    const page = await phone('/');
    const first = page.getByRole('list', { name: 'Companies', exact: true }).locator('.chip').first();
    await first.waitFor();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    // It sat at about 1,270 px, below every category tile, before the companies came first.
    expect(top).toBeLessThan(700);
    const categories = await page.getByRole('heading', { name: 'Categories' }).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(categories).toBeGreaterThan(top);
    await fitsTheWidth(page);
  });

  it('keeps the general buckets in their own group, after the companies', async () => {
    const page = await phone('/');
    await page.getByRole('heading', { name: 'General' }).waitFor();
    const companies = await chipNames(page, 'Companies');
    expect(companies.slice(0, 2)).toEqual(['Anthropic', 'OpenAI']);
    for (const bucket of GENERAL) expect(companies).not.toContain(bucket);
    expect(await chipNames(page, 'General')).toEqual(GENERAL);
    // In reading order: companies, then the general group, then the categories.
    const order = await page.evaluate(() =>
      ['#companies', '#general-companies', '#categories'].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The results' company filter groups them the same way.
    await page.goto('/questions');
    const general = page.getByLabel('Company').locator('optgroup[label="General"] option');
    await expect.poll(() => general.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Common \(\d+\)$/)]));
    expect((await general.allTextContents()).map((t) => t.replace(/ \(\d+\)$/, ''))).toEqual(GENERAL);
  });

  it('Tab reaches the company chips and Enter opens the company’s list', async () => {
    const page = await phone('/');
    await page.getByRole('list', { name: 'Companies', exact: true }).locator('.chip').first().waitFor();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    let presses = 0;
    while (!(await focused()).includes('company=') && presses < 30) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focused()).toBe('/questions?company=Anthropic');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/questions\?company=Anthropic$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Questions at Anthropic');
    await page.locator('.result').first().waitFor();
  });
});

describe('a company’s list', () => {
  it('starts with the company’s notes from the guide: a lead, the rest behind More', async () => {
    const page = await phone('/questions?company=OpenAI');
    const notes = page.getByRole('region', { name: 'Interviewing at OpenAI' });
    await notes.waitFor();
    await page.locator('.result').first().waitFor();
    // At the top: above the filters and the first question.
    const [notesTop, filtersTop, firstTop] = await Promise.all(
      [notes, page.locator('.filters'), page.locator('.result').first()].map((l) => l.evaluate((el) => el.getBoundingClientRect().top)),
    );
    expect(notesTop).toBeLessThan(filtersTop!);
    expect(filtersTop).toBeLessThan(firstTop!);
    expect(notesTop).toBeLessThan(800); // on the first screen
    await expect.poll(() => notes.getByRole('listitem').count()).toBe(1);
    expect(await notes.getByRole('listitem').textContent()).toMatch(/^At L5 \(Staff\), behavioral is split in two/);

    if (shots) await page.screenshot({ path: `${shots}company-list-360.png` }); // collapsed, as a user first sees it
    const more = notes.getByRole('button', { name: 'More (6)' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    const less = notes.getByRole('button', { name: 'Less' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await notes.locator('#company-notes-list > li').allTextContents()).toContainEqual(expect.stringMatching(/^"Why OpenAI\?" comes early/));
    expect(await notes.locator('#company-notes-list > li').count()).toBe(7);
    await notes.getByRole('link', { name: 'HelloInterview' }).waitFor(); // its sources, once open
    await fitsTheWidth(page);

    // Another company without notes in the guide: no notes section.
    await page.getByLabel('Company').selectOption('Visa');
    await page.waitForURL(/company=Visa/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Questions at Visa');
    await expect.poll(() => page.locator('p.status').textContent()).toBe('3 questions'); // Visa's list is on screen
    expect(await page.locator('.company-notes').count()).toBe(0);
    // And back to a company with notes: they come back, so the absence above was Visa's, not a section not yet loaded.
    await page.getByLabel('Company').selectOption('Anthropic');
    await page.getByRole('region', { name: 'Interviewing at Anthropic' }).waitFor();
  });

  it('names every filter in its heading and the document title', async () => {
    const page = await phone('/questions?category=Leadership%20%26%20Ownership&company=Anthropic');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.textContent()).toBe('Leadership & Ownership questions at Anthropic');
    expect(await page.title()).toBe('Leadership & Ownership questions at Anthropic — Rehearse');
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('conflict');
    await page.waitForURL(/q=conflict/);
    await expect.poll(() => h1.textContent()).toBe('Leadership & Ownership questions at Anthropic matching “conflict”');
    expect(await page.title()).toBe('Leadership & Ownership questions at Anthropic matching “conflict” — Rehearse');
    // A general bucket says what it means.
    await page.goto('/questions?company=Common');
    await expect.poll(() => h1.textContent()).toBe('Questions asked at many companies');
  });
});

describe.each(['light', 'dark'] as const)('axe at 360 px, %s theme', (colorScheme) => {
  it('home, with the company and general groups, has no violations', async () => {
    const page = await phone('/', colorScheme);
    await page.getByRole('heading', { name: 'General' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a company’s list with its notes open has no violations and fits the width', async () => {
    const page = await phone('/questions?category=Career%20Motivation&company=Anthropic', colorScheme);
    await page.getByRole('button', { name: /^More/ }).click();
    await page.getByRole('button', { name: 'Less' }).waitFor();
    await page.locator('.result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await fitsTheWidth(page);
  });
});
