/**
 * The Content-Security-Policy in Chromium, served as a real header from dist/_headers (as Netlify or
 * Cloudflare Pages would) on top of the page's meta tag. Every screen, a draft and the service worker
 * under it are the engine scenario's (tests/engines/scenarios.ts, in Chromium, Firefox and WebKitGTK);
 * here only what it does not check: the header as it arrives, both policies enforced, a take playing
 * from a blob: URL and a story being written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../scripts/content-security-policy';
import { DIST, startStaticServer, type StaticServer } from './engines/server';
import { collectPageErrors, launch } from './support/chromium';
import { seedAppDatabase } from './support/seed';

let browser: Browser;
let server: StaticServer;
let headers: Record<string, string>;
beforeAll(async () => {
  headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  server = await startStaticServer(DIST, headers);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A take whose audio is a few bytes: enough for the player to load it from a blob: URL. */
const storeTake = (page: Page) =>
  seedAppDatabase(page, [
    {
      store: 'takes',
      value: {
        id: 'take-csp00000001',
        questionId: 'why-openai',
        mimeType: 'audio/webm',
        status: 'complete',
        startedAt: 1,
        durationMs: 1000,
        chunkCount: 1,
        bytes: 3,
        name: '',
        rating: 0,
        notes: '',
        updatedAt: 1,
        analysisFailed: true,
      },
    },
    { store: 'chunks', value: { takeId: 'take-csp00000001', seq: 0, atMs: 1000 }, bytes: { field: 'data', data: [26, 69, 223] } },
  ]);

describe('the Content-Security-Policy', () => {
  it('arrives as a header and in the page, both enforced, and a take and a story do not violate it', async () => {
    const context = await browser.newContext({ baseURL: server.origin });
    // Installed before any of the page's own scripts run, on every document.
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`));
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const consoleViolations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && consoleViolations.push(m.text()));
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

    const response = await page.goto('/');
    const header = response?.headers()['content-security-policy'];
    expect(header).toMatch(/script-src 'self'/);
    expect(header).toBe(headers['Content-Security-Policy']);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self'/,
    );
    await page.getByRole('heading', { level: 1 }).waitFor();

    await storeTake(page);
    await page.goto('/q/why-openai');
    await page.locator('.take-summary').first().click();
    await page.locator('audio[src^="blob:"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /New story for this question/ }).click();
    await page.waitForURL(/\/stories\/story-/);
    await page.getByLabel('Title').fill('Strict');
    expect(await violations()).toEqual([]);
    expect(consoleViolations).toEqual([]);

    // Both policies are enforced: an inline script is refused and reported once per policy, the header's and the meta tag's.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
    });
    await expect.poll(violations).toEqual(['script-src-elem inline', 'script-src-elem inline']);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan ?? false)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
