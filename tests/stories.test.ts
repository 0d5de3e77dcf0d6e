import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { appDatabaseMade, requireAppDatabase } from './support/db';

const suite = chromiumSuite({ context: { viewport: { width: 360, height: 800 } }, watchForeign: true });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

// Only in "Conflict & Collaboration"; nothing else is linked, so "Failure & Learning" stays uncovered.
const CONFLICT_QUESTION = 'tell-me-about-a-time-you-had-to-resolve-a-conflict-in-a-team';
const saveState = () => page.locator('.save-state').textContent();
const categoryTile = (name: string) => page.locator('.coverage-categories li', { hasText: name });

async function newStory(): Promise<string> {
  await page.goto('/stories');
  await page.getByText('No stories yet.').waitFor();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.waitForURL(/\/stories\/story-[a-z0-9]+$/);
  await page.getByLabel('Title').waitFor();
  return new URL(page.url()).pathname;
}

/** The story as IndexedDB holds it. */
async function storedStory(on: Page, id: string): Promise<{ title: string; fields: Record<string, string> } | undefined> {
  await requireAppDatabase(on);
  return on.evaluate(
    (key) =>
      new Promise<{ title: string; fields: Record<string, string> } | undefined>((resolve) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => {
          const get = req.result.transaction('stories').objectStore('stories').get(key);
          get.onsuccess = () => (req.result.close(), resolve(get.result as { title: string; fields: Record<string, string> } | undefined));
        };
      }),
    id,
  );
}

