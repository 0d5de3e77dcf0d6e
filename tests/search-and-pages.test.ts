import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';

const suite = chromiumSuite({ watchForeign: true });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

describe('finding a question', () => {
  it('shows results as the user types, with the matched words marked', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Search questions' });
    await box.click();
    await page.keyboard.type('halucinations'); // as fast as a person can type: no letter may be lost on the way to the results page
    await page.waitForURL(/\/questions\?q=halucinations$/);
    // The caret followed the user to the results page: nothing typed was lost.
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search questions' }).inputValue()).toBe('halucinations');
    const first = page.locator('.result').first();
    await expect.poll(() => first.textContent()).toMatch(/hallucinat/i);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^\d+ questions?$/);
  });

  it('narrows the results on every keystroke', async () => {
    await page.goto('/questions');
    const status = page.locator('p.status');
    await expect.poll(() => status.textContent()).toMatch(/^9\d questions$/);
    const box = page.getByRole('searchbox', { name: 'Search questions' });
    await box.fill('stakeholdr');
    await expect.poll(() => status.textContent()).not.toMatch(/^9\d questions$/);
    const counts: number[] = [];
    for (const q of ['c', 'co', 'con', 'conf', 'confl', 'conflict']) {
      await box.fill(q);
      await page.waitForURL((u) => u.searchParams.get('q') === q);
      counts.push(Number((await status.textContent())?.split(' ')[0]));
    }
    expect(counts.at(-1)).toBeGreaterThan(0);
    expect(counts.at(-1)).toBeLessThan(counts[1]!);
  });

  it('keeps filters and query in the URL, so Back and bookmarks work', async () => {
    await page.goto('/questions?q=why');
    const status = page.locator('p.status');
    await expect.poll(() => status.textContent()).toMatch(/questions?$/);
    const unfiltered = Number((await status.textContent())?.split(' ')[0]);
    await page.getByLabel('Company').selectOption('Anthropic');
    await page.waitForURL(/company=Anthropic/);
    await expect.poll(async () => Number((await status.textContent())?.split(' ')[0])).toBeLessThan(unfiltered);
    for (const row of await page.locator('.result .meta').allTextContents()) expect(row).toContain('Anthropic');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('company'));
    await expect.poll(async () => Number((await status.textContent())?.split(' ')[0])).toBe(unfiltered);
    expect(await page.getByLabel('Company').inputValue()).toBe('');
    // A bookmarked view opens as it was saved.
    await page.goto('/questions?category=Career%20Motivation&company=OpenAI');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Category').inputValue()).toBe('Career Motivation');
    expect(await page.locator('.result .q').allTextContents()).toContain('Why OpenAI?');
  });

  it('says so when nothing matches, and Clear brings everything back', async () => {
    await page.goto('/questions?q=zzqxvj');
    await expect.poll(() => page.locator('.empty').textContent()).toMatch(/No question matches “zzqxvj”/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForURL(/\/questions$/);
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(90);
  });
});

describe('question and guide pages', () => {
  it('opens a question by deep link with what it tests, sources, prompts and related questions', async () => {
    await page.goto('/q/why-openai');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Why OpenAI?');
    expect(await page.title()).toBe('Why OpenAI? — Rehearse');
    await page.getByRole('heading', { name: 'What they’re testing' }).waitFor();
    expect(await page.locator('section[aria-labelledby="testing"] p').textContent()).toMatch(/mission alignment/i);
    expect(await page.locator('.sources a').count()).toBeGreaterThan(0);
    // The answer is structured by a framework: STAR by default, one field per part with its prompt.
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    expect(await page.getByRole('radio', { name: 'STAR' }).isChecked()).toBe(true);
    expect(await page.locator('.draft textarea').count()).toBe(4);
    // Arrow keys move between frameworks (a real radio group), once the draft is loaded: before, the choice is
    // disabled like the fields, so a choice made on the prerendered page is not undone when the draft arrives.
    await expect.poll(() => page.getByRole('radio', { name: 'STAR' }).isEnabled()).toBe(true);
    await page.getByRole('radio', { name: 'STAR' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'SAIL' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('Learning').count()).toBe(1); // the radio is checked before the fields redraw
    const related = page.locator('section[aria-labelledby="related"] a');
    expect(await related.count()).toBeGreaterThan(2);
    await related.first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/q/') && !u.pathname.endsWith('/why-openai'));
    await page.goBack();
    await page.waitForURL(/\/q\/why-openai$/);
  });

  it('says plainly when a question id does not exist', async () => {
    await page.goto('/q/no-such-question');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Question not found');
  });

  it('random question lands on a question page and Back skips the redirect', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Random question' }).click();
    await page.waitForURL(/\/q\/[a-z0-9-]+\?from=random$/);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
  });

  it('guide lists the three frameworks, ten insights and company notes', async () => {
    await page.goto('/guide');
    await page.getByRole('heading', { name: 'Answer frameworks' }).waitFor();
    expect(await page.locator('.framework h3').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/STAR/), expect.stringMatching(/SAIL/), expect.stringMatching(/SPSIL/)]),
    );
    expect(await page.locator('section.insight:not(.company)').count()).toBe(10);
    expect(await page.locator('section.company h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^OpenAI/)]));
  });
});
