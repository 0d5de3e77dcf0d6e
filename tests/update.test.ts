import { appendFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuildCopy, type BuildCopy } from './support/build-copy';
import { chromiumSuite, waitForController } from './support/chromium';

// A copy of the build we can change under the running page, as a deploy would.
let build: BuildCopy;
let dir: string;
let origin: string;
const suite = chromiumSuite({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });

beforeAll(async () => {
  build = await serveBuildCopy('update');
  ({ dir, origin } = build);
});
afterAll(() => build?.close());

/** The next version: every hashed script gets a new name, the old files are gone, the worker lists the new ones. */
function deployNextVersion(tag: string): void {
  const assets = join(dir, 'assets');
  const renames = readdirSync(assets)
    .filter((f) => /-[\w-]{8}\.js$/.test(f))
    .map((f) => [f, f.replace(/-([\w-]{8})\.js$/, (_, hash: string) => `-${hash.slice(0, 6)}${tag}.js`)] as const);
  // Every page names the scripts: the shell and the prerendered pages (dist/*.html, dist/q/*.html).
  const pages = [...readdirSync(dir).filter((f) => f.endsWith('.html')), ...readdirSync(join(dir, 'q')).map((f) => `q/${f}`)];
  const texts = [
    ...pages.map((f) => join(dir, f)),
    join(dir, 'sw.js'),
    ...readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(assets, f)),
  ];
  for (const file of texts) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renames) text = text.replaceAll(from, to);
    writeFileSync(file, text);
  }
  for (const [from, to] of renames) renameSync(join(assets, from), join(assets, to));
  // The pages changed too: new revisions, or the worker would keep the old copies; question pages cached as
  // visited go in a new cache per build.
  const sw = join(dir, 'sw.js');
  const next = readFileSync(sw, 'utf8')
    .replace(/(url:"[^"]+\.html",revision:")\w+/g, `$1${tag}`)
    .replace(/question-pages-\w+/g, `question-pages-${tag}`);
  writeFileSync(sw, next);
}

const mark = (page: Page) => page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
const stillHere = (page: Page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
const findUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
const hasWaiting = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting));
const ready = (page: Page) => page.getByText('A new version of Rehearse is ready.').waitFor({ timeout: 20_000 });
const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => ((window as unknown as { diskFull: boolean }).diskFull = f), full);

/**
 * Presses `button` and waits for the page to load again. If it does not, the error says what the page showed, whether
 * it was live, and what its worker registration held (a failure seen once under CI load left nothing else to go on).
 */
async function pressAndReload(page: Page, button: 'Update' | 'Reload'): Promise<void> {
  try {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
  } catch (error) {
    const state = await page
      .evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          banner: document.querySelector('.banner')?.textContent ?? null,
          buttons: [...document.querySelectorAll('.banner button')].map((b) => `${b.textContent}${(b as HTMLButtonElement).disabled ? ' (disabled)' : ''}`),
          live: document.getElementById('app')?.dataset.prerendered === undefined,
          controlled: Boolean(navigator.serviceWorker.controller),
          waiting: registration?.waiting?.state ?? null,
          active: registration?.active?.state ?? null,
        };
      })
      .catch((why: unknown) => `unreadable: ${String(why)}`);
    throw new Error(`${String(error)}\nThe page after pressing ${button}: ${JSON.stringify(state)}`, { cause: error });
  }
}

/** A full disk keeps a draft unsaved for as long as the test wants (window.diskFull, per page). */
async function withFullDiskSwitch(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'drafts') throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

async function open(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`${origin}${path}`);
  await waitForController(page);
  return page;
}

describe('a new version', () => {
  it('waits, is offered, and applies only when the user says Update', async () => {
    const page = await open('/q/why-openai');
    await mark(page);

    appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
    await findUpdate(page);
    const banner = page.getByText('A new version of Rehearse is ready.');
    await ready(page);

    // "Later" puts it away without reloading; the waiting worker keeps waiting.
    await page.getByRole('button', { name: 'Later' }).click();
    expect(await banner.count()).toBe(0);
    expect(await stillHere(page)).toBe(true);
    expect(await hasWaiting(page)).toBe(true);

    // Next visit it is offered again; this time the user accepts.
    await page.reload();
    await ready(page);
    await mark(page);
    await pressAndReload(page, 'Update');
    expect(await stillHere(page)).toBe(false);
    expect(await hasWaiting(page)).toBe(false);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Why OpenAI?');
    expect(await banner.count()).toBe(0);
  });

  it('is never applied while text is unsaved', async () => {
    await withFullDiskSwitch(suite.context);
    const page = await open('/q/why-openai');
    await setDiskFull(page, true);
    await page.getByLabel('Situation').fill('Not saved yet');
    await expect.poll(() => page.locator('.save-state').textContent()).toMatch(/Not saved yet/);

    appendFileSync(join(dir, 'sw.js'), '\n// yet another version\n');
    await findUpdate(page);
    await page.getByText(/A new version of Rehearse is ready\. It will be offered again when you finish \(unsaved text\)/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Update' }).isDisabled()).toBe(true);

    await setDiskFull(page, false);
    await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await expect.poll(() => page.getByRole('button', { name: 'Update' }).isEnabled()).toBe(true);
    await pressAndReload(page, 'Update');
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Not saved yet');
  });

  it('is never applied during a recording, and the take is whole after it', async () => {
    const page = await open('/q/tell-me-about-yourself');
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();

    appendFileSync(join(dir, 'sw.js'), '\n// a version that lands mid-take\n');
    await findUpdate(page);
    await page.getByText(/A new version of Rehearse is ready\. It will be offered again when you finish \(recording\)/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Update' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByLabel('Elapsed time').textContent(), { timeout: 15_000 }).toMatch(/^0:0[2-9]/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Update' }).isEnabled()).toBe(true);
    await pressAndReload(page, 'Update');
    const take = page.getByRole('button', { name: /Take 1/ });
    await take.waitFor();
    expect(await take.textContent()).not.toMatch(/Recovered/);
  });
});

