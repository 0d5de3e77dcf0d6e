import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeWav, toneWithGaps } from '../src/audio/wav';
import { baseURL, collectPageErrors, launch } from './support/chromium';

// The fake microphone plays this file from its start: tone 0.8 s, silence 2.2 s, tone 0.8 s, silence 0.8 s, tone 1.4 s.
const SEGMENTS = [
  { tone: true, ms: 800 },
  { tone: false, ms: 2200 },
  { tone: true, ms: 800 },
  { tone: false, ms: 800 },
  { tone: true, ms: 1400 },
];
const wav = join(mkdtempSync(join(tmpdir(), 'rehearse-mic-')), 'answer.wav');
writeFileSync(wav, Buffer.from(encodeWav(toneWithGaps(SEGMENTS, 48000, 440, 0.5), 48000)));

let browser: Browser;
let context: BrowserContext;
let errors: string[];
beforeAll(async () => {
  browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required']);
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ baseURL: baseURL() });
  errors = [];
});
afterEach(async () => {
  expect(errors).toEqual([]);
  await context.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  errors.push(...collectPageErrors(page));
  await page.goto(path);
  await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
  return page;
}

/** Takes as stored, read straight from IndexedDB. */
const storedTakes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; status: string; durationMs: number; analysis?: { longestPauseMs: number; longPauses: number; pauses: { startMs: number; endMs: number }[] } }[]>((resolve) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => {
          const all = req.result.transaction('takes').objectStore('takes').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );

async function record(page: Page, ms: number) {
  await page.getByRole('button', { name: 'Record an answer' }).click();
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  await page.waitForTimeout(ms);
}

describe('recording an answer', () => {
  it('records 5 s, survives a reload, measures its duration and pauses, and plays', async () => {
    const page = await open('/q/why-openai');
    await record(page, 5000);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    await expect.poll(async () => (await storedTakes(page))[0]?.analysis, { timeout: 15_000 }).toBeTruthy();

    await page.reload();
    await page.getByRole('button', { name: /Take 1/ }).click();
    const [take] = await storedTakes(page);
    expect(take!.status).toBe('complete');
    expect(take!.durationMs).toBeGreaterThan(4500);
    expect(take!.durationMs).toBeLessThan(5500);
    // The pauses of the file: 2.2 s (the one long pause) and 0.8 s.
    const pauses = take!.analysis!.pauses.map((p) => p.endMs - p.startMs);
    expect(take!.analysis!.longPauses).toBe(1);
    expect(Math.abs(take!.analysis!.longestPauseMs - 2200)).toBeLessThan(300);
    expect(pauses.some((p) => Math.abs(p - 800) < 300)).toBe(true);
    await expect.poll(() => page.locator('.figures').textContent()).toMatch(/Pauses over 2 s1/);
    expect(await page.locator('.time').textContent()).toMatch(/\/ 0:05$/);

    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.5);
    await page.getByRole('radio', { name: '1.5×' }).check();
    expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Seek with the range (the keyboard way): the audio follows, in a WebM with no duration of its own.
    await page.getByRole('slider', { name: /Position in Take 1/ }).fill('3000');
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(2.5);
    // Download carries the right extension for the recorded type.
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toMatch(/^rehearse-why-openai-.*\.webm$/);
  });

  it('keeps a take whose tab closed mid-recording, and shows it as recovered', async () => {
    const page = await open('/q/how-do-you-prioritize-tasks');
    await record(page, 4000);
    await page.close(); // no Stop
    const again = await open('/q/how-do-you-prioritize-tasks');
    const item = again.getByRole('button', { name: /Take 1/ });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Recovered after the tab closed/);
    await expect.poll(async () => (await storedTakes(again))[0]?.status).toBe('recovered');
    const [take] = await storedTakes(again);
    expect(take!.durationMs).toBeGreaterThanOrEqual(3000);
    await item.click();
    await again.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => again.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
  });

  it('deletes a take with undo', async () => {
    const page = await open('/q/why-do-you-want-to-work-at-meta');
    await record(page, 1500);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).click();
    await page.getByRole('button', { name: 'Delete take' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Take 1/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    expect((await storedTakes(page)).length).toBe(1);
  });

  it('20 record/replay cycles leave no object URL behind and memory flat', async () => {
    await context.addInitScript(() => {
      const live = new Set<string>();
      const create = URL.createObjectURL.bind(URL);
      const revoke = URL.revokeObjectURL.bind(URL);
      URL.createObjectURL = (o: Blob | MediaSource) => {
        const u = create(o);
        live.add(u);
        return u;
      };
      URL.revokeObjectURL = (u: string) => {
        live.delete(u);
        revoke(u);
      };
      (window as unknown as { liveUrls: () => number }).liveUrls = () => live.size;
    });
    const page = await open('/q/how-do-you-manage-your-teams-career-growth');
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    let before = 0;
    for (let i = 1; i <= 20; i++) {
      await record(page, 300);
      await page.getByRole('button', { name: 'Stop' }).click();
      const newest = page.locator('.take-summary').first();
      await expect.poll(() => page.locator('.take-summary').count()).toBe(i);
      await newest.click(); // open the player
      await page.getByRole('button', { name: 'Play' }).waitFor();
      await newest.click(); // and close it
      if (i === 5) before = await heap();
    }
    expect(await page.evaluate(() => (window as unknown as { liveUrls: () => number }).liveUrls())).toBe(0);
    const after = await heap();
    expect(after - before).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('without a microphone', () => {
  it('says why when permission is denied, and the rest of the app works', async () => {
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const page = await open('/q/why-openai');
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/permission was denied/));
    await page.getByLabel('Situation').fill('Still writing');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
    expect(await page.getByRole('button', { name: 'Record an answer' }).isEnabled()).toBe(true);
  });
});
