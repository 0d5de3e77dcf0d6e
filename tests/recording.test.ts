import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import {
  assembledFiles,
  dropChunks,
  fakeMicrophoneArgs,
  fakeSpeechRecognizer,
  holdDecoding,
  pendingDecodes,
  recordChunks,
  releaseDecoding,
  storedTakes,
} from './support/recording';

// The fake microphone plays this file from its start: tone 0.8 s, silence 2.2 s, tone 0.8 s, silence 0.8 s, tone 1.4 s.
const SEGMENTS = [
  { tone: true, ms: 800 },
  { tone: false, ms: 2200 },
  { tone: true, ms: 800 },
  { tone: false, ms: 800 },
  { tone: true, ms: 1400 },
];
const suite = chromiumSuite({ args: fakeMicrophoneArgs(SEGMENTS) });

async function open(path: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(path);
  await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
  return page;
}

/** Records until the recorder hands over its `chunks`-th chunk (about a second each) and presses Stop in that
 * same moment inside the page (see exposeRecorder): the test runner's latency under load does not count. */
async function recordFor(page: Page, chunks: number) {
  await page.evaluate((n) => ((window as unknown as { stopAtChunk: number }).stopAtChunk = n), chunks);
  await page.getByRole('button', { name: 'Record an answer' }).click();
  await page.getByRole('button', { name: /Take 1/ }).waitFor();
}

