import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumSuite } from './support/chromium';
import { requireAppDatabase } from './support/db';

// bypassCSP: axe is injected as an inline script. en-US so the dates read "Thu, Dec 3".
const suite = chromiumSuite({ context: { viewport: { width: 360, height: 800 }, bypassCSP: true, locale: 'en-US', timezoneId: 'UTC' }, watchForeign: true });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

// UPDATE_SCREENSHOTS=1 also writes pictures to look at (test-results/); they assert nothing.
const look = (name: string) => (process.env.UPDATE_SCREENSHOTS === '1' ? page.screenshot({ path: `test-results/${name}.png`, fullPage: false }) : undefined);

const DAY = 86_400_000;
/** Monday 30 November 2026, 9 am: a Good answer comes back on Thursday 3 December. */
const T0 = Date.UTC(2026, 10, 30, 9);
const QUESTION = '/q/why-openai';

const row = () => page.locator('.review-grade').first();
const gradeButton = (grade: string) => row().getByRole('button', { name: new RegExp(`^${grade}\\b`) });

async function openQuestion(): Promise<void> {
  await page.goto(QUESTION);
  await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
  await expect.poll(() => gradeButton('Good').isEnabled()).toBe(true); // its preview has arrived
}

/** What next's review steps: "Review · due …" or "Story review · due …". */
const reviewSteps = (section: ReturnType<Page['locator']>) => section.locator('li', { has: page.locator('.lede', { hasText: /^(Story review|Review) · / }) });

async function home(): Promise<ReturnType<Page['locator']>> {
  await page.goto('/');
  const section = page.locator('section', { has: page.locator('#what-next') });
  await section.waitFor();
  return section;
}

describe('spaced review', () => {
  it('a question graded Good is not due today, is due four days later on the home page and under “Due for review”', async () => {
    await page.clock.install({ time: T0 });
    await page.goto('/');
    await page.locator('#companies').waitFor();
    expect(await reviewSteps(await home()).count()).toBe(0); // nothing graded yet: no review in What next
    expect(await (await home()).getByRole('link', { name: 'Try a first mock round' }).count()).toBe(1); // a new user's first step
    await openQuestion();
    expect(await row().textContent()).toMatch(/How well did you know it\?/);
    expect(await gradeButton('Again').textContent()).toBe('Againtomorrow');
    expect(await gradeButton('Good').textContent()).toBe('Goodin 3 days');
    expect(await gradeButton('Easy').textContent()).toMatch(/^Easyin (8 days|1 week)$/);
    await gradeButton('Good').click();
    await expect.poll(() => row().locator('.review-done').textContent()).toBe('Graded Good. Next review: Thu, Dec 3 (in 3 days).');
    expect(await page.locator('.review-grade [role="status"]').first().textContent()).toBe('Graded Good. Next review: Thu, Dec 3.');

    await page.reload();
    await expect.poll(() => row().textContent()).toMatch(/Next review: Thu, Dec 3\./);
    const today = await home();
    expect(await reviewSteps(today).count()).toBe(0);
    expect(await today.locator('p.lede').allTextContents()).toContain('Nothing due today — next review Thu, Dec 3.');
    await page.goto('/questions?status=due');
    await expect.poll(() => page.locator('p.status').textContent()).toBe('0 questions');

    await page.clock.setSystemTime(T0 + 4 * DAY);
    const later = await home();
    const step = reviewSteps(later);
    expect(await step.count()).toBe(1);
    expect(await step.getByRole('link').getAttribute('href')).toBe(QUESTION);
    expect(await step.locator('.lede').textContent()).toMatch(/^Review · due since (yesterday|Thursday|\d+ days ago) · say it out loud, then grade it$/);
    expect(await later.locator('li').first().textContent()).toMatch(/^Why OpenAI\?Review/); // reviews come first in What next

    await page.goto('/questions');
    const progress = page.getByLabel('Progress');
    await expect.poll(() => progress.locator('option[value="due"]').textContent()).toBe('Due for review (1)');
    await progress.selectOption('due');
    await page.waitForURL(/status=due/);
    await expect.poll(() => page.locator('p.status').textContent()).toBe('1 question');
    expect(await page.locator('.result a').first().getAttribute('href')).toMatch(/^\/q\/why-openai/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Questions (due for review)');
  });

  it('a story is graded the same way and comes back on the home page', async () => {
    await page.clock.install({ time: T0 });
    await page.goto('/stories');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.waitForURL(/\/stories\/story-[a-z0-9]+$/);
    const path = new URL(page.url()).pathname;
    await page.getByLabel('Title').fill('Eval harness that caught regressions');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
    await expect.poll(() => gradeButton('Easy').isEnabled()).toBe(true);
    await gradeButton('Easy').click();
    await expect.poll(() => row().locator('.review-done').textContent()).toMatch(/^Graded Easy\. Next review: (Tue, Dec 8|Wed, Dec 9) \(in \d days\)\.$/);

    await page.clock.setSystemTime(T0 + 10 * DAY);
    const due = await home();
    const link = due.getByRole('link', { name: 'Eval harness that caught regressions' });
    expect(await link.getAttribute('href')).toBe(path);
    expect(await reviewSteps(due).locator('.lede').textContent()).toMatch(/^Story review · due since/);
  });

  it('the grading row works by keyboard alone: Tab to a grade, Enter, Change grade, Space', async () => {
    await page.clock.install({ time: T0 });
    await openQuestion();
    await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true); // focus cannot land on a field still loading
    await page.getByLabel('Situation').focus();
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('review-again') ?? false);
    }
    expect(found, 'Tab reaches the grade buttons').toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Goodin 3 days');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change grade');
    expect(await row().locator('.review-done').textContent()).toMatch(/^Graded Good\./);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Againtomorrow');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => row().locator('.review-done').textContent()).toBe('Graded Hard. Next review: Wed, Dec 2 (in 2 days).');
    // Change grade put the first grade back: one grade in the log, not two.
    await requireAppDatabase(page);
    const log = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const req = indexedDB.open('rehearse');
          req.onsuccess = () => {
            const get = req.result.transaction('reviews').objectStore('reviews').get('question:why-openai');
            get.onsuccess = () => (req.result.close(), resolve((get.result as { log: { grade: string }[] }).log.map((l) => l.grade)));
          };
        }),
    );
    expect(log).toEqual(['hard']);
  });
});

describe.each(['light', 'dark'] as const)('axe at 360 px, %s theme', (colorScheme) => {
  it('the grading row before and after a grade, and the home page with a due item', async () => {
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: T0 });
    await openQuestion();
    await row().scrollIntoViewIfNeeded();
    await look(`review-row-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    await gradeButton('Again').click();
    await row().locator('.review-done').waitFor();
    await look(`review-graded-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.clock.setSystemTime(T0 + 2 * DAY);
    const due = await home();
    expect(await reviewSteps(due).count()).toBe(1);
    await due.scrollIntoViewIfNeeded();
    await look(`review-home-${colorScheme}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
