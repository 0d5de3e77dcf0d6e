import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chromiumSuite } from './support/chromium';
import { fakeMicrophoneArgs, fakeSpeechRecognizer, storedTakes } from './support/recording';

// A microphone that never pauses: the take's speaking time is its length, so its pace is words over time.
const suite = chromiumSuite({ args: fakeMicrophoneArgs([{ tone: true, ms: 60_000 }]), context: { bypassCSP: true }, watchForeign: true });

async function open(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await suite.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
  await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
  return page;
}

const ALL_WE = {
  Situation: 'Our recommendation model was going stale because retraining took two weeks of manual steps.',
  Task: 'The team needed to retrain it every week.',
  Action:
    'We looked at the pipeline and we found most of the time went into data validation. We moved it to Airflow and we wrote checks for every feature, and we ran a shadow deployment for a month.',
  Result: 'Retraining went from two weeks to two days, and click-through rose by 3%.',
};
const MINE =
  'I looked at the pipeline and found most of the time went into data validation. I moved it to Airflow, wrote checks for every feature, and ran a shadow deployment for a month before switching.';

const remark = (page: Page, rule: string) => page.locator(`.coach .remark[data-rule="${rule}"]`);

describe('the answer coach beside the draft', () => {
  it('flags an all-"we" Action as the user types, selects the words in the field, and lets it go once fixed', async () => {
    const page = await open('/q/tell-me-about-a-time-you-showed-leadership', 1280);
    await page.locator('.coach').getByText('Write a little more').waitFor(); // the coach is there before the answer
    for (const [label, text] of Object.entries(ALL_WE)) await page.getByLabel(label, { exact: true }).fill(text);

    await remark(page, 'all-we').waitFor();
    expect(await remark(page, 'all-we').locator('.remark-message').textContent()).toMatch(/“We” \d+ times and “I” 0/);
    // Its evidence: each "we" of the Action, quoted and marked; choosing one selects it in the Action field.
    const first = remark(page, 'all-we').getByRole('button', { name: 'Select “We” in Action' }).first();
    expect(await first.locator('mark').textContent()).toBe('We');
    await first.click();
    const action = page.getByLabel('Action', { exact: true });
    expect(await action.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await action.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('We');
    const score = async () => Number(/(\d+)\/100/.exec((await page.locator('.coach .coach-score').textContent()) ?? '')?.[1]);
    const before = await score();

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync('docs/screenshots', { recursive: true });
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.locator('#answer').evaluate((h: HTMLElement) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 72));
      await page.screenshot({ path: 'docs/screenshots/coach.png' });
    }

    // Typing the fix: the remark goes and the score rises.
    await action.fill('');
    await action.pressSequentially(MINE, { delay: 0 });
    await expect.poll(() => remark(page, 'all-we').count()).toBe(0);
    await expect.poll(score).toBeGreaterThan(before);
    expect(await action.inputValue()).toBe(MINE); // nothing typed was lost to the coach
  });

  it('says what is missing and goes to that field; usable by keyboard; axe-clean at 360 px in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/q/walk-me-through-an-ai-project-you-built-end-to-end', 360, scheme);
      await page.getByLabel('Situation', { exact: true }).fill(ALL_WE.Situation);
      await page.getByLabel('Action', { exact: true }).fill(MINE);
      const missing = remark(page, 'missing-outcome');
      await missing.waitFor();
      expect(await missing.textContent()).toContain('No Result yet');
      // Keyboard: Tab reaches "Go to Result", Enter puts the cursor in the Result field.
      await missing.getByRole('button', { name: 'Go to Result' }).focus();
      await page.keyboard.press('Enter');
      expect(await page.getByLabel('Result', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
      await missing.getByText('Why it matters').click();
      await missing.getByRole('link', { name: /^Guide: / }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (process.env.UPDATE_SCREENSHOTS === '1') await page.locator('.draft').screenshot({ path: `test-results/coach-360-${scheme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('the answer coach on a take', () => {
  const TRANSCRIPT =
    'um so uh we had a model that was like too slow and um I profiled it and uh found the tokenizer was like the bottleneck ' +
    'so um I cached it and uh the latency went from like two seconds to um four hundred milliseconds for all our users';

  it('reads the transcript: its pace, its filler words marked, and a score', async () => {
    await fakeSpeechRecognizer(suite.context, TRANSCRIPT);
    const page = await open('/q/describe-a-time-you-reduced-cost-or-latency-in-a-production', 360);
    await page.getByText('A transcript is made on this device as you speak.').waitFor();
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    // About 12 s of speech: enough for a pace (10 s or more), whatever the machine's speed.
    await expect
      .poll(async () => (await storedTakes(page)).find((t) => t.status === 'recording')?.chunkCount ?? 0, { timeout: 40_000 })
      .toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor();
    await expect.poll(async () => (await storedTakes(page))[0]?.analysis, { timeout: 15_000 }).toBeTruthy();

    const coach = page.locator('.take-coach');
    await expect.poll(() => coach.locator('.take-pace').textContent()).toMatch(/about \d+ words a minute \(conversational is 120–160\)/);
    const take = (await storedTakes(page))[0]!;
    const words = TRANSCRIPT.split(' ').length;
    const wpm = Number(/about (\d+) words/.exec((await coach.locator('.take-pace').textContent()) ?? '')?.[1]);
    expect(Math.abs(wpm - words / ((take.analysis as { speakingMs?: number }).speakingMs! / 60_000))).toBeLessThanOrEqual(1);
    const fillers = coach.locator('.remark[data-rule="fillers-spoken"]');
    await fillers.waitFor();
    expect(await fillers.locator('mark').first().textContent()).toMatch(/^(um|uh|like)$/);
    const score = /Coach score for this take: (\d+)\/100/.exec((await coach.locator('.coach-score').textContent()) ?? '')?.[1];
    expect(score).toBeDefined();
    // The same score beside the take in the list, to watch it across takes.
    await expect.poll(() => page.getByRole('button', { name: /Take 1/ }).textContent()).toContain(`coach ${score}/100`);
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.locator('.player').screenshot({ path: 'test-results/coach-take-360.png' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
