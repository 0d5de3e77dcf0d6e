import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

import { ARGS, CHROMIUM } from './chromium-args';

export { ARGS, CHROMIUM };

export const baseURL = () => inject('baseURL');

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs] });
}

/** A persistent profile in a temp folder: needed where incognito differs (installability, storage persistence). */
export async function launchPersistent(
  extraArgs: string[] = [],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-profile-'));
  const context = await chromium.launchPersistentContext(dir, { ...options, executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs] });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Records every request the page (and its worker) makes that leaves the app's origin. */
export function watchForeignRequests(context: BrowserContext): string[] {
  const origin = new URL(baseURL()).origin;
  const foreign: string[] = [];
  const check = (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  };
  context.on('request', check);
  return foreign;
}

/** Waits until a service worker controls the page (first visit: clientsClaim). */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 20_000 });
}

/** Uncaught page errors, pushed into `into` as they happen (a spread copy taken at once would stay empty). */
export function collectPageErrors(page: Page, into: string[] = []): string[] {
  page.on('pageerror', (e) => into.push(e.message));
  return into;
}

export interface Suite {
  readonly browser: Browser;
  /** A fresh incognito context for each test, closed after it. */
  readonly context: BrowserContext;
  /** A page in this test's context whose uncaught errors fail the test. */
  newPage(): Promise<Page>;
}

/**
 * The set-up every browser test file shares: one Chromium per file, a fresh context per test, and
 * after each test no uncaught page error and (with watchForeign) no request that left the origin.
 */
export function chromiumSuite(options: { args?: string[]; context?: BrowserContextOptions; watchForeign?: boolean } = {}): Suite {
  let browser: Browser;
  let context: BrowserContext;
  let errors: string[] = [];
  let foreign: string[] = [];
  beforeAll(async () => {
    browser = await launch(options.args);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: baseURL(), ...options.context });
    errors = [];
    foreign = options.watchForeign ? watchForeignRequests(context) : [];
  });
  afterEach(async () => {
    await context.close();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
  return {
    get browser() {
      return browser;
    },
    get context() {
      return context;
    },
    async newPage() {
      const page = await context.newPage();
      collectPageErrors(page, errors);
      return page;
    },
  };
}
