import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitForController } from './support/chromium';

// A copy of the build we can change under the running page, as a deploy would.
let dir: string;
let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rehearse-update-'));
  cpSync(new URL('../dist', import.meta.url).pathname, dir, { recursive: true });
  server = await preview({
    root: new URL('..', import.meta.url).pathname,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 5100 + Math.floor(Math.random() * 500), open: false },
    logLevel: 'silent',
  });
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new version', () => {
  it('waits, is offered, and applies only when the user says Update', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/q/why-openai`);
    await waitForController(page);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.getByText('A new version of Rehearse is ready.');
    await banner.waitFor({ timeout: 20_000 });

    // "Later" puts it away without reloading; the waiting worker keeps waiting.
    await page.getByRole('button', { name: 'Later' }).click();
    expect(await banner.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);

    // Next visit it is offered again; this time the user accepts.
    await page.reload();
    await banner.waitFor({ timeout: 20_000 });
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(false);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Why OpenAI?');
    expect(await banner.count()).toBe(0);
    await context.close();
  });

  it('is never applied while text is unsaved', async () => {
    const context = await browser.newContext();
    // A full disk keeps the draft unsaved for as long as the test wants.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'drafts') throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(`${origin}/q/why-openai`);
    await waitForController(page);
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
    await page.getByLabel('Situation').fill('Not saved yet');
    await expect.poll(() => page.locator('.save-state').textContent()).toMatch(/Not saved yet/);

    appendFileSync(join(dir, 'sw.js'), '\n// yet another version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.getByText(/A new version of Rehearse is ready\. It will be offered again when you finish \(unsaved text\)/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Update' }).isDisabled()).toBe(true);

    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
    await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await expect.poll(() => page.getByRole('button', { name: 'Update' }).isEnabled()).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Not saved yet');
    await context.close();
  });

  it('is never applied during a recording, and the take is whole after it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/q/tell-me-about-yourself`);
    await waitForController(page);
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();

    appendFileSync(join(dir, 'sw.js'), '\n// a version that lands mid-take\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.getByText(/A new version of Rehearse is ready\. It will be offered again when you finish \(recording\)/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Update' }).isDisabled()).toBe(true);
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Update' }).isEnabled()).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    const take = page.getByRole('button', { name: /Take 1/ });
    await take.waitFor();
    expect(await take.textContent()).not.toMatch(/Recovered/);
    await context.close();
  });
});
