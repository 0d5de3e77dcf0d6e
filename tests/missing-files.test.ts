import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';

// A first visit that loses the network before the worker holds the app (a train entering a tunnel): each file
// that fails to arrive costs its own part of the page, with a sentence saying so, never an uncaught error
// (the suite fails a test on any) or a page stuck on "Loading". No worker here: it would answer past the routes.
const suite = chromiumSuite({ context: { serviceWorkers: 'block', viewport: { width: 360, height: 740 } } });

async function refusing(pattern: RegExp): Promise<{ page: Page; refused: () => number }> {
  const page = await suite.newPage();
  let refused = 0;
  await page.route(pattern, (route) => {
    refused++;
    return route.abort('internetdisconnected');
  });
  return { page, refused: () => refused };
}

const live = (page: Page) => page.waitForFunction(() => document.getElementById('app')?.dataset.prerendered === undefined);

describe('a file that does not arrive', () => {
  it("the coach's stylesheet: the draft works, and the coach says it could not be loaded", async () => {
    const { page, refused } = await refusing(/\/assets\/coach-[\w-]{8}\.css$/);
    await page.goto('/q/why-openai');
    await page.getByText('The answer coach could not be loaded.').waitFor();
    expect(refused()).toBeGreaterThan(0);
    const situation = page.getByLabel('Situation');
    await situation.fill('Typed with the coach missing');
    await page.getByText(/Saved/).first().waitFor();
    expect(await situation.inputValue()).toBe('Typed with the coach missing');
  });

  it("the app's own code: the drawn page stays readable and says what happened", async () => {
    const { page, refused } = await refusing(/\/assets\/start-[\w-]{8}\.js$/);
    await page.goto('/q/why-openai');
    await page.getByRole('alert').filter({ hasText: 'Rehearse could not finish loading' }).waitFor();
    expect(refused()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Why OpenAI?');
  });

  it("the list's code: the list page says so instead of an empty page", async () => {
    const { page, refused } = await refusing(/\/assets\/ResultsPanel-[\w-]{8}\.js$/);
    await page.goto('/questions');
    await live(page);
    await page.getByRole('alert').filter({ hasText: 'The list could not be loaded' }).waitFor();
    expect(refused()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All questions');
  });

  it("the home page's suggestions: the home page still draws, without them", async () => {
    const { page, refused } = await refusing(/\/assets\/(next-up|review)-[\w-]{8}\.js$/);
    await page.goto('/');
    await live(page);
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    await expect.poll(() => page.locator('.skeleton').count()).toBe(0);
    expect(refused()).toBeGreaterThan(0);
  });

  it('the review scheduler: the grade row says so, and grades once the page is reloaded online', async () => {
    const page = await suite.newPage();
    let refusing = true;
    let refused = 0;
    await page.route(/\/assets\/scheduler-[\w-]{8}\.js$/, (route) => (refusing ? (refused++, route.abort('internetdisconnected')) : route.continue()));
    await page.goto('/q/why-openai');
    await page.getByText('Grading could not be loaded: you may be offline').waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Good/ }).isDisabled()).toBe(true);
    // Online again, a reload fetches it: the row previews each grade and grades.
    refusing = false;
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: /^Good/ }).isEnabled()).toBe(true);
    expect(await page.getByText('Grading could not be loaded').count()).toBe(0);
    await page.getByRole('button', { name: /^Good/ }).click();
    await page
      .getByText(/^Graded Good\. Next review:/)
      .first()
      .waitFor();
  });
  it('the backup writer: "Back up this question" says so, keeps the page, and saves once reloaded online', async () => {
    // Loaded only when a backup is wanted (src/ui/storage/ScopedBackup.tsx), so a question page never fetches it before.
    const page = await suite.newPage();
    // Headless Chromium has showSaveFilePicker but no way to answer it: the download path, as in backup.test.
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    let refusing = true;
    let refused = 0;
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.route(/\/assets\/save-file-[\w-]{8}\.js$/, (route) => (refusing ? (refused++, route.abort('internetdisconnected')) : route.continue()));
    await page.goto('/q/why-openai');
    await live(page);
    expect(asked.filter((url) => /\/assets\/(save-file|storage|settings)-/.test(url))).toEqual([]);
    await page.getByRole('button', { name: 'Back up this question' }).click();
    await page.getByRole('alert').filter({ hasText: 'Rehearse could not load what writes backups: you may be offline' }).waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Back up this question' }).isEnabled()).toBe(true);
    refusing = false;
    await page.reload();
    await live(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up this question' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rehearse-question-why-openai-\d{4}-\d\d-\d\d\.zip$/);
    await page.getByRole('status').filter({ hasText: 'Backup saved as' }).waitFor();
  });
});