describe('recording an answer', () => {
  it('records 5 s, survives a reload, measures its duration and pauses, and plays', async () => {
    await exposeRecorder();
    const page = await open('/q/why-openai');
    const footer = page.locator('footer.app-footer');
    const keptAnswer = /Your browser (has agreed to keep your|may clear) saved work/;
    expect(await footer.textContent()).not.toMatch(keptAnswer); // nothing saved yet, nothing asked
    await recordFor(page, 5);
    // A user who only records is asked to keep saved work too, once Stop is pressed; the footer says the answer.
    await expect.poll(() => footer.textContent()).toMatch(keptAnswer);
    await expect.poll(async () => (await storedTakes(page))[0]?.analysis, { timeout: 15_000 }).toBeTruthy();
    // Analysed, its audio is kept as one file (a Blob in Chromium), built from all that the take holds…
    const [recorded] = await storedTakes(page);
    const kept = { takeId: recorded!.id, chunkCount: recorded!.chunkCount, bytes: recorded!.bytes, kind: '[object Blob]', size: recorded!.bytes };
    await expect.poll(() => assembledFiles(page)).toEqual([kept]);
    // …and reopened after a reload, the take plays from that file alone: without its chunks, all below still works.
    await dropChunks(page, recorded!.id);

    await page.reload();
    await page.getByRole('button', { name: /Take 1/ }).click();
    const [take] = await storedTakes(page);
    expect(take!.status).toBe('complete');
    expect(take!.durationMs).toBeGreaterThan(4500);
    expect(take!.durationMs).toBeLessThan(5500);
    // The pauses of the file: 2.2 s (the one long pause) and 0.8 s.
    const pauses = take!.analysis!.pauses.map((p) => p.endMs - p.startMs);
    expect(take!.analysis!.longPauses).toBe(1);
    expect(Math.abs(take!.analysis!.longestPauseMs - 2200)).toBeLessThan(300);
    expect(pauses.some((p) => Math.abs(p - 800) < 300)).toBe(true);
    await expect.poll(() => page.locator('.figures').textContent()).toMatch(/Pauses over 2 s1/);
    expect(await page.locator('.time').textContent()).toMatch(/\/ 0:05$/);

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.5);
    await page.getByRole('radio', { name: '1.5×' }).check();
    expect(await page.locator('audio').evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // Seek with the range (the keyboard way): the audio follows, in a WebM with no duration of its own.
    await page.getByRole('slider', { name: /Position in Take 1/ }).fill('3000');
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(2.5);
    // Download carries the right extension for the recorded type.
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toMatch(/^rehearse-why-openai-.*\.webm$/);
    // Rename, rate and note it; all kept across a reload, and the list shows what tells takes apart.
    await page.getByLabel('Name').fill('Shorter opening');
    await page.getByLabel('Notes').fill('Cut the first sentence');
    await page.getByLabel('Notes').blur();
    await page.getByRole('radio', { name: '4', exact: true }).check();
    // The list shows the rating once it is stored.
    await expect.poll(() => page.locator('.take-summary').first().textContent()).toMatch(/rated 4\/5/);
    await page.reload();
    const summary = page.getByRole('button', { name: /Shorter opening/ });
    expect(await summary.textContent()).toMatch(/0:05 · 1 pause over 2 s · rated 4\/5/);
    await summary.click();
    expect(await page.getByLabel('Notes').inputValue()).toBe('Cut the first sentence');
  });

  it('keeps a take whose tab closed mid-recording, and shows it as recovered', async () => {
    const page = await open('/q/how-do-you-prioritize-tasks');
    await recordChunks(page, 4);
    await page.close(); // no Stop
    const again = await open('/q/how-do-you-prioritize-tasks');
    const item = again.getByRole('button', { name: /Take 1/ });
    await item.waitFor();
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toMatch(/Recovered after the tab closed/);
    const notice = again.getByRole('status').filter({ hasText: 'still recording when Rehearse closed' });
    await notice.waitFor();
    expect(await notice.getByRole('link').textContent()).toBe('How do you prioritize tasks?');
    await expect.poll(async () => (await storedTakes(again))[0]?.status).toBe('recovered');
    const [take] = await storedTakes(again);
    expect(take!.durationMs).toBeGreaterThanOrEqual(3000);
    await item.click();
    await again.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => again.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
  });

  it('deletes a take with undo', async () => {
    const page = await open('/q/why-do-you-want-to-work-at-meta');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor();
    await page.getByRole('button', { name: 'Delete take' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Take 1/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    expect((await storedTakes(page)).length).toBe(1);
  });

  // About a second a cycle: each take waits for its first stored chunk.
  it('20 record/replay cycles leave no object URL behind and memory flat', { timeout: 180_000 }, async () => {
    await trackObjectUrls();
    const page = await open('/q/how-do-you-manage-your-teams-career-growth');
    const cdp = await suite.context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    let before = 0;
    for (let i = 1; i <= 20; i++) {
      await recordChunks(page, 1);
      await page.getByRole('button', { name: 'Stop' }).click();
      const newest = page.locator('.take-summary').first();
      await expect.poll(() => page.locator('.take-summary').count()).toBe(i);
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor(); // open after Stop
      await newest.click(); // and close it
      if (i === 5) before = await heap();
    }
    // Preact runs an unmounted player's cleanup (which revokes its URL) after the next paint: wait for it.
    await expect.poll(() => liveUrls(page)).toBe(0);
    const after = await heap();
    expect(after - before).toBeLessThan(5 * 1024 * 1024);
  });

  it('a take closed while its audio still loads leaves no object URL behind', async () => {
    await trackObjectUrls();
    await holdDecoding(suite.context);
    const page = await open('/q/how-do-you-manage-your-teams-career-growth');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    const take = page.locator('.take-summary').first();
    await take.waitFor();
    await expect.poll(() => pendingDecodes(page)).toBe(2); // the take's analysis, and its waveform in the player open after Stop
    await take.click(); // and close it before that is done
    expect(await liveUrls(page)).toBe(0);
    await releaseDecoding(page);
    await expect.poll(() => pendingDecodes(page)).toBe(0);
    expect(await liveUrls(page)).toBe(0);
  });
});

/** Counts the page's object URLs not yet revoked (see liveUrls). */
const trackObjectUrls = () =>
  suite.context.addInitScript(() => {
    const live = new Set<string>();
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (o: Blob | MediaSource) => {
      const u = create(o);
      live.add(u);
      return u;
    };
    URL.revokeObjectURL = (u: string) => {
      live.delete(u);
      revoke(u);
    };
    (window as unknown as { liveUrls: () => number }).liveUrls = () => live.size;
  });
const liveUrls = (page: Page) => page.evaluate(() => (window as unknown as { liveUrls: () => number }).liveUrls());

/** Keeps the page's MediaRecorder and microphone stream where the test can reach them; with `stopAtChunk`
 * set, presses Stop the moment the recorder hands over that chunk. */
const exposeRecorder = () =>
  suite.context.addInitScript(() => {
    const w = window as unknown as { recorder?: MediaRecorder; micStream?: MediaStream; stopAtChunk?: number };
    const Original = window.MediaRecorder;
    window.MediaRecorder = class extends Original {
      constructor(stream: MediaStream, options?: MediaRecorderOptions) {
        super(stream, options);
        w.recorder = this;
        w.micStream = stream;
        let chunks = 0;
        this.addEventListener('dataavailable', () => {
          if (++chunks !== w.stopAtChunk) return;
          [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Stop')?.click();
        });
      }
    } as typeof MediaRecorder;
  });

describe('when the device interrupts a take', () => {
  it('keeps the take and says why when the browser stops the recording by itself', async () => {
    await exposeRecorder();
    const page = await open('/q/why-do-you-want-to-work-at-anthropic');
    await recordChunks(page, 3); // the third chunk ends near 3 s, so more than 2 s is stored
    await page.evaluate(() => (window as unknown as { recorder: MediaRecorder }).recorder.stop());
    const stopped = page.getByRole('alert').filter({ hasText: 'The browser stopped the recording' });
    await stopped.waitFor();
    expect(await page.getByRole('button', { name: 'Record an answer' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor();
    await expect.poll(async () => (await storedTakes(page))[0]?.status).toBe('complete');
    const { durationMs } = (await storedTakes(page))[0]!;
    expect(durationMs).toBeGreaterThan(2000);
    // It says how much is kept: at least 2 s, and never more than the take holds.
    const kept = Number((await stopped.textContent())!.match(/Everything up to (\d+) s is kept/)![1]);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept * 1000).toBeLessThanOrEqual(durationMs);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
  });

  it('says when the microphone is muted by the system, and when it is back', async () => {
    await exposeRecorder();
    const page = await open('/q/why-do-you-want-to-work-at-anthropic');
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor(); // the recorder is listening to the track
    const track = (ev: string) =>
      page.evaluate((e) => (window as unknown as { micStream: MediaStream }).micStream.getAudioTracks()[0]!.dispatchEvent(new Event(e)), ev);
    await track('mute');
    const paused = page.getByRole('alert').filter({ hasText: 'The microphone is paused by your device' });
    await paused.waitFor();
    await track('unmute');
    await expect.poll(() => paused.count()).toBe(0);
    await page.getByRole('button', { name: 'Stop' }).click();
  });

  it('stops on a full disk mid-take, keeps what was stored and offers the audio as a download', async () => {
    await suite.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'chunks') throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await open('/q/why-do-you-want-to-work-at-anthropic');
    await recordChunks(page, 2);
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 5000 })
      .toContainEqual(expect.stringMatching(/^Recording stopped: .*Everything recorded so far is kept/));
    expect(await page.getByRole('button', { name: 'Record an answer' }).isVisible()).toBe(true);
    const download = page.getByRole('link', { name: 'Download the recording' });
    expect(await download.getAttribute('href')).toMatch(/^blob:/);
    expect(await download.getAttribute('download')).toBe('rehearse-unsaved-take.webm');
    // The audio in memory holds everything, more than the stored chunks.
    const inMemory = await download.evaluate(async (a: HTMLAnchorElement) => (await (await fetch(a.href)).arrayBuffer()).byteLength);
    const [take] = await storedTakes(page);
    expect(take!.chunkCount).toBeGreaterThanOrEqual(2);
    expect(inMemory).toBeGreaterThan(take!.bytes);
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 5000 }).toBeGreaterThan(0.3);
  });
});

