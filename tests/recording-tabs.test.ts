import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { storedTakes } from './support/recording';

// Two tabs of one app share its storage and its Web Locks: they must agree on who records.
const suite = chromiumSuite({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });

async function open(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(path);
  await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
  return page;
}

/** Counts microphone requests across every tab of the context. */
async function countMicrophoneRequests(): Promise<void> {
  await suite.context.addInitScript(() => {
    const ask = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) => {
      localStorage.setItem('test-mic-requests', String(Number(localStorage.getItem('test-mic-requests') ?? 0) + 1));
      return ask(constraints);
    };
  });
}
const microphoneRequests = (page: Page) => page.evaluate(() => Number(localStorage.getItem('test-mic-requests') ?? 0));

const pendingLocks = (page: Page) => page.evaluate(async () => ((await navigator.locks.query()).pending ?? []).map((l) => l.name));
const stopButtons = async (...pages: Page[]) => (await Promise.all(pages.map((p) => p.getByRole('button', { name: 'Stop' }).count()))).reduce((a, b) => a + b);

describe('recording with two tabs open', () => {
  it('Record in both starts one recorder; the other tab says why and changes nothing', async () => {
    await countMicrophoneRequests();
    const a = await open('/q/why-openai');
    const b = await open('/q/tell-me-about-yourself');
    await Promise.all([a.getByRole('button', { name: 'Record an answer' }).click(), b.getByRole('button', { name: 'Record an answer' }).click()]);
    await expect.poll(() => stopButtons(a, b)).toBe(1);
    const [recording, other] = (await a.getByRole('button', { name: 'Stop' }).count()) ? [a, b] : [b, a];
    await other.getByRole('alert').filter({ hasText: 'Already recording in another tab.' }).waitFor();
    expect(await other.getByRole('button', { name: 'Record an answer' }).count()).toBe(1);
    expect(await microphoneRequests(a)).toBe(1);
    await expect.poll(async () => (await storedTakes(a)).length).toBe(1);

    // Once the first tab stops, the other one records as usual.
    await recording.getByRole('button', { name: 'Stop' }).click();
    await recording.getByRole('button', { name: /Take 1/ }).waitFor();
    await other.getByRole('button', { name: 'Record an answer' }).click();
    await other.getByRole('button', { name: 'Stop' }).click();
    await other.getByRole('button', { name: /Take 1/ }).waitFor();
    expect((await storedTakes(a)).map((t) => t.status)).toEqual(['complete', 'complete']);
  });

  it('a tab opened while another records leaves the live take alone', async () => {
    const a = await open('/q/why-openai');
    await a.getByRole('button', { name: 'Record an answer' }).click();
    await a.getByRole('button', { name: 'Stop' }).waitFor();
    await expect.poll(async () => (await storedTakes(a))[0]?.chunkCount ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const id = (await storedTakes(a))[0]!.id;

    const b = await open('/q/why-openai');
    // B's start-up recovery has run once it waits for the take's lock, to look again when A lets go.
    await expect.poll(() => pendingLocks(b), { timeout: 15_000 }).toContain(`rehearse-take:${id}`);
    const [take] = await storedTakes(b);
    expect(take).toMatchObject({ id, status: 'recording' });
    await expect.poll(async () => (await storedTakes(b))[0]!.chunkCount, { timeout: 15_000 }).toBeGreaterThan(take!.chunkCount);

    await a.getByRole('button', { name: 'Stop' }).click();
    await a.getByRole('button', { name: /Take 1/ }).waitFor();
    await expect.poll(() => pendingLocks(b)).toEqual([]);
    expect((await storedTakes(b)).map((t) => t.status)).toEqual(['complete']);
    expect(await a.getByRole('button', { name: /Take 1/ }).textContent()).not.toMatch(/Recovered/);
    expect(await b.getByText(/still recording when Rehearse closed/).count()).toBe(0);
  });
});
