import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { cutOffInControls, spilledOutOfCards } from './support/layout';
import { chromiumSuite } from './support/chromium';
import { chunksStored, fakeMicrophoneArgs, storedTakes } from './support/recording';
import { storedRecords } from './support/db';

// The fake microphone: speech-like tone with a long pause, looped.
const suite = chromiumSuite({
  args: fakeMicrophoneArgs([
    { tone: true, ms: 1200 },
    { tone: false, ms: 2400 },
    { tone: true, ms: 1400 },
  ]),
  context: { bypassCSP: true }, // axe is injected as an inline script
});

async function openRound(page: Page): Promise<void> {
  await page.goto('/round');
  await page.getByRole('heading', { name: 'Mock round', level: 1 }).waitFor();
}

/** A custom round of `n` random questions, long limits (the test stops each answer itself). */
async function startCustomRound(page: Page, n = 3, options: { typing?: boolean } = {}): Promise<void> {
  await openRound(page);
  if (options.typing) await page.getByLabel('Type my answers instead of recording them').check();
  await page.getByLabel('Questions', { exact: true }).fill(String(n));
  await page.getByLabel('Thinking time (seconds)').fill('60');
  await page.getByLabel('Answer limit (seconds)').fill('120');
  await page.getByRole('button', { name: 'Start this round' }).click();
  await page.getByRole('heading', { name: `Question 1 of ${n}` }).waitFor();
}

/** Space starts the answer, `chunks` seconds of it are stored, Space stops it; returns once the next step (or the review) is up. */
async function answerBySpace(page: Page, chunks: number, next: string | RegExp): Promise<void> {
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Stop answer' }).waitFor();
  await chunksStored(page, chunks);
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: next }).waitFor();
}

/** The round's question ids, as the running round journalled them. */
const journalledQuestions = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('rehearse:unsaved-round:current:run');
    return raw ? (JSON.parse(raw) as { run: { round: { items: { questionId: string }[] } } }).run.round.items.map((i) => i.questionId) : null;
  });

/** Finished rounds as stored (store 'rounds'), for Progress and the backup. */
const storedRounds = (page: Page) => storedRecords<{ status: string; answers: { outcome: string; take: string | null }[] }>(page, 'rounds');

const storedReviews = (page: Page) => storedRecords<{ itemId: string; card: { due: Date } }>(page, 'reviews');

/** Plays the answer's take on the review screen and waits for its audio to move. */
async function replay(answer: ReturnType<Page['locator']>): Promise<void> {
  await answer.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => answer.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 8000 }).toBeGreaterThan(0.3);
  await answer.getByRole('button', { name: 'Pause', exact: true }).click();
}

