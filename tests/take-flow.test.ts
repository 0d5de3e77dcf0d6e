import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { fakeMicrophoneArgs, recordChunks, storedTakes } from './support/recording';
import { axeViolations } from './support/axe';

// The fake microphone: tone 0.8 s, silence 2.2 s (a long pause), tone 1 s.
const suite = chromiumSuite({
  args: fakeMicrophoneArgs([
    { tone: true, ms: 800 },
    { tone: false, ms: 2200 },
    { tone: true, ms: 1000 },
  ]),
  context: { bypassCSP: true }, // axe is injected as an inline script
});

async function open(path: string, width = 360, colorScheme: 'light' | 'dark' = 'light', fakeClock = false): Promise<Page> {
  const page = await suite.newPage();
  if (fakeClock) await page.clock.install(); // runs on with real time until a test moves it on
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 740 });
  await page.goto(path);
  await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
  return page;
}

/** Records `chunks` seconds or so, presses Stop, and waits for the take's figures in its open player. */
async function recordTake(page: Page, chunks: number, n: number) {
  await recordChunks(page, chunks);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: new RegExp(`Take ${n}`), expanded: true }).waitFor();
  await expect.poll(async () => (await storedTakes(page)).filter((t) => t.analysis).length, { timeout: 15_000 }).toBe(n);
  await page.locator('.verdict').waitFor();
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('a take just recorded', () => {
  it('opens in the player after Stop, Play reachable at once; the row is a control; focus stays on Record', async () => {
    const page = await open('/q/why-openai');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    const row = page.getByRole('button', { name: /Take 1/ });
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toBe('Record an answer');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    expect(await focused(page)).toBe('Play');
    // The row looks and acts like a control: a 44 px target with a chevron that turns, and a hover state.
    expect((await row.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await row.locator('.chevron').count()).toBe(1);
    const idle = await row.evaluate((b) => getComputedStyle(b).backgroundColor);
    await row.hover();
    expect(await row.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(idle);
    await row.click();
    await expect.poll(() => play.count()).toBe(0);
    // The next take opens in its turn.
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 2/, expanded: true }).waitFor();
    expect(await row.getAttribute('aria-expanded')).toBe('false');
  });

  it('at 360 px: its summary never breaks inside a figure, and the rating and speed chips keep one row each', async () => {
    const page = await open('/q/why-openai');
    await recordTake(page, 4, 1);
    await page.getByRole('radio', { name: '4', exact: true }).check();
    const summary = page.getByRole('button', { name: /Take 1/ });
    await expect.poll(() => summary.textContent()).toMatch(/pauses? over 2 s · rated 4\/5/);
    const figures = await summary.locator('.take-figure').evaluateAll((els) => els.map((el) => ({ text: el.textContent, lines: el.getClientRects().length })));
    expect(figures.map((f) => f.text)).toEqual([
      expect.stringMatching(/·$/),
      expect.stringMatching(/^0:0\d ·$/),
      expect.stringMatching(/pauses? over 2 s ·$/),
      'rated 4/5',
    ]);
    for (const f of figures) expect(f, `"${f.text}" on one line`).toMatchObject({ lines: 1 });
    const rows = (selector: string) => page.locator(selector).evaluateAll((els) => new Set(els.map((el) => Math.round(el.getBoundingClientRect().top))).size);
    expect(await rows('.rating .radio-chip')).toBe(1);
    expect(await rows('.speeds .radio-chip')).toBe(1);
  });
});

