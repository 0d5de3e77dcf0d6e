import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, chromiumSuite, collectPageErrors, launchPersistent } from './support/chromium';
import { fakeMicrophoneArgs } from './support/recording';
import { appDatabaseMade, requireAppDatabase } from './support/db';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-backup-'));
const suite = chromiumSuite({
  args: fakeMicrophoneArgs([
    { tone: true, ms: 1500 },
    { tone: false, ms: 500 },
    { tone: true, ms: 1000 },
  ]),
});
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The README's pictures are written only when asked (UPDATE_SCREENSHOTS=1): a test run leaves the working tree as it found it.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('./screenshots/', import.meta.url).pathname : null;

async function newPage(): Promise<Page> {
  const page = await suite.newPage();
  // Headless Chromium has showSaveFilePicker but no way to answer it: take the download path, as Firefox and Safari do.
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  return page;
}

async function openQuestion(page: Page, id = 'why-openai') {
  await page.goto(`/q/${id}`);
  await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
}

const stored = async (page: Page, store: string) =>
  !(await appDatabaseMade(page))
    ? 0
    : page.evaluate(
        (store) =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('rehearse');
            req.onsuccess = () => {
              const count = req.result.transaction(store).objectStore(store).count();
              count.onsuccess = () => (req.result.close(), resolve(count.result));
            };
          }),
        store,
      );

/** A backup's entry names and its JSON files parsed, read in Node with the zip library the app imports with. */
async function readBackup(file: string) {
  const zip = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(file))));
  const json: Record<string, unknown> = {};
  const names: string[] = [];
  for (const entry of await zip.getEntries()) {
    names.push(entry.filename);
    if (!entry.directory && entry.filename.endsWith('.json')) json[entry.filename] = JSON.parse(await entry.getData(new TextWriter()));
  }
  await zip.close();
  return { names, json };
}

async function recordTake(page: Page) {
  await page.getByRole('button', { name: 'Record an answer' }).click();
  await expect.poll(() => page.getByLabel('Elapsed time').textContent(), { timeout: 10_000 }).toMatch(/^0:0[2-9]/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: /Take 1/ }).waitFor();
}

async function openStorage(page: Page) {
  await page.goto('/storage');
  await page.getByText('Last backup').waitFor();
}

