import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumSuite } from './support/chromium';
import { spilledOutOfCards } from './support/layout';
import { recordChunks } from './support/recording';

// bypassCSP: axe is injected as an inline script. en-US and UTC so dates read "Thu, Dec 3".
const suite = chromiumSuite({
  args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  context: { viewport: { width: 360, height: 800 }, bypassCSP: true, locale: 'en-US', timezoneId: 'UTC' },
  watchForeign: true,
});

/** Monday 30 November 2026, 9 am: a Good answer comes back on Thursday 3 December. */
const T0 = Date.UTC(2026, 10, 30, 9);

const tile = (page: Page, name: string) => page.locator('.stat-tiles > div', { has: page.locator('dt', { hasText: name }) }).locator('dd');

async function gradeGood(page: Page): Promise<void> {
  await page.goto('/q/why-openai');
  const good = page
    .locator('.review-grade')
    .first()
    .getByRole('button', { name: /^Good\b/ });
  await expect.poll(() => good.isEnabled()).toBe(true);
  await good.click();
  await page.locator('.review-done').first().waitFor();
}

describe('the Progress page', () => {
  it('counts what was practised: per category, minutes this week, streak, each question with its takes', async () => {
    const page = await suite.newPage();
    await page.goto('/progress');
    await expect.poll(() => page.locator('.lede').first().textContent()).toMatch(/^Nothing practised yet/);
    expect(await tile(page, 'Questions practised').textContent()).toMatch(/^0 of \d+$/);

    await page.goto('/q/why-openai');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    await page.goto('/q/why-microsoft');
    await page.getByLabel('Situation').fill('Azure inference at scale for a million users');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');

    await page.goto('/progress');
    await expect.poll(() => tile(page, 'Questions practised').textContent()).toMatch(/^2 of \d+$/);
    expect(await tile(page, 'Recorded').textContent()).toMatch(/^\d+ sec · 1 take$/);
    expect(await tile(page, 'Streak').textContent()).toBe('1 day longest 1');
    const rows = await page.locator('.category-table tbody tr td.num').allTextContents();
    expect(rows.reduce((sum, r) => sum + Number(/^(\d+) of/.exec(r)![1]), 0)).toBeGreaterThanOrEqual(2); // a question may sit in two categories
    expect(rows.some((r) => / · 1 recorded$/.test(r))).toBe(true);
    const weeks = await page.getByRole('img', { name: /^Minutes recorded per week/ }).getAttribute('aria-label');
    expect(weeks).toMatch(/^Minutes recorded per week, oldest first: ([A-Z][a-z]{2} \d+, nothing; ){7}[A-Z][a-z]{2} \d+, \d+ sec in 1 take\.$/); // this week, last, has the take
    const each = page.getByRole('region', { name: 'Each question' }).getByRole('listitem');
    expect(await each.allTextContents()).toEqual([
      expect.stringMatching(/^Why Microsoft\?Draft 8 words · not said out loud yet$/),
      expect.stringMatching(/^Why OpenAI\?No draft · 1 take, speaking \d+ sec$/),
    ]);
    expect(await page.getByText('No mock round finished yet.').count()).toBe(1);
  });

  it('shows reviews due in the coming week and counts down to the interview day on the home page; a past day is refused', async () => {
    const page = await suite.newPage();
    await page.clock.install({ time: T0 });
    await gradeGood(page);
    await page.goto('/progress');
    const due = page.getByRole('img', { name: /^Reviews due each day/ });
    await expect
      .poll(() => due.getAttribute('aria-label'))
      .toBe(
        'Reviews due each day, today first: Today, 0 reviews; Tue, 0 reviews; Wed, 0 reviews; Thu, 1 review; Fri, 0 reviews; Sat, 0 reviews; Sun, 0 reviews.',
      );

    await page.getByLabel('Interview date').fill('2026-12-09');
    await expect
      .poll(() => page.locator('.countdown').textContent())
      .toBe('In 9 days (Wed, Dec 9): 1 review comes due before then, and 9 mock rounds fit at one a day.');
    await page.goto('/');
    const next = page.getByRole('region', { name: 'What next' });
    await expect
      .poll(() => next.locator('.countdown').textContent())
      .toBe('Interview in 9 days (Wed, Dec 9): 1 review due before then, and time for 9 mock rounds at one a day.');

    await page.goto('/progress');
    await page.getByLabel('Interview date').fill('2026-11-02');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That day has passed: choose the day of your next interview.');
    await page.reload();
    await expect.poll(() => page.getByLabel('Interview date').inputValue()).toBe('2026-12-09'); // nothing saved
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`has no axe violations at 360 px in the ${colorScheme} theme, nothing wider than the phone or its card, and reaches the date by keyboard`, async () => {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme });
      await page.clock.install({ time: T0 });
      await gradeGood(page);
      await page.goto('/progress');
      await page.getByRole('img', { name: /^Reviews due each day/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await spilledOutOfCards(page)).toEqual([]); // the longest category's chip among them
      await page.locator('h1').focus();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.id === 'interview-date');
      }
      expect(reached, 'Tab reaches the interview date').toBe(true);
    });
});