describe('delivery figures', () => {
  it('after a second take: speaking time against the target, one verdict line, and the change since the previous take', async () => {
    const page = await open('/q/why-openai');
    await recordTake(page, 2, 1);
    expect(await page.locator('.change').count()).toBe(0); // nothing to compare the first take with
    await recordTake(page, 4, 2);
    expect(await page.locator('.figures').textContent()).toMatch(/Speaking0:0\d of 2:00/);
    expect(await page.locator('.verdict').textContent()).toMatch(/^Short: 0:0\d for a 2-minute target\. /);
    // The change, computed here from the two takes as stored: 4 chunks against 2 is about 2 s longer.
    const [first, second] = (await storedTakes(page)).sort((a, b) => a.startedAt - b.startedAt);
    const seconds = Math.round((second!.durationMs - first!.durationMs) / 1000);
    expect(seconds).toBeGreaterThanOrEqual(1);
    const fewer = first!.analysis!.longPauses - second!.analysis!.longPauses;
    const pauses = fewer === 0 ? 'as many long pauses' : `${Math.abs(fewer)} ${fewer > 0 ? 'fewer' : 'more'} long pause${Math.abs(fewer) === 1 ? '' : 's'}`;
    expect(await page.locator('.change').textContent()).toBe(`Since the previous take: +${seconds} sec, ${pauses}.`);
  });

  it.each(['light', 'dark'] as const)('an open take with its verdict is axe clean at 360 px, %s theme', async (theme) => {
    const page = await open('/q/why-openai', 360, theme);
    await recordTake(page, 1, 1);
    await recordTake(page, 1, 2);
    await page.locator('.change').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('undo after a delete', () => {
  const inViewport = (page: Page) =>
    page.locator('.undo-bar').evaluate((bar) => {
      const r = bar.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
    });

  it('at 360 px: a bar inside the viewport with focus on Undo; Escape lets it go, Undo puts the take back and focuses it', async () => {
    const page = await open('/q/why-openai');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: 'Delete take' }).click();
    await expect.poll(() => focused(page)).toBe('Undo');
    expect(await inViewport(page)).toBe(true);
    expect(await page.locator('.undo-bar').textContent()).toMatch(/^Take 1 deleted\./);
    // Escape: the bar goes, the take stays deleted, focus lands on Record (no take left), not on the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.undo-bar').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Record an answer');
    expect(await storedTakes(page)).toHaveLength(0);

    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: 'Delete take' }).click();
    await expect.poll(() => focused(page)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedTakes(page)).length).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('take-summary'))).toBe(true);
    expect(await page.getByRole('button', { name: /Take 1/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('is the same bar for a draft, and it waits while focus is in it', async () => {
    const page = await open('/q/why-openai', 360, 'light', true);
    await page.getByLabel('Situation').fill('Read the charter twice');
    await expect.poll(() => page.locator('.save-state').first().textContent()).toBe('Saved');
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await expect.poll(() => focused(page)).toBe('Undo');
    expect(await inViewport(page)).toBe(true);
    // runFor, not fastForward: timers set while the clock moves (a render's effect arming the 10 s) fire too.
    await page.clock.runFor(15_000); // past the 10 s an offer stays once the user has moved on
    expect(await page.locator('.undo-bar').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Read the charter twice');
  });

  it('goes 10 s after focus leaves it, and the deletion stands', async () => {
    const page = await open('/q/why-openai', 360, 'light', true);
    await page.getByLabel('Situation').fill('Read the charter twice');
    await expect.poll(() => page.locator('.save-state').first().textContent()).toBe('Saved');
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await expect.poll(() => focused(page)).toBe('Undo');
    // The user moves on: a fresh editor reads the store after a delete, its fields disabled meanwhile, and focus cannot land on a disabled field.
    await expect.poll(() => page.getByLabel('Task').isEnabled()).toBe(true);
    await page.getByLabel('Task').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-task');
    // runFor, not fastForward: the 10 s are armed by an effect that runs after the next frame, while the clock moves.
    await page.clock.runFor(5_000);
    expect(await page.locator('.undo-bar').count()).toBe(1); // still offered inside the 10 s
    await page.clock.runFor(6_000);
    await expect.poll(() => page.locator('.undo-bar').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toMatch(/task/i); // focus left where the user put it
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
    expect(await page.getByLabel('Situation').inputValue()).toBe('');
  });
});

describe('the recording panel', () => {
  it('states the target in words', async () => {
    const page = await open('/q/why-openai');
    await page.getByText('Aim for a 2-minute answer.').waitFor();
    const opener = await open('/q/tell-me-about-yourself');
    await opener.getByText('Aim for a 1-minute answer.').waitFor();
  });

  it('does not offer to turn on transcripts while offline, and offers it again online', async () => {
    // Debian's Chromium says 'downloadable' for on-device English (see recording.test.ts).
    const page = await open('/q/why-openai');
    const turnOn = page.getByRole('button', { name: 'Turn on transcripts' });
    await turnOn.waitFor();
    await suite.context.setOffline(true);
    await expect.poll(() => turnOn.count()).toBe(0);
    await suite.context.setOffline(false);
    await turnOn.waitFor();
  });
});