describe('transcripts', () => {
  const fakeRecognizer = (availability: string, installs = true) => fakeSpeechRecognizer(suite.context, 'I led the eval migration', { availability, installs });

  it('are made on the device while recording and kept with the take', async () => {
    await fakeRecognizer('available');
    const page = await open('/q/why-openai');
    await page.getByText('A transcript is made on this device as you speak.').waitFor();
    await recordChunks(page, 1);
    await page.waitForFunction(() => (window as unknown as { heard?: boolean }).heard);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { recognitions: unknown[] }).recognitions)).toEqual([{ local: true, withTrack: true }]);
    await page.reload();
    await page.getByRole('button', { name: /Take 1/ }).click();
    await page.getByText('Transcript (made on this device)').click();
    await page.getByText('I led the eval migration').waitFor();
  });

  it('are hidden where the browser cannot make them on the device', async () => {
    await fakeRecognizer('unavailable');
    const page = await open('/q/why-openai');
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { recognitions?: unknown[] }).recognitions)).toBeUndefined();
    expect(await page.getByText(/transcri/i).count()).toBe(0);
  });

  it('say so when the browser cannot fetch its model, and recording still works', async () => {
    await fakeRecognizer('downloadable', false);
    const page = await open('/q/why-openai');
    await page.getByRole('button', { name: 'Turn on transcripts' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/could not get its speech model/));
    await recordChunks(page, 1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('button', { name: /Take 1/ }).waitFor();
  });

  it('are offered as a one-time download where the browser has the model to fetch', async () => {
    // Debian's Chromium says 'downloadable' for on-device English: no stub here.
    const page = await open('/q/why-openai');
    await page.getByRole('button', { name: 'Turn on transcripts' }).waitFor();
  });
});

describe('without a microphone', () => {
  it('says why when permission is denied, and the rest of the app works', async () => {
    await suite.context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const page = await open('/q/why-openai');
    await page.getByRole('button', { name: 'Record an answer' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/permission was denied/));
    await page.getByLabel('Situation').fill('Still writing');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
    expect(await page.getByRole('button', { name: 'Record an answer' }).isEnabled()).toBe(true);
  });
});