describe('the story bank', () => {
  it('creates a story, autosaves title and STAR fields, and keeps them across a reload', async () => {
    const path = await newStory();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Untitled story');
    await page.getByLabel('Title').fill('Eval harness that caught regressions');
    await page.getByLabel('Situation').fill('Our RAG assistant regressed silently after each prompt change.');
    await page.getByLabel('Action').click();
    await page.keyboard.type('Built an eval set of 400 real queries, gated deploys on it.');
    await page.getByLabel('Metric').fill('3 regressions caught before launch');
    await page.getByLabel('Tags').fill('leadership, evals, ');
    await expect.poll(saveState).toBe('Saved');
    // The prompt of each field is its description.
    const hint = await page.getByLabel('Situation').getAttribute('aria-describedby');
    expect(await page.locator(`#${hint}`).textContent()).toMatch(/Set the scene/);

    await page.reload();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Eval harness that caught regressions');
    expect(await page.getByLabel('Situation').inputValue()).toBe('Our RAG assistant regressed silently after each prompt change.');
    expect(await page.getByLabel('Action').inputValue()).toBe('Built an eval set of 400 real queries, gated deploys on it.');
    expect(await page.getByLabel('Metric').inputValue()).toBe('3 regressions caught before launch');
    expect(await page.getByLabel('Tags').inputValue()).toBe('leadership, evals');

    await page.getByRole('link', { name: '← All stories' }).click();
    await page.waitForURL(/\/stories$/);
    const card = page.locator('.story-card').first();
    await expect.poll(() => card.getByRole('link').textContent()).toBe('Eval harness that caught regressions');
    expect(await card.getByRole('link').getAttribute('href')).toBe(path);
    expect(await card.textContent()).toMatch(/3 regressions caught before launch/);
    expect(await card.locator('.chip').allTextContents()).toEqual(['leadership', 'evals']);
    expect(await card.textContent()).toMatch(/Not linked to a question yet/);
  });

  it('keeps text typed just before the page is left (no wait for the debounce)', async () => {
    const path = await newStory();
    await page.getByLabel('Title').click();
    await page.keyboard.type('Typed and left at once');
    await page.goto('/guide');
    await page.goto(path);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Typed and left at once');
    // It reaches IndexedDB, not only the unsaved-text journal: saved on the way out, or from the journal on return
    // (which of the two depends on how fast the machine is, so the test waits for the stored title, not a status).
    const id = path.split('/').at(-1)!;
    const storedTitle = async () =>
      !(await appDatabaseMade(page))
        ? ''
        : page.evaluate(
            (key) =>
              new Promise<string>((resolve, reject) => {
                const req = indexedDB.open('rehearse');
                req.onerror = () => reject(req.error);
                req.onsuccess = () => {
                  const get = req.result.transaction('stories').objectStore('stories').get(key);
                  get.onsuccess = () => {
                    req.result.close();
                    resolve((get.result as { title: string } | undefined)?.title ?? '');
                  };
                };
              }),
            id,
          );
    await expect.poll(storedTitle).toBe('Typed and left at once');
    await expect.poll(saveState).not.toMatch(/Not saved|Saving/);
  });

  it('switching framework keeps every field’s text', async () => {
    await newStory();
    await page.getByLabel('Situation').fill('Shared situation text');
    await page.getByLabel('Task').fill('Only STAR has a task');
    await page.getByLabel('SPSIL').check();
    expect(await page.getByLabel('Situation').inputValue()).toBe('Shared situation text');
    await page.getByLabel('Problem').fill('The problem, SPSIL only');
    await page.getByLabel('Free text').check();
    await page.getByRole('textbox', { name: 'Story', exact: true }).fill('All of it, freely');
    await page.getByLabel('STAR').check();
    expect(await page.getByLabel('Task').inputValue()).toBe('Only STAR has a task');
    await expect.poll(saveState).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Task').inputValue()).toBe('Only STAR has a task');
    await page.getByLabel('SPSIL').check();
    expect(await page.getByLabel('Problem').inputValue()).toBe('The problem, SPSIL only');
    await page.getByLabel('Free text').check();
    expect(await page.getByRole('textbox', { name: 'Story', exact: true }).inputValue()).toBe('All of it, freely');
  });

  it('links a question from the editor; coverage shows its category covered, others not; unlink undoes it', async () => {
    const path = await newStory();
    await page.getByLabel('Title').fill('Team conflict over eval metrics');
    await page.getByLabel('Find a question').fill('resolve a conflict in a team');
    await page.getByLabel('Question to link').selectOption(CONFLICT_QUESTION);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const linked = page.locator('.linked-list a');
    await expect.poll(() => linked.getAttribute('href')).toBe(`/q/${CONFLICT_QUESTION}`);

    // The link leads to the question page.
    await linked.click();
    await page.waitForURL(new RegExp(`/q/${CONFLICT_QUESTION}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.goto('/stories');
    await page.getByRole('heading', { name: 'Coverage' }).waitFor();
    expect(await page.locator('.story-card').textContent()).toMatch(/Linked to 1 question/);
    await expect.poll(() => categoryTile('Conflict & Collaboration').textContent()).toMatch(/1 story$/);
    expect(await categoryTile('Failure & Learning').textContent()).toMatch(/No story yet$/);
    expect(await page.locator('.targets').textContent()).toMatch(/Collaboration \(Conflict & Collaboration\): 1 story of 2–3 — 1 more to go/);
    expect(await page.locator('.coverage-companies').textContent()).toContain('Meta');

    await page.goto(path);
    await page.getByRole('button', { name: /^Unlink/ }).click();
    await expect.poll(() => page.locator('.linked-list a').count()).toBe(0);
    await page.goto('/stories');
    await expect.poll(() => categoryTile('Conflict & Collaboration').textContent()).toMatch(/No story yet$/);
    expect(await page.locator('.coverage-companies').count()).toBe(0);
  });

  it('deletes only after the confirm step; a bad id says not found', async () => {
    const path = await newStory();
    await page.getByLabel('Title').fill('To delete'); // a story is written on its first typed character
    await expect.poll(saveState).toBe('Saved');
    await page.getByRole('button', { name: 'Delete story' }).click();
    const confirm = page.getByRole('button', { name: 'Delete story — confirm' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await confirm.count()).toBe(0);
    await page.getByRole('button', { name: 'Delete story' }).click();
    await confirm.click();
    await page.waitForURL(/\/stories$/);
    await page.getByText('No stories yet.').waitFor();
    await page.goto(path);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Story not found');
  });

  it('another open tab sees a new story without reloading', async () => {
    await page.goto('/stories');
    await page.getByText('No stories yet.').waitFor();
    const other = await suite.newPage();
    await other.goto('/stories');
    await other.getByRole('button', { name: 'New story' }).click();
    await other.getByLabel('Title').fill('From the other tab');
    await expect.poll(() => other.locator('.save-state').textContent()).toBe('Saved');
    await expect.poll(() => page.locator('.story-card a').first().textContent()).toBe('From the other tab');
  });

  it('a question page starts a story for itself, and lists and links stories', async () => {
    await page.goto(`/q/${CONFLICT_QUESTION}`);
    await page.getByRole('heading', { name: 'Your stories for this question' }).waitFor();
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.waitForURL(/\/stories\/story-[a-z0-9]+$/);
    await page.getByLabel('Title').fill('The migration standoff');
    await expect.poll(saveState).toBe('Saved');
    await page.goto(`/q/${CONFLICT_QUESTION}`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Your stories for this question' }) });
    await expect.poll(() => panel.getByRole('link').allTextContents()).toContain('The migration standoff');
    // The same story linked from another question's page.
    await page.goto('/q/why-openai');
    const other = page.locator('section', { has: page.getByRole('heading', { name: 'Your stories for this question' }) });
    await other.locator('select').selectOption({ label: 'The migration standoff' });
    await other.getByRole('button', { name: 'Link', exact: true }).click();
    await expect.poll(() => other.getByRole('link').allTextContents()).toContain('The migration standoff');
  });

  it('a story open in two tabs: a letter typed in one never erases a paragraph typed in the other', async () => {
    const path = await newStory();
    await page.getByLabel('Metric').fill('1'); // written on its first typed character: now the other tab can open it
    await expect.poll(saveState).toBe('Saved');
    const other = await suite.newPage();
    await other.goto(path);
    await expect.poll(() => other.getByLabel('Title').isEnabled()).toBe(true);
    // The scenario: a paragraph here, a letter in the other tab's title, reload this one.
    const paragraph = 'We shipped a retrieval eval that caught three regressions before launch, and the team kept it.';
    await page.getByLabel('Situation').fill(paragraph);
    await expect.poll(saveState).toBe('Saved');
    await expect.poll(() => other.getByLabel('Situation').inputValue()).toBe(paragraph);
    await other.getByLabel('Title').click();
    await other.keyboard.type('T');
    // Both saves land, and the store has both (a reload alone proves little: the journal puts the paragraph back on screen anyway).
    await expect.poll(() => other.locator('.save-state').textContent()).toBe('Saved');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('T');
    expect(await saveState()).toBe('Saved');
    expect(await storedStory(page, path.split('/').at(-1)!)).toMatchObject({ title: 'T', fields: { situation: paragraph } });
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe(paragraph);
    expect(await page.getByLabel('Title').inputValue()).toBe('T');
  });

  it('an idle story editor takes what another tab saved, without a reload', async () => {
    const path = await newStory();
    await page.getByLabel('Tags').fill('evals'); // written on its first typed character: now the other tab can open it
    await expect.poll(saveState).toBe('Saved');
    const other = await suite.newPage();
    await other.goto(path);
    await expect.poll(() => other.getByLabel('Title').isEnabled()).toBe(true);
    await page.getByLabel('Metric').fill('p95 2.1 s → 600 ms');
    await expect.poll(saveState).toBe('Saved');
    await expect.poll(() => other.getByLabel('Metric').inputValue()).toBe('p95 2.1 s → 600 ms');
    await other.getByLabel('Title').fill('Both tabs agree');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Both tabs agree');
    expect(await page.getByLabel('Metric').inputValue()).toBe('p95 2.1 s → 600 ms');
  });

  it('says which tags are not kept: past the 20th, or cut to 40 characters', async () => {
    await newStory();
    const long = 'a-tag-far-longer-than-forty-characters-in-all';
    const tags = [long, ...Array.from({ length: 20 }, (_, i) => `t${i + 1}`)];
    await page.getByLabel('Tags').fill(tags.join(', '));
    await expect
      .poll(() => page.locator('.tags-not-kept').textContent())
      .toBe(`Only the first 20 tags are kept; not kept: t20. Tags are cut to 40 characters: ${long}.`);
    await expect.poll(saveState).toBe('Saved');
    await page.getByLabel('Tags').fill('evals, leadership');
    await expect.poll(() => page.locator('.tags-not-kept').count()).toBe(0);
  });

  it('a title at its limit shows the counter and does not grow', async () => {
    await newStory();
    const title = page.getByLabel('Title');
    await title.fill('t'.repeat(200));
    await expect.poll(() => page.locator('#story-title-count').textContent()).toBe('200 of 200 characters — the limit');
    await title.press('End');
    await page.keyboard.type('more');
    expect((await title.inputValue()).length).toBe(200);
    await expect.poll(saveState).toBe('Saved');
  });
});
