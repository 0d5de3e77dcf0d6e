import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, collectPageErrors, launch } from './support/chromium';
import { appDatabaseMade, requireAppDatabase } from './support/db';

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

/** A loaded machine can take seconds to render: poll longer than vitest's 1 s default. */
const SLOW = { timeout: 15_000 };

/** Every record of every store (audio as byte arrays) and every journal key: what "put back byte for byte" is checked against. */
async function dump(page: Page) {
  await requireAppDatabase(page);
  return page.evaluate(
    () =>
      new Promise<{ stores: Record<string, unknown[]>; journal: Record<string, string> }>((resolve, reject) => {
        const req = indexedDB.open('rehearse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'settings');
          const t = db.transaction(names);
          const stores: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = t.objectStore(name).getAll();
            all.onsuccess = () => {
              stores[name] = all.result.map((r: Record<string, unknown>) => (r.data instanceof ArrayBuffer ? { ...r, data: [...new Uint8Array(r.data)] } : r));
            };
          }
          t.oncomplete = () => {
            db.close();
            const journal: Record<string, string> = {};
            const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).sort();
            for (const key of keys) if (key.startsWith('rehearse:unsaved-draft:')) journal[key] = localStorage.getItem(key)!;
            resolve({ stores, journal });
          };
        };
      }),
  );
}

/** A take with two chunks of audio, a revision and a second tab's journal entry, written the way the app stores them. Its bytes are no audio: marked undecodable so the app's background analysis leaves it alone. */
async function addOwnedRecords(page: Page, questionId: string) {
  await requireAppDatabase(page);
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => {
          const db = req.result;
          const t = db.transaction(['takes', 'chunks', 'revisions'], 'readwrite');
          const take = {
            id: 'take-owned000001',
            questionId: id,
            mimeType: 'audio/webm',
            status: 'complete',
            startedAt: 1,
            durationMs: 2000,
            chunkCount: 2,
            bytes: 5,
            name: 'First go',
            rating: 3,
            notes: '',
            updatedAt: 2,
            analysisFailed: true,
          };
          t.objectStore('takes').put(take);
          t.objectStore('chunks').put({ takeId: take.id, seq: 0, data: new Uint8Array([1, 2, 3]).buffer, atMs: 1000 });
          t.objectStore('chunks').put({ takeId: take.id, seq: 1, data: new Uint8Array([4, 5]).buffer, atMs: 2000 });
          t.objectStore('revisions').put({ questionId: id, framework: 'star', fields: { situation: 'older' }, savedAt: 1, reason: 'manual' });
          t.oncomplete = () => {
            db.close();
            localStorage.setItem(`rehearse:unsaved-draft:${id}:other-tab`, '{"framework":"star","fields":{"situation":"x"},"baseRev":0,"at":0}');
            resolve();
          };
          t.onerror = () => reject(t.error);
        };
      }),
    questionId,
  );
}

