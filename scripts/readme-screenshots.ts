/**
 * The README's pictures of a week of use: `npx tsx scripts/readme-screenshots.ts` (after `npm run build`).
 * Plays a week in Debian's Chromium with a fake microphone and a moved clock — drafts, takes, grades, a
 * story, a typed mock round — then photographs the home page's What next and the Progress page into
 * docs/screenshots/. Nothing is asserted: the tests do that; this shows what a user sees.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { encodeWav, toneWithGaps } from '../src/audio/wav';
import { ARGS, CHROMIUM } from '../tests/support/chromium-args';

const DAY = 86_400_000;
/** Monday 30 November 2026, 7 pm UTC: the week's first evening. */
const T0 = Date.UTC(2026, 10, 30, 19);
const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;

const wav = join(mkdtempSync(join(tmpdir(), 'rehearse-shots-')), 'answer.wav');
const segments = [
  { tone: true, ms: 2600 },
  { tone: false, ms: 700 },
  { tone: true, ms: 3100 },
  { tone: false, ms: 2300 },
];
writeFileSync(wav, Buffer.from(encodeWav(toneWithGaps(segments, 48000, 440, 0.5), 48000)));

const server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { host: '127.0.0.1', port: 5680, open: false }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
});

async function until(page: Page, check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function draft(page: Page, id: string, fields: Record<string, string>): Promise<void> {
  await page.goto(`${base}/q/${id}`);
  for (const [label, text] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(text);
  await until(page, async () => (await page.locator('.save-state').textContent()) === 'Saved', 'the draft to save');
}

async function record(page: Page, id: string, seconds: number): Promise<void> {
  await page.goto(`${base}/q/${id}`);
  await page.getByRole('button', { name: 'Record an answer' }).click();
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  await page.waitForTimeout(seconds * 1000); // a real take of that length: the fake microphone speaks in real time
  await page.getByRole('button', { name: 'Stop' }).click();
  await page
    .getByRole('button', { name: /^Take \d/ })
    .first()
    .waitFor();
}

async function grade(page: Page, id: string, name: 'Again' | 'Hard' | 'Good' | 'Easy'): Promise<void> {
  await page.goto(`${base}/q/${id}`);
  const button = page
    .locator('.review-grade')
    .first()
    .getByRole('button', { name: new RegExp(`^${name}\\b`) });
  await until(page, () => button.isEnabled(), 'the grade row');
  await button.click();
  await page.locator('.review-done').first().waitFor();
}

async function typedRound(page: Page): Promise<void> {
  await page.goto(`${base}/round`);
  await page.getByLabel('Type my answers instead of recording them').check();
  await page.getByLabel('Questions', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Start this round' }).click();
  for (const text of [
    'I led the move of our ranking model to weekly retraining: I automated the data checks and cut retraining from two weeks to two days.',
    'I would first measure where the latency goes, then choose between distillation and caching by the cost of each.',
  ]) {
    await page.getByRole('button', { name: 'Start answer' }).click();
    await page.getByLabel('Your answer').fill(text);
    await page.getByRole('button', { name: 'Stop answer' }).click();
  }
  await page.getByRole('heading', { name: /Round review/ }).waitFor();
}

async function day(context: BrowserContext, n: number, act: (page: Page) => Promise<void>): Promise<void> {
  await context.clock.setSystemTime(T0 + n * DAY);
  const page = await context.newPage();
  await act(page);
  await page.close();
}

async function shoot(context: BrowserContext, path: string, name: string, width: number, scheme: 'light' | 'dark', selector?: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${base}${path}`);
  await page
    .locator(selector ?? 'h1')
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  const target = selector ? page.locator(selector).first() : page;
  await target.screenshot({ path: `${OUT}${name}.png`, ...(selector ? {} : { fullPage: true }) });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}

try {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  await context.clock.setSystemTime(T0);
  // First open: what a new user sees.
  await shoot(context, '/', 'week-0-home-1280', 1280, 'light', 'section.what-next');
  await day(context, 0, async (page) => {
    await draft(page, 'tell-me-about-yourself', {
      Situation: 'ML engineer, five years on ranking and recommendation at a marketplace.',
      Task: 'Owned the retraining pipeline for the main ranking model.',
      Action: 'I automated the data checks and moved retraining to Airflow.',
      Result: 'Retraining went from two weeks to two days; click-through rose 3%.',
    });
    await record(page, 'tell-me-about-yourself', 9);
    await grade(page, 'tell-me-about-yourself', 'Good');
  });
  await day(context, 1, async (page) => {
    await draft(page, 'why-openai', { Situation: 'I want to work on evals for models people rely on.' });
    await record(page, 'why-openai', 7);
    await grade(page, 'why-openai', 'Hard');
  });
  await day(context, 2, typedRound);
  await day(context, 3, async (page) => {
    await page.goto(`${base}/stories`);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Title').fill('Eval harness that caught a regression before launch');
    await until(page, async () => (await page.locator('.save-state').textContent()) === 'Saved', 'the story to save');
  });
  await day(context, 4, async (page) => {
    await record(page, 'tell-me-about-yourself', 11);
    await draft(page, 'why-microsoft', { Situation: 'Azure inference at scale.' });
  });
  await day(context, 5, async (page) => {
    await record(page, 'why-openai', 8);
    await page.goto(`${base}/progress`);
    await page.getByLabel('Interview date').fill('2026-12-16');
    await page.locator('.countdown').waitFor();
  });
  await context.clock.setSystemTime(T0 + 6 * DAY);
  await shoot(context, '/', 'week-1-home-1280', 1280, 'light', 'section.what-next');
  await shoot(context, '/progress', 'week-1-progress-1280', 1280, 'light');
  await shoot(context, '/progress', 'week-1-progress-360-dark', 360, 'dark');
} finally {
  await browser.close();
  await server.close();
}
