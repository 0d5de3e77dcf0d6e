import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, collectPageErrors, launch, launchPersistent, waitForController, watchForeignRequests } from './support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('the worker takes control, then home, search and a deep-linked question work with no network', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    const foreign = watchForeignRequests(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/');
    await waitForController(page);
    // Everything the app needs is in the precache before we cut the network.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
    expect(cached.some((u) => /\/assets\/questions-[\w-]{8}\.json$/.test(u))).toBe(true);
    expect(cached.some((u) => /\/assets\/ResultsPanel-[\w-]{8}\.js$/.test(u))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    expect(await page.locator('.tile').count()).toBe(9);

    await page.getByRole('searchbox', { name: 'Search questions' }).click();
    await page.keyboard.type('antropic');
    await page.waitForURL(/q=antropic$/);
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(5);

    // A deep link never visited before, opened cold while offline.
    await page.goto('/q/tell-me-about-yourself');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tell me about yourself.');
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    await page.goto('/guide');
    await page.getByRole('heading', { name: 'Answer frameworks' }).waitFor();

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('install', () => {
  it('Chromium finds the app installable (manifest, icons, worker)', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL()}/`);
      await waitForController(page);
      const cdp = await context.newCDPSession(page);
      await expect
        .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors, { timeout: 15_000 })
        .toEqual([]);
      const manifest = (await (await page.request.get(`${baseURL()}/manifest.webmanifest`)).json()) as {
        icons: { sizes: string; purpose: string }[];
        shortcuts: { url: string }[];
        display: string;
      };
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
      for (const s of manifest.shortcuts) expect((await page.request.get(`${baseURL()}${s.url}`)).ok()).toBe(true);
    } finally {
      await close();
    }
  });

  it('robots.txt and every icon are served; a missing file is a 404', async () => {
    const context = await browser.newContext({ baseURL: baseURL() });
    for (const path of ['/robots.txt', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-512.png', '/icons/favicon-48.png']) {
      expect((await context.request.get(path)).status(), path).toBe(200);
    }
    // A file that is not there is a 404 even when a browser asks for HTML: never the home page under its name.
    const missing = await context.request.get('/assets/index-nothere1.js', { headers: { accept: 'text/html,*/*' } });
    expect(missing.status()).toBe(404);
    // …and when a script or a fetch asks for it (any type): never HTML under a script's name.
    const script = await context.request.get('/assets/index-nothere2.js', { headers: { accept: '*/*' } });
    expect(script.status()).toBe(404);
    expect(script.headers()['content-type']).not.toMatch(/html/);
    await context.close();
  });
});
