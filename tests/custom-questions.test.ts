import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, collectPageErrors, launch } from './support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('your own questions', () => {
  it('are added, searched, drafted, edited and deleted like the built-in ones', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/questions');
    await page.getByRole('link', { name: 'Add your own question' }).click();
    // Empty: a clear message, nothing saved.
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/cannot be empty/);
    await page.getByLabel('Question', { exact: true }).fill('Why Mistral?');
    await page.getByLabel('Category').selectOption('Career Motivation');
    await page.getByLabel(/^Company/).fill('Mistral');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.waitForURL(/\/q\/custom-why-mistral-/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Why Mistral?');
    await page.getByLabel('Situation').fill('Open weights matter to my team');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');

    // Searched (with a typo) and filtered like the others, after a reload.
    await page.goto('/questions?q=mistrl');
    await expect.poll(() => page.locator('.result .q').allTextContents()).toContain('Why Mistral?');
    await page.goto('/questions?company=Mistral');
    await expect.poll(() => page.locator('.result .q').allTextContents()).toEqual(['Why Mistral?']);
    await page.locator('.result a').first().click();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Open weights matter to my team');

    await page.getByRole('link', { name: 'Edit question' }).click();
    await page.getByLabel('Question', { exact: true }).fill('Why Mistral AI?');
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Why Mistral AI?');
    // The draft is keyed by the id, which never changes.
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Open weights matter to my team');

    // A story can be linked to it from the story editor's picker.
    await page.goto('/stories');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Find a question').fill('mistral');
    await expect.poll(() => page.getByLabel('Question to link').locator('option').allTextContents()).toEqual(['Choose a question…', 'Why Mistral AI?']);
    await page.getByLabel('Question to link').selectOption({ label: 'Why Mistral AI?' });
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect.poll(() => page.locator('.linked-list a').textContent()).toBe('Why Mistral AI?');
    await page.locator('.linked-list a').click();
    await page.getByRole('heading', { level: 1, name: 'Why Mistral AI?' }).waitFor();
    await page.goto('/stories');
    await expect.poll(() => page.locator('.coverage-companies').textContent()).toContain('Mistral');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Why Mistral AI?' }).waitFor();

    await page.getByRole('button', { name: 'Delete question' }).click();
    await page.getByRole('button', { name: 'Delete question — confirm' }).click();
    await page.waitForURL(/\/questions$/);
    await page.goto('/questions?q=mistral');
    await expect.poll(() => page.locator('.empty').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