describe('backup and restore', () => {
  it('a draft and a take are exported, deleted, imported back, and the take plays', async () => {
    const page = await newPage();
    await openQuestion(page);
    await page.getByLabel('Situation').fill('Joined a 5-person applied team');
    await expect.poll(() => stored(page, 'drafts')).toBe(1);
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await expect.poll(() => page.getByLabel('Elapsed time').textContent(), { timeout: 10_000 }).toMatch(/^0:0[2-9]/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();

    await openStorage(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rehearse-backup-\d{4}-\d\d-\d\d\.zip$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Backup saved as' }).waitFor();
    await expect.poll(() => page.locator('dd').last().textContent()).not.toBe('Never');
    if (process.env.UPDATE_FIXTURES === '1') copyFileSync(file, new URL('./fixtures/backup-chromium.zip', import.meta.url).pathname);

    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('Everything was deleted from this browser.').waitFor();
    expect([await stored(page, 'drafts'), await stored(page, 'takes'), await stored(page, 'chunks')]).toEqual([0, 0, 0]);
    // The next load draws a new user's home page at once (src/practice/started.ts)…
    const startedMark = () => page.evaluate(() => localStorage.getItem('rehearse:started'));
    expect(await startedMark()).toBeNull();

    await page.getByLabel('Import a backup').setInputFiles(file);
    await page.getByText('Imported.').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Imported.' }).textContent()).toMatch(/Takes: 1 added/);
    // …and, once the practice is back, a returning user's: their What next is not drawn under a new user's page.
    expect(await startedMark()).toBe('1');

    await openQuestion(page);
    expect(await page.getByLabel('Situation').inputValue()).toBe('Joined a 5-person applied team');
    await page.getByRole('button', { name: /Take 1/ }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
  });

  it('backing up one question saves only its draft, its take and that take’s audio; one take, only the take', async () => {
    const page = await newPage();
    await openQuestion(page, 'tell-me-about-your-past-projects');
    await page.getByLabel('Situation').fill('Not part of the question backup');
    await expect.poll(() => stored(page, 'drafts')).toBe(1);
    await openQuestion(page);
    await page.getByLabel('Situation').fill('Joined a 5-person applied team');
    await expect.poll(() => stored(page, 'drafts')).toBe(2);
    await recordTake(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up this question' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rehearse-question-why-openai-\d{4}-\d\d-\d\d\.zip$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page
      .getByRole('status')
      .filter({ hasText: `Backup saved as ${download.suggestedFilename()}.` })
      .waitFor();
    const { names, json } = await readBackup(file);
    const drafts = json['drafts.json'] as { questionId: string; fields: Record<string, string> }[];
    const takes = json['takes.json'] as { id: string; questionId: string }[];
    expect(drafts.map((d) => [d.questionId, d.fields.situation])).toEqual([['why-openai', 'Joined a 5-person applied team']]);
    expect(takes.map((t) => t.questionId)).toEqual(['why-openai']);
    const manifest = json['manifest.json'] as { scope: object; audio: { takeId: string; bytes: number }[] };
    expect(manifest.scope).toEqual({ questionId: 'why-openai' });
    expect(manifest.audio.map((a) => a.takeId)).toEqual([takes[0]!.id]);
    expect(manifest.audio[0]!.bytes).toBeGreaterThan(1000);
    expect(names.filter((n) => n.startsWith('audio/'))).toHaveLength(1);
    // Only a full export counts as a backup for the reminder.
    await openStorage(page);
    expect(await page.locator('dd').last().textContent()).toBe('Never');

    await openQuestion(page);
    await page.getByRole('button', { name: /Take 1/ }).click();
    const [takeDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up this take' }).click()]);
    const takeFile = join(dir, takeDownload.suggestedFilename());
    await takeDownload.saveAs(takeFile);
    const take = await readBackup(takeFile);
    expect(take.json['drafts.json']).toEqual([]);
    expect((take.json['takes.json'] as { id: string }[]).map((t) => t.id)).toEqual([takes[0]!.id]);
    expect(take.names.filter((n) => n.startsWith('audio/'))).toHaveLength(1);
  });

  it('a bad file changes nothing and says why', async () => {
    const page = await newPage();
    await openQuestion(page);
    await page.getByLabel('Situation').fill('Keep me');
    await expect.poll(() => stored(page, 'drafts')).toBe(1);
    await openStorage(page);
    await page.getByLabel('Import a backup').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('PK but not really a zip') });
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not a zip file/);
    expect(await stored(page, 'drafts')).toBe(1);
  });

  it('a take this browser cannot play says so (Safari and WebM/Opus, emulated)', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const real = HTMLMediaElement.prototype.canPlayType;
      HTMLMediaElement.prototype.canPlayType = function (type: string) {
        return /webm/.test(type) ? '' : real.call(this, type);
      };
    });
    await openStorage(page);
    await page.getByLabel('Import a backup').setInputFiles(new URL('./fixtures/backup-chromium.zip', import.meta.url).pathname);
    await page.getByText('Imported.').waitFor();
    await openQuestion(page);
    await page.getByRole('button', { name: /Take 1/ }).click();
    const note = page.getByRole('note').filter({ hasText: 'cannot play' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(/WebM \(Opus\) audio, which this browser cannot play.*download it/);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toMatch(/\.webm$/);
  });

  // Exported in Firefox and WebKitGTK by tests/fixtures/make-backup-fixtures.ts: a draft and a 2–3 s take of why-openai.
  it.each(['firefox', 'webkit'])('a backup exported in %s imports: the draft is back and the take plays, or says it cannot here', async (engine) => {
    const page = await newPage();
    await openStorage(page);
    await page.getByLabel('Import a backup').setInputFiles(new URL(`./fixtures/backup-${engine}.zip`, import.meta.url).pathname);
    await page.getByText('Imported.').waitFor();
    await openQuestion(page);
    expect(await page.getByLabel('Situation').inputValue()).toBe(`Joined a 5-person applied team (${engine})`);
    await page.getByRole('button', { name: /Take 1/ }).click();
    await requireAppDatabase(page);
    const mimeType = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('rehearse');
          req.onsuccess = () => {
            const all = req.result.transaction('takes').objectStore('takes').getAll();
            all.onsuccess = () => (req.result.close(), resolve((all.result as { mimeType: string }[])[0]!.mimeType));
          };
        }),
    );
    const canPlay = await page.evaluate((type) => document.createElement('audio').canPlayType(type), mimeType);
    console.info(`chromium: ${engine}'s take is ${mimeType}; canPlayType = '${canPlay}'`);
    if (canPlay === '') {
      const note = page.getByRole('note').filter({ hasText: 'cannot play' });
      await note.waitFor();
      expect(await note.textContent()).toMatch(/which this browser cannot play.*download it/);
      expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toMatch(/\.(m4a|ogg|webm)$/);
    } else {
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
    }
  });

  it('WebKit’s MP4/AAC take in a Chromium without proprietary codecs (emulated) says so and offers its download', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const real = HTMLMediaElement.prototype.canPlayType;
      HTMLMediaElement.prototype.canPlayType = function (type: string) {
        return /mp4|aac/.test(type) ? '' : real.call(this, type);
      };
    });
    await openStorage(page);
    await page.getByLabel('Import a backup').setInputFiles(new URL('./fixtures/backup-webkit.zip', import.meta.url).pathname);
    await page.getByText('Imported.').waitFor();
    await openQuestion(page);
    await page.getByRole('button', { name: /Take 1/ }).click();
    const note = page.getByRole('note').filter({ hasText: 'cannot play' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(/MP4 \(AAC\) audio, which this browser cannot play.*download it/);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toMatch(/\.m4a$/);
  });

  it('the storage page at 360 px is axe-clean and usable by keyboard', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await openStorage(page);
    await page.getByText('Audio (takes)').waitFor();
    if (shots) await page.screenshot({ path: `${shots}storage-360-light.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.evaluate(readFileSync(axePath, 'utf8')); // evaluated by the test driver: the page's CSP forbids inline scripts
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // The typed confirmation is reachable and enables the button only for the exact word.
    await page.getByLabel('Type DELETE to confirm').focus();
    await page.keyboard.type('delete');
    expect(await page.getByRole('button', { name: 'Delete everything' }).isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete everything');
  });
});

describe('the browser keeping saved work', () => {
  // Incognito never persists: a profile of its own, where Chromium grants persist() once the site has the permission.
  it('the footer says the browser agreed after the first save, and again after a reload, before anything new is saved', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const origin = new URL(baseURL()).origin;
      await page.goto(`${origin}/q/why-openai`);
      const footer = page.locator('footer.app-footer');
      const agreed = 'Your browser has agreed to keep your saved work.';
      await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
      expect(await footer.textContent()).not.toContain(agreed); // the site has no permission yet
      // What a browser grants a site the user engages with (Chromium decides by engagement, bookmarks, install).
      await (await context.newCDPSession(page)).send('Browser.setPermission', { permission: { name: 'persistent-storage' }, setting: 'granted', origin });

      await page.getByLabel('Situation').fill('Joined a 5-person applied team');
      await expect.poll(() => footer.textContent()).toContain(agreed);

      await page.reload();
      await page.waitForFunction(() => !document.getElementById('app')?.dataset.prerendered);
      await expect.poll(() => footer.textContent()).toContain(agreed); // read at start-up, no prompt, nothing saved
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
