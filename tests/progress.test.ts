import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { recordChunks } from './support/recording';

const suite = chromiumSuite({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'], watchForeign: true });

/** One question recorded (Why OpenAI?), another only drafted (Why Microsoft?). */
async function recordOneDraftAnother(page: Page) {
  await page.goto('/q/why-openai');
  await recordChunks(page, 1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: /Take 1/ }).waitFor();
  await page.goto('/q/why-microsoft');
  await page.getByLabel('Situation').fill('Azure inference at scale');
  await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
}

describe('the question list by progress', () => {
  it('filters not started / drafted / recorded, shows badges, and keeps the filter in the URL', async () => {
    const page = await suite.newPage();
    await recordOneDraftAnother(page);

    await page.goto('/questions?status=recorded');
    const rows = page.locator('.result');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/^Why OpenAI\?.*1 take$/);
    const progress = page.getByLabel('Progress');
    const options = await progress.locator('option').allTextContents();
    expect(options).toEqual(['Any progress', 'Not started (92)', 'Drafted, not recorded (1)', 'Recorded (1)', 'Due for review (0)']);
    await progress.selectOption('drafted');
    await page.waitForURL(/status=drafted/);
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Why Microsoft\?.*Drafted$/)]);

    await page.goBack();
    await page.waitForURL(/status=recorded/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await progress.inputValue()).toBe('recorded');

    // With a company filter the counts follow it.
    await page.goto('/questions?company=OpenAI&status=new');
    const openai = await page.getByLabel('Company').locator('option:checked').textContent();
    const inCompany = Number(openai!.match(/\((\d+)\)/)![1]);
    await expect.poll(() => rows.count()).toBe(inCompany - 1);
  });

  it('the home page says what to practise next: the draft not yet said out loud, then the take to record again', async () => {
    const page = await suite.newPage();
    await recordOneDraftAnother(page);
    await page.goto('/');
    const next = page.getByRole('region', { name: 'What next' });
    await next.waitFor();
    // In order: the draft to say out loud, a category without a story (there is none yet), the take to record again.
    expect(await next.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Why Microsoft\?Drafted .* · not said out loud yet$/),
      expect.stringMatching(/^Write a story for Project Deep Dives \(and 8 other categories\)No story of yours answers it yet$/),
      expect.stringMatching(/^Why OpenAI\?1 take · last .* · record it again$/),
    ]);
    await next.getByRole('link', { name: 'Why Microsoft?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Why Microsoft?' }).waitFor();
  });

  it('a new user gets one first step instead', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    const next = page.getByRole('region', { name: 'What next' });
    await next.waitFor();
    expect(await next.getByRole('listitem').allTextContents()).toEqual([
      'Try a first mock roundA few questions against the clock, said out loud or typed, then replayed',
    ]);
    expect(await next.getByRole('link', { name: 'Start a mock round' }).count()).toBe(0); // not twice
  });
});