describe('deleting', () => {
  it('a custom question takes its draft, revisions, takes with audio, story links and journal with it; Undo puts all back', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/my-questions/new');
    await page.getByLabel('Question', { exact: true }).fill('Why Cohere?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.waitForURL(/\/q\/custom-why-cohere-/);
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByLabel('Situation').fill('Enterprise focus');
    await expect.poll(() => page.locator('.save-state').textContent(), SLOW).toBe('Saved');
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.waitForURL(/\/stories\/story-/);
    await page.getByLabel('Title').fill('Enterprise'); // a story is written, linked, on its first typed character
    await expect.poll(() => page.locator('.save-state').textContent(), SLOW).toBe('Saved');
    await page.goto(`/q/${id}`);
    // The draft is open in this tab before another tab's unsaved text is planted: an editor opened after it would
    // take it over (a gone tab's text is restored), which is right, but not the state this test keeps.
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('Enterprise focus');
    await addOwnedRecords(page, id);
    const before = await dump(page);
    expect(JSON.stringify(before.stores.stories)).toContain(id);
    expect(before.stores.chunks).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete question' }).click();
    await page.getByRole('button', { name: 'Delete question — confirm' }).click();
    await page.waitForURL(/\/questions$/);
    const after = await dump(page);
    expect(JSON.stringify(after)).not.toContain(id);
    expect(after.stores.chunks).toEqual([]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => JSON.stringify(await dump(page)), SLOW).toBe(JSON.stringify(before));
    await page.goto(`/q/${id}`);
    // The closed tab's unsaved "x" was typed over an older save: the editor shows it and asks, losing neither text.
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('x');
    await page.getByRole('button', { name: 'Use the other tab’s' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('Enterprise focus');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a draft, with its history; Undo brings it back', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/q/why-openai');
    await page.getByLabel('Situation').fill('Read the charter twice');
    await expect.poll(() => page.locator('.save-state').textContent(), SLOW).toBe('Saved');
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('');
    await page.reload();
    await expect.poll(() => page.locator('.save-state').textContent(), SLOW).not.toMatch(/Loading/);
    expect(await page.getByLabel('Situation').inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Delete draft' }).count()).toBe(0);

    await page.getByLabel('Situation').fill('Second attempt');
    await expect.poll(() => page.locator('.save-state').textContent(), SLOW).toBe('Saved');
    await expect.poll(() => storedRevisions(page), SLOW).toContain('Second attempt');
    const before = await storedRevisions(page);
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await expect.poll(() => storedRevisions(page), SLOW).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('Second attempt');
    await expect.poll(() => storedRevisions(page), SLOW).toEqual(before);
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').inputValue(), SLOW).toBe('Second attempt');
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.locator('.revisions').textContent(), SLOW).toMatch(/Second attempt/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The Situation text of each stored revision of the why-openai draft, oldest first. */
async function storedRevisions(page: Page): Promise<string[]> {
  if (!(await appDatabaseMade(page))) return [];
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => {
          const all = req.result.transaction('revisions').objectStore('revisions').index('byQuestion').getAll('why-openai');
          all.onsuccess = () => (req.result.close(), resolve((all.result as { fields: Record<string, string> }[]).map((r) => r.fields.situation ?? '')));
        };
      }),
  );
}

describe('editing your own question', () => {
  it('reloaded on its edit address before the questions load, waits for them and keeps every field', async () => {
    // No worker: it would answer the bank request itself, past page.route.
    const context = await browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/my-questions/new');
    await page.getByLabel('Question', { exact: true }).fill('Why Mistral?');
    await page.getByLabel('Category').selectOption('Career Motivation');
    await page.getByLabel(/^Company/).fill('Mistral');
    await page.getByLabel('What it tests (optional)').fill('Open-weight conviction');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.waitForURL(/\/q\/custom-why-mistral-/);
    const id = new URL(page.url()).pathname.split('/')[2]!;

    // Hold the bank back until the edit screen has rendered whatever it renders without it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/questions[^/]*\.json$|\/data\/questions\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/my-questions/${id}/edit`);
    await page.locator('main h1, main .skeleton').first().waitFor();
    release();
    await expect.poll(() => page.getByLabel('Question', { exact: true }).inputValue(), SLOW).toBe('Why Mistral?');
    await page.getByLabel('Question', { exact: true }).fill('Why Mistral AI?');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByRole('heading', { level: 1, name: 'Why Mistral AI?' }).waitFor();
    await page.goto(`/my-questions/${id}/edit`);
    await expect.poll(() => page.getByLabel('Category').inputValue(), SLOW).toBe('Career Motivation');
    expect(await page.getByLabel(/^Company/).inputValue()).toBe('Mistral');
    expect(await page.getByLabel('What it tests (optional)').inputValue()).toBe('Open-weight conviction');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('your own questions in other scripts', () => {
  it('are found by search in Greek and Arabic, marked, and Arabic reads right to left', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    for (const text of ['Γιατί θέλετε να δουλέψετε στη Mistral;', 'لماذا تريد العمل في هذه الشركة؟']) {
      await page.goto('/my-questions/new');
      await page.getByLabel('Question', { exact: true }).fill(text);
      await page.getByRole('button', { name: 'Add question' }).click();
      await page.getByRole('heading', { level: 1, name: text }).waitFor();
    }
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('h1')).toBe('rtl');

    await page.goto(`/questions?q=${encodeURIComponent('δουλεψετε')}`);
    await expect.poll(() => page.locator('.result .q').allTextContents(), SLOW).toEqual(['Γιατί θέλετε να δουλέψετε στη Mistral;']);
    expect(await page.locator('.result .q mark').allTextContents()).toEqual(['δουλέψετε']);
    expect(await direction('.result .q')).toBe('ltr');

    await page.goto('/questions');
    await page.getByRole('searchbox').fill('الشركة');
    await expect.poll(() => page.locator('.result .q').allTextContents(), SLOW).toEqual(['لماذا تريد العمل في هذه الشركة؟']);
    expect(await page.locator('.result .q mark').allTextContents()).toEqual(['الشركة']);
    expect(await direction('.result .q')).toBe('rtl');
    expect(await direction('#search')).toBe('rtl');
    expect(errors).toEqual([]);
    await context.close();
  });
});
