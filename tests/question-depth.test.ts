// Issue 12, items 10 and 12: interviewer wording with the seed's kept as "Reported as", the pattern note,
// follow-up probes for every question and an outline of a strong answer for its category.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Depth } from '../src/bank/types';
import { chromiumSuite, waitForController } from './support/chromium';
import { axeViolations } from './support/axe';

const depth = JSON.parse(readFileSync(new URL('../data/depth.json', import.meta.url), 'utf8')) as Depth;
const probesOf = (id: string) => depth.questions.find((q) => q.id === id)!.probes;
const suite = chromiumSuite({ watchForeign: true, context: { bypassCSP: true } }); // bypassCSP: axe is injected inline
// UPDATE_SCREENSHOTS=1 also writes pictures to look at (test-results/), like the other browser tests.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? 'test-results/' : null;

const followUps = (page: Page) => page.getByRole('region', { name: 'Follow-ups to expect' }).getByRole('listitem').allTextContents();

describe('a reworded topic label', () => {
  it('is asked in the interviewer’s words at its old address, with the seed’s words shown as "Reported as"', async () => {
    const page = await suite.newPage();
    await page.goto('/q/discuss-culture-and-collaboration');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('How do you like to collaborate, and what kind of team culture do you do your best work in?');
    await expect.poll(() => page.locator('.reported-as').textContent()).toMatch(/^Reported as: “Discuss culture and collaboration\.”/);
    await expect.poll(() => followUps(page)).toEqual(probesOf('discuss-culture-and-collaboration'));
  });

  it('is found by searching the seed’s wording, first, with the reported wording marked', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('Discuss culture and collaboration');
    const first = page.locator('.result').first();
    await expect.poll(() => first.locator('a').getAttribute('href')).toMatch(/^\/q\/discuss-culture-and-collaboration(\?|$)/);
    await expect.poll(() => first.locator('.why').first().textContent()).toBe('Reported as: “Discuss culture and collaboration.”');
    expect(await first.locator('.why mark').allTextContents()).toEqual(['Discuss', 'culture', 'and', 'collaboration']);
  });
});

describe('follow-ups and the outline', () => {
  it('shows the question’s own probes, the reported ones among them, and its category’s outline with the weak answer', async () => {
    const page = await suite.newPage();
    await page.goto('/q/tell-me-about-a-specific-conflict-with-another-person');
    await expect.poll(() => followUps(page)).toEqual(probesOf('tell-me-about-a-specific-conflict-with-another-person'));
    expect(await followUps(page)).toContain('What would you do differently?');
    const outline = page.locator('details.outline');
    await expect.poll(() => outline.locator('summary').allTextContents()).toEqual(['Conflict & Collaboration: a strong answer, step by step']);
    expect(await outline.getByText('The weak answer it replaces').isVisible()).toBe(false);
    await outline.locator('summary').click();
    await outline.getByText('The weak answer it replaces').waitFor();
    const expected = depth.outlines.find((o) => o.category === 'Conflict & Collaboration')!;
    expect(await outline.locator('ol > li').count()).toBe(expected.strong.length);
    expect(await outline.locator('ol > li .outline-why').first().textContent()).toBe(`Why: ${expected.strong[0]!.why}`);
    expect(await outline.locator('blockquote').textContent()).toBe(`“${expected.weak.answer}”`);
  });

  it('gives a question in two categories both outlines, and a different question different probes', async () => {
    const page = await suite.newPage();
    await page.goto('/q/why-do-you-think-we-should-not-hire-you');
    await expect
      .poll(() => page.locator('details.outline summary').allTextContents())
      .toEqual(['Failure & Learning: a strong answer, step by step', 'Questions That Catch People Off Guard: a strong answer, step by step']);
    const notHire = probesOf('why-do-you-think-we-should-not-hire-you');
    await expect.poll(() => followUps(page)).toEqual(notHire);
    await page.goto('/q/tell-me-about-yourself');
    await expect.poll(() => followUps(page)).toEqual(probesOf('tell-me-about-yourself'));
    expect(await followUps(page)).not.toEqual(notHire);
  });

  it('explains a response pattern on its page and in the list', async () => {
    const page = await suite.newPage();
    await page.goto('/q/we-tried-fine-tuning-but-it-hallucinated-too-often');
    await expect.poll(() => page.locator('.pattern-note').textContent()).toMatch(/^Response pattern to study\. It is not a question you will be asked/);
    await page.goto('/questions?q=hybrid+RAG');
    const row = page.locator('.result', { has: page.locator('.badge', { hasText: 'pattern' }) }).first();
    await expect.poll(() => row.locator('.why').first().textContent()).toBe('A way of answering to study, not a question you will be asked.');
  });
});

describe('offline', () => {
  it('a question page opened cold with no network still shows its follow-ups and outline (depth.json is precached)', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await waitForController(page);
    await suite.context.setOffline(true);
    await page.goto('/q/describe-failure-impact-and-resolve-cross-functional');
    await expect
      .poll(() => page.locator('.reported-as').textContent())
      .toMatch(/^Reported as: “Describe failure impact and resolve cross-functional conflict\.”/);
    await expect.poll(() => followUps(page)).toEqual(probesOf('describe-failure-impact-and-resolve-cross-functional'));
    await expect.poll(() => page.locator('details.outline summary').allTextContents()).toEqual(['Failure & Learning: a strong answer, step by step']);
  });
});

describe.each(['light', 'dark'] as const)('axe at 360 px, %s theme', (colorScheme) => {
  it.each([
    ['reworded question, outline open', '/q/discuss-culture-and-collaboration'],
    ['pattern, outline open', '/q/i-havent-worked-with-tool-x-yet-but-its-on-my-list'],
  ])('%s has no violations', async (name, path) => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await page.locator('details.outline summary').first().click();
    await page.getByText('The weak answer it replaces').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    if (shots) {
      // From the title to the end of the outline: the part this feature adds.
      const top = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y - 8;
      const end = await page.getByRole('region', { name: 'What a strong answer looks like' }).boundingBox();
      const clip = { x: 0, y: top, width: 360, height: end!.y + end!.height - top + 8 };
      await page.screenshot({ path: `${shots}depth-${name.split(',')[0]!.replace(/\W+/g, '-')}-360-${colorScheme}.png`, fullPage: true, clip });
    }
  });
});