describe('a mock round', () => {
  it('3 questions with the microphone, by keyboard: each answer a take of its question, replayed and graded on the review', async () => {
    const page = await suite.newPage();
    await startCustomRound(page);
    const ids = await journalledQuestions(page);
    expect(ids).toHaveLength(3);
    await page.getByRole('timer').waitFor();
    await answerBySpace(page, 2, 'Question 2 of 3');
    await answerBySpace(page, 2, 'Question 3 of 3');
    await answerBySpace(page, 2, /Round review/);

    // Every answer is a finished take of its own question.
    await expect.poll(async () => (await storedTakes(page)).filter((t) => t.status === 'complete').length, { timeout: 10_000 }).toBe(3);
    const takes = (await storedTakes(page)) as unknown as { questionId: string }[];
    expect(takes.map((t) => t.questionId).sort()).toEqual([...ids!].sort());

    // The finished round is kept for Progress and the backup, each answer with its take.
    await expect
      .poll(async () => (await storedRounds(page)).map((r) => [r.status, r.answers.map((a) => a.outcome), r.answers.every((a) => a.take)]))
      .toEqual([['finished', ['answered', 'answered', 'answered'], true]]);
    const answers = page.locator('.round-answer');
    expect(await answers.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const answer = answers.nth(i);
      expect(await answer.locator('.badge').textContent()).toBe('Answered');
      await replay(answer);
      // The delivery figures of the take, once it is analysed.
      await expect.poll(() => answer.locator('.figures').textContent(), { timeout: 15_000 }).toMatch(/Speaking.*Longest pause/);
    }
    const items = page.locator('.round-review-item');
    for (let i = 0; i < 3; i++) {
      await items.nth(i).getByRole('button', { name: /^Good/ }).click();
      await items
        .nth(i)
        .locator('.review-done')
        .filter({ hasText: /Graded Good\. Next review/ })
        .waitFor();
    }
    const reviews = await storedReviews(page);
    expect(reviews.map((r) => r.itemId).sort()).toEqual([...ids!].sort());
    // Graded Good: due again later, not today.
    for (const r of reviews) expect(new Date(r.card.due).getTime()).toBeGreaterThan(Date.now() + 12 * 3600_000);
    // The round is done with: no round is offered to resume once the review is left.
    await page.getByRole('button', { name: 'New round' }).click();
    await page.getByRole('heading', { name: 'Mock round', level: 1 }).waitFor();
    expect(await journalledQuestions(page)).toBeNull();
  });

  it('the tab closed mid-answer: reopened, the round offers Resume, keeps the take as cut, and finishes', async () => {
    const page = await suite.newPage();
    await startCustomRound(page);
    await answerBySpace(page, 1, 'Question 2 of 3');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Stop answer' }).waitFor();
    await chunksStored(page, 2);
    await page.close(); // no Stop, no Finish

    const again = await suite.newPage();
    await again.goto('/round');
    await again.getByText('You left this round at question 2 of 3, during an answer').waitFor();
    await again.getByRole('button', { name: 'Resume round' }).click();
    // The answer goes on, recorded anew: Stop ends it.
    await again.getByRole('button', { name: 'Stop answer' }).waitFor();
    await chunksStored(again, 1);
    await again.keyboard.press('Space');
    await again.getByRole('heading', { name: 'Question 3 of 3' }).waitFor();
    await answerBySpace(again, 1, /Round review/);

    const second = again.locator('.round-review-item').nth(1);
    await expect.poll(() => second.locator('.badge').allTextContents()).toEqual(['Cut short', 'Answered']);
    // The cut take is the take recorded before the tab closed: kept, a take of its question, and playable.
    await expect.poll(async () => (await storedTakes(again)).filter((t) => t.status !== 'recording').length, { timeout: 15_000 }).toBe(4);
    await replay(second.locator('.round-answer').first());
    await replay(second.locator('.round-answer').nth(1));
  });

  it('a typed round left mid-answer comes back with its text; Discard takes it away and Undo brings it back', async () => {
    const page = await suite.newPage();
    await startCustomRound(page, 2, { typing: true });
    await page.keyboard.press('Space');
    await page.getByLabel('Your answer').fill('First we wrote the eval');
    await page.close();

    const again = await suite.newPage();
    await again.goto('/round');
    await again.getByText('You left this round at question 1 of 2, during an answer (what was typed is kept)').waitFor();
    await again.getByRole('button', { name: 'Discard round' }).click();
    await again.getByRole('heading', { name: 'Mock round', level: 1 }).waitFor();
    expect(await journalledQuestions(again)).toBeNull();
    await again.getByRole('button', { name: 'Undo' }).click();
    await again.getByRole('button', { name: 'Resume round' }).click();
    expect(await again.getByLabel('Your answer').inputValue()).toBe('First we wrote the eval');
    await again.getByLabel('Your answer').press('End');
    await again.getByLabel('Your answer').pressSequentially(' first.');
    await again.getByRole('button', { name: 'Stop answer' }).click();
    await again.getByRole('heading', { name: 'Question 2 of 2' }).waitFor();
    await again.getByRole('button', { name: 'Finish round' }).click();
    await again.getByRole('heading', { name: /Round review/ }).waitFor();
    expect(await again.locator('.round-typed').allTextContents()).toEqual(['First we wrote the eval first.']);
  });

  it('a round left unfinished is first in What next on the home page: Discard with Undo, Resume; finished, it counts on Progress', async () => {
    const page = await suite.newPage();
    await startCustomRound(page, 2, { typing: true });
    await page.keyboard.press('Space');
    await page.getByLabel('Your answer').fill('We cut the eval time in half');
    await page.close();

    const home = await suite.newPage();
    await home.goto('/');
    const next = home.getByRole('region', { name: 'What next' });
    const first = next.getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toMatch(/^Resume your mock round: .+Stopped at question 1 of 2 · 0 answeredDiscard round$/);
    await first.getByRole('button', { name: 'Discard round' }).click();
    await expect.poll(() => next.getByText(/^Resume your mock round/).count()).toBe(0);
    expect(await journalledQuestions(home)).toBeNull();
    await home.getByRole('button', { name: 'Undo' }).click();
    await next.getByRole('link', { name: /^Resume your mock round/ }).click();
    await home.getByRole('button', { name: 'Resume round' }).click();
    expect(await home.getByLabel('Your answer').inputValue()).toBe('We cut the eval time in half');
    await home.getByRole('button', { name: 'Stop answer' }).click();
    await home.getByRole('heading', { name: 'Question 2 of 2' }).waitFor();
    await home.getByRole('button', { name: 'Finish round' }).click();
    await home.getByRole('heading', { name: /Round review/ }).waitFor();
    await expect.poll(async () => (await storedRounds(home)).length).toBe(1);

    await home.goto('/');
    await next.waitFor();
    expect(await next.getByText(/^Resume your mock round/).count()).toBe(0); // finished: nothing to resume
    await home.goto('/progress');
    const rounds = home.getByRole('region', { name: 'Mock rounds' });
    await expect.poll(() => rounds.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/ · 1 of 2 questions answered$/)]);
    expect(await home.locator('.stat-tiles > div', { hasText: 'Mock rounds' }).locator('dd').textContent()).toBe('1');
  });

  it('without a microphone the answers are typed, and Space types a space in the text box', async () => {
    await suite.context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    const page = await suite.newPage();
    await startCustomRound(page, 2);
    await page.getByRole('button', { name: 'Start answer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Type your answers instead' }).waitFor();
    const box = page.getByLabel('Your answer');
    await box.fill('We shipped');
    await box.press('Space');
    await box.pressSequentially('the eval first.');
    expect(await box.inputValue()).toBe('We shipped the eval first.');
    await page.getByRole('button', { name: 'Stop answer' }).click();
    await page.getByRole('heading', { name: 'Question 2 of 2' }).waitFor();
    // From now on it asks for no microphone: the text box opens with the answer.
    await page.getByRole('button', { name: 'Start answer' }).click();
    await page.getByLabel('Your answer').fill('I would measure it.');
    await page.getByRole('button', { name: 'Stop answer' }).click();
    await page.getByRole('heading', { name: /Round review/ }).waitFor();
    expect(await page.locator('.round-typed').allTextContents()).toEqual(['We shipped the eval first.', 'I would measure it.']);
    expect(await storedTakes(page)).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe, %s theme, 360 px', (colorScheme) => {
  it('finds no violations on the setup, the running round and the review', async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await openRound(page);
    await page.locator('.round-presets li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await startCustomRound(page, 1);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Stop answer' }).waitFor();
    await chunksStored(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: /Round review/ }).waitFor();
    await page.locator('.round-answer .figures').waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect.poll(() => page.locator('.review-when').first().textContent()).toBe('tomorrow'); // the grades' days, worked out
    expect(await spilledOutOfCards(page)).toEqual([]);
    expect(await cutOffInControls(page)).toEqual([]); // "tomorrow" under Again, in a card in a card
  });
});
