import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { fakeMicrophoneArgs, recordChunks, storedTakes } from './support/recording';

const suite = chromiumSuite({ args: fakeMicrophoneArgs([{ tone: true, ms: 3000 }]) });

async function open(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(path);
  await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
  return page;
}

describe('a take’s name and notes', () => {
  it('are kept when typed just before the tab was closed (no blur, no wait), and saved after a pause in typing', async () => {
    const page = await open('/q/why-openai');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor(); // open after Stop
    await page.getByLabel('Notes').click();
    await page.keyboard.type('Slow down at the start');
    await page.getByLabel('Name').click();
    await page.keyboard.type('First try');
    // The synchronous copy is there before any write to IndexedDB could land: the close below cannot lose it.
    const journal = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('rehearse:unsaved-take:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]!)).toMatchObject({ name: 'First try', notes: 'Slow down at the start' });
    await page.close({ runBeforeUnload: true }); // at once, focus still in Name: neither the pause nor a blur saved it
    const again = await open('/q/why-openai');
    await again.getByRole('button', { name: /First try/ }).click();
    expect(await again.getByLabel('Notes').inputValue()).toBe('Slow down at the start');
    await again.getByLabel('Notes').fill('Slow down at the start, then breathe');
    // Stored after a pause in typing, on its own (read from IndexedDB: the "Saved" shown before the edit proves nothing).
    await expect.poll(async () => (await storedTakes(again))[0]?.notes).toBe('Slow down at the start, then breathe');
    // The screen hears of the commit a moment after IndexedDB shows it: wait for it to say so.
    await expect.poll(() => again.locator('.take-save-state').textContent()).toBe('Saved');
    await expect.poll(() => again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rehearse:unsaved-take:')))).toEqual([]); // stored, so cleared
    await again.reload();
    await again.getByRole('button', { name: /First try/ }).click();
    expect(await again.getByLabel('Notes').inputValue()).toBe('Slow down at the start, then breathe');

    // A tab that closed before its write landed leaves only the journal entry: the next page to list the take stores it.
    const id = (await storedTakes(again))[0]!.id;
    await again.evaluate((key) => {
      const entry = {
        name: 'Second name',
        notes: 'Slow down at the start, then breathe. Smile.',
        baseName: 'First try',
        baseNotes: 'Slow down at the start, then breathe',
        baseRev: 0,
        at: Date.now(),
      };
      localStorage.setItem(key, JSON.stringify(entry));
    }, `rehearse:unsaved-take:${id}:closedtab`);
    await again.reload();
    await again.getByRole('button', { name: /Second name/ }).click();
    expect(await again.getByLabel('Notes').inputValue()).toBe('Slow down at the start, then breathe. Smile.');
    expect((await storedTakes(again))[0]).toMatchObject({ name: 'Second name', notes: 'Slow down at the start, then breathe. Smile.' });
  });
});
