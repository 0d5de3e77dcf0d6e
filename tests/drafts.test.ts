import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite, waitForController } from './support/chromium';
import { requireAppDatabase } from './support/db';

const suite = chromiumSuite();

async function open(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(path);
  await page.getByLabel('Situation').waitFor();
  await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
  return page;
}
const status = (page: Page) => page.locator('.save-state').textContent();

/** Keeps a readwrite transaction on the drafts store alive from `page` until the returned function is called. */
async function holdDraftWrites(page: Page): Promise<() => Promise<void>> {
  await requireAppDatabase(page);
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => {
          const store = req.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const spin = () => {
            if (!(window as { releaseDrafts?: boolean }).releaseDrafts) store.get('hold').onsuccess = spin;
          };
          spin();
          held();
        };
      }),
  );
  return () => page.evaluate(() => void ((window as { releaseDrafts?: boolean }).releaseDrafts = true));
}

describe('drafts never lose a word', () => {
  it('keeps text typed just before the tab was closed (no wait)', async () => {
    const page = await open('/q/why-openai');
    await page.getByLabel('Situation').click();
    await page.keyboard.type('Joined a 5-person applied team');
    await page.close(); // at once: the debounced save has not run
    const again = await open('/q/why-openai');
    await expect.poll(() => again.getByLabel('Situation').inputValue()).toBe('Joined a 5-person applied team');
    await expect.poll(() => status(again)).not.toMatch(/Saving|Not saved/);
    // It is in IndexedDB (not only in the unsaved-text journal) and survives another reload.
    await requireAppDatabase(again);
    const stored = await again.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('rehearse');
          req.onsuccess = () => {
            const get = req.result.transaction('drafts').objectStore('drafts').get('why-openai');
            get.onsuccess = () => (req.result.close(), resolve((get.result as { fields: Record<string, string> } | undefined)?.fields.situation ?? ''));
          };
        }),
    );
    expect(stored).toBe('Joined a 5-person applied team');
    await again.reload();
    await expect.poll(() => again.getByLabel('Situation').inputValue()).toBe('Joined a 5-person applied team');
  });

  it('saves while typing, says so, counts words and speaking time against the target', async () => {
    const page = await open('/q/tell-me-about-yourself');
    await page.getByLabel('Situation').fill('one two three four five six seven');
    await expect.poll(() => status(page)).toBe('Saved');
    expect(await page.locator('.draft-footer').textContent()).toMatch(/7 words · about 3 sec spoken of a 1-minute target/);
    // Switching framework keeps the text; switching back shows it again.
    await page.getByLabel('Free text').check();
    await page.getByRole('textbox', { name: 'Answer', exact: true }).fill('free form');
    await page.getByLabel('STAR').check();
    expect(await page.getByLabel('Situation').inputValue()).toBe('one two three four five six seven');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('one two three four five six seven');
  });

  it('works offline: type, reload with no network, the text is there', async () => {
    const page = await open('/q/why-openai');
    await waitForController(page);
    await suite.context.setOffline(true);
    await page.reload();
    await page.getByLabel('Task').fill('Written with no signal');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Task').inputValue()).toBe('Written with no signal');
    await suite.context.setOffline(false);
  });

  it('two tabs on one draft see each other’s edits, and never silently overwrite', async () => {
    const a = await open('/q/how-do-you-prioritize-tasks');
    const b = await open('/q/how-do-you-prioritize-tasks');
    await a.getByLabel('Action').fill('From tab A');
    await expect.poll(() => b.getByLabel('Action').inputValue()).toBe('From tab A');
    await b.getByLabel('Action').fill('From tab B');
    await expect.poll(() => a.getByLabel('Action').inputValue()).toBe('From tab B');
    // Both edit before either hears of the other: the later one is asked, not overwritten.
    await a.getByLabel('Result').fill('A result');
    await b.getByLabel('Result').fill('B result');
    await expect.poll(() => Promise.all([status(a), status(b)])).toContain('Changed in another tab — choose below');
    const loser = (await status(a))?.startsWith('Changed') ? a : b;
    const mine = await loser.getByLabel('Result').inputValue();
    await loser.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => status(loser)).toBe('Saved');
    const other = loser === a ? b : a;
    await other.reload();
    await expect.poll(() => other.getByLabel('Result').inputValue()).toBe(mine);
    // The overwritten text is in history, not gone.
    await other.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => other.locator('.revisions').textContent()).toMatch(mine === 'A result' ? /B result/ : /A result/);
  });

  it('a full disk keeps the text on screen, says so, and saves once space is back', async () => {
    await suite.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'drafts') throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await open('/q/why-openai');
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
    await page.getByLabel('Result').fill('Shipped the eval harness');
    await page.getByRole('alert').filter({ hasText: 'out of storage space' }).waitFor();
    expect(await status(page)).toMatch(/Not saved yet/);
    expect(await page.getByLabel('Result').inputValue()).toBe('Shipped the eval harness');
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('Saved');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'out of storage space' }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByLabel('Result').inputValue()).toBe('Shipped the eval harness');
  });

  it('history restores an earlier version and keeps the replaced one', async () => {
    const page = await open('/q/why-do-you-want-to-work-at-meta');
    await page.getByLabel('Situation').fill('first version');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.getByLabel('Situation').fill('second version');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.getByRole('button', { name: 'History' }).click();
    const first = page.locator('.revisions li').filter({ hasText: 'first version' });
    await first.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('first version');
    await expect.poll(() => page.locator('.revisions').textContent()).toMatch(/second version/);
  });

  it('your own words are searchable', async () => {
    const page = await open('/q/how-do-you-prioritize-tasks');
    await page.getByLabel('Situation').fill('Migrated the Globex ranking service');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.goto('/questions?q=globex');
    await expect.poll(() => page.locator('.result .q').allTextContents()).toEqual(['How do you prioritize tasks?']);
    expect(await page.locator('.result .why').textContent()).toMatch(/In your draft: .*Globex/);
  });

  it('a tab closed while it shows “Keep mine” loses nothing: the next open restores its text, and History has it', async () => {
    const a = await open('/q/why-openai');
    const b = await open('/q/why-openai');
    // Both tabs must have unsaved text before either save lands (otherwise the slower tab simply takes
    // the other's text): a third page holds the drafts store until both are waiting to save.
    const holder = await suite.newPage();
    await holder.goto('/');
    const release = await holdDraftWrites(holder);
    await a.getByLabel('Result').fill('A closing text');
    await b.getByLabel('Result').fill('B closing text');
    await expect.poll(() => Promise.all([status(a), status(b)])).toEqual(['Saving…', 'Saving…']);
    await release();
    await expect.poll(() => Promise.all([status(a), status(b)])).toContain('Changed in another tab — choose below');
    const loser = (await status(a))?.startsWith('Changed') ? a : b;
    const theirs = loser === a ? 'B closing text' : 'A closing text';
    const mine = await loser.getByLabel('Result').inputValue();
    expect(mine).not.toBe(theirs);
    await loser.close();
    const again = await open('/q/why-openai');
    await expect.poll(() => again.getByLabel('Result').inputValue()).toBe(mine);
    expect(await again.getByRole('button', { name: 'Keep mine' }).count()).toBe(1);
    // Recovered, but not saved: the other tab's text is stored until the user chooses.
    expect(await again.locator('.note').allTextContents()).toContain('Recovered text you typed before Rehearse closed.');
    await again.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => again.locator('.revisions').textContent()).toContain(mine);
  });

  it('a malformed unsaved-text entry is set aside: the question page opens and shows the saved draft', async () => {
    const page = await open('/q/why-openai');
    await page.getByLabel('Situation').fill('Saved before the bad entry');
    await expect.poll(() => status(page)).toBe('Saved');
    await page.evaluate(() => localStorage.setItem('rehearse:unsaved-draft:why-openai', '{"framework":"star","fields":{"situation":5},"baseRev":0,"at":0}'));
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Saved before the bad entry');
    expect(await page.locator('.note').allTextContents()).toContain(
      'An unsaved copy of this text could not be read and was set aside; what was saved is shown.',
    );
    expect(await page.evaluate(() => localStorage.getItem('rehearse:unsaved-draft:why-openai'))).toBeNull();
  });

  it('a field near its limit shows a counter, and at the limit it does not grow', async () => {
    const page = await open('/q/why-openai');
    const field = page.getByLabel('Situation');
    const counter = page.locator('#draft-situation-count');
    await field.fill('x'.repeat(17_000));
    expect(await counter.count()).toBe(0);
    await field.fill('x'.repeat(18_000));
    await expect.poll(() => counter.textContent()).toBe('18,000 of 20,000 characters');
    await field.fill('x'.repeat(20_000));
    await expect.poll(() => counter.textContent()).toBe('20,000 of 20,000 characters — the limit');
    await field.press('End');
    await page.keyboard.type('more');
    expect((await field.inputValue()).length).toBe(20_000);
    await expect.poll(() => status(page)).toBe('Saved');
    await page.reload();
    await expect.poll(async () => (await page.getByLabel('Situation').inputValue()).length).toBe(20_000);
  });

  it('says so when the unsaved-text backup cannot be written, while the draft still saves', async () => {
    await suite.context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key.startsWith('rehearse:unsaved')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const page = await open('/q/why-openai');
    await page.getByLabel('Task').fill('No backup, still saved');
    await page.locator('.journal-warning').waitFor();
    expect(await page.locator('.journal-warning').textContent()).toMatch(/not letting Rehearse keep a backup copy of unsaved text/);
    await expect.poll(() => status(page)).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Task').inputValue()).toBe('No backup, still saved');
  });
});
