import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './support/chromium';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
  context = await browser.newContext({ baseURL: baseURL() });
});
afterAll(async () => {
  await browser?.close();
});

describe('the question list by progress', () => {
  it('filters not started / drafted / recorded, shows badges, and keeps the filter in the URL', async () => {
    const page = await context.newPage();
    await page.goto('/q/why-openai');
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    await page.goto('/q/why-microsoft');
    await page.getByLabel('Situation').fill('Azure inference at scale');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');

    await page.goto('/questions?status=recorded');
    const rows = page.locator('.result');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/^Why OpenAI\?.*1 take$/);
    const progress = page.getByLabel('Progress');
    const options = await progress.locator('option').allTextContents();
    expect(options).toEqual(['Any progress', 'Not started (92)', 'Drafted, not recorded (1)', 'Recorded (1)']);
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
    await page.close();
  });

  it('the home page says what to practise next: the draft not yet said out loud, then the take to record again', async () => {
    const page = await context.newPage();
    await page.goto('/');
    const next = page.getByRole('region', { name: 'Pick up where you left off' });
    await next.waitFor();
    expect(await next.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Why Microsoft\?Drafted .* · not said out loud yet$/),
      expect.stringMatching(/^Why OpenAI\?1 take · last .* · record it again$/),
    ]);
    await next.getByRole('link', { name: 'Why Microsoft?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Why Microsoft?' }).waitFor();
    await page.close();
  });

  it('a new user sees no such list', async () => {
    const fresh = await browser.newContext({ baseURL: baseURL() });
    const page = await fresh.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    expect(await page.getByText('Pick up where you left off').count()).toBe(0);
    await fresh.close();
  });
});