describe('a new version with two tabs open', () => {
  it('waits for unsaved text in the other tab, says so, and applies once it is saved', async () => {
    await withFullDiskSwitch(suite.context);
    const a = await open('/q/why-openai');
    const b = await open('/q/tell-me-about-yourself');
    await setDiskFull(b, true);
    await b.getByLabel('Situation').fill('Typed in tab B');
    await expect.poll(() => b.locator('.save-state').textContent()).toMatch(/Not saved yet/);

    appendFileSync(join(dir, 'sw.js'), '\n// a version while another tab has unsaved text\n');
    await findUpdate(a);
    await ready(a);
    await mark(a);
    await a.getByRole('button', { name: 'Update' }).click();
    await a.getByText(/Updating as soon as nothing is in progress: unsaved text in another tab \(“Tell me about yourself/).waitFor();
    expect(await stillHere(a)).toBe(true);
    expect(await hasWaiting(a)).toBe(true);

    // B's text lands; A's update goes ahead by itself. B, idle but on screen, is asked, not reloaded.
    await mark(b);
    await Promise.all([a.waitForEvent('load'), setDiskFull(b, false)]);
    expect(await hasWaiting(a)).toBe(false);
    await b.getByText('Rehearse was updated in another tab. Reload this tab to use the new version.').waitFor({ timeout: 20_000 });
    expect(await stillHere(b)).toBe(true);
    expect(await b.getByLabel('Situation').inputValue()).toBe('Typed in tab B');
    // B's button works: it reloads into the new version, text and all.
    await pressAndReload(b, 'Reload');
    await expect.poll(() => b.getByLabel('Situation').inputValue()).toBe('Typed in tab B');
    expect(await b.getByText('Rehearse was updated in another tab').count()).toBe(0);
  });

  it('a tab left on the old version still opens a screen it never loaded (its files are gone)', async () => {
    const a = await open('/q/why-openai');
    const b = await open('/q/why-openai');
    deployNextVersion('v2');
    await findUpdate(a);
    await ready(a);
    await pressAndReload(a, 'Update');
    await b.getByText('Rehearse was updated in another tab').waitFor({ timeout: 20_000 });
    await b.getByRole('link', { name: 'Stories' }).click();
    await expect.poll(() => b.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toMatch(/Stories/);
  });

  it('a tab on the old version that may not reload by itself says why the screen did not load, and its Reload fixes it', async () => {
    const a = await open('/q/why-openai');
    const b = await open('/q/why-openai');
    deployNextVersion('v3');
    await findUpdate(a);
    await ready(a);
    await pressAndReload(a, 'Update');
    await b.getByText('Rehearse was updated in another tab').waitFor({ timeout: 20_000 });
    // As if B had just reloaded itself: the loop guard holds any automatic reload, so the missing file shows.
    await b.evaluate(() => sessionStorage.setItem('rehearse-reloaded-at', String(Date.now() + 60_000)));
    await mark(b);
    await b.getByRole('link', { name: 'Stories' }).click();
    await b.getByRole('heading', { level: 1, name: 'This screen needs a reload' }).waitFor({ timeout: 20_000 });
    expect(await b.getByText('Rehearse was updated, probably in another tab').count()).toBe(1);
    expect(await b.getByText('Rehearse was updated in another tab').count()).toBe(0); // the banner stays quiet meanwhile
    expect(await stillHere(b)).toBe(true);
    await pressAndReload(b, 'Reload');
    await expect.poll(() => b.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toMatch(/Stories/);
  });

  it('a tab left on the old version with unsaved text is not reloaded until the text is saved', async () => {
    await withFullDiskSwitch(suite.context);
    const a = await open('/q/why-openai');
    const b = await open('/q/tell-me-about-yourself');
    appendFileSync(join(dir, 'sw.js'), '\n// a version, then text in the tab left behind\n');
    await findUpdate(a);
    await ready(a);
    await pressAndReload(a, 'Update');
    await b.getByText('Rehearse was updated in another tab').waitFor({ timeout: 20_000 });

    await mark(b);
    await setDiskFull(b, true);
    await b.getByLabel('Situation').fill('Typed on the old version');
    await b.getByText(/This tab reloads by itself when you finish \(unsaved text\)/).waitFor();
    expect(await b.getByRole('button', { name: 'Reload' }).isDisabled()).toBe(true);
    // The user switches away: a natural break, but the text is not saved yet.
    const hide = () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    await b.evaluate(hide);
    expect(await stillHere(b)).toBe(true);
    // Once it is saved, the hidden tab reloads itself into the new version with the text.
    await Promise.all([b.waitForEvent('load', { timeout: 20_000 }), setDiskFull(b, false)]);
    await expect.poll(() => b.getByLabel('Situation').inputValue()).toBe('Typed on the old version');
  });
});
