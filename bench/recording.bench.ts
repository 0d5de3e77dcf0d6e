import type { Page } from 'playwright-core';
import { wavHeader } from '../src/audio/wav';
import { requireAppDatabase } from '../tests/support/db';
import { appInChromium } from './app';
import { summarise, table } from './stats';

const MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'];

/** Record → first chunk in IndexedDB, and a 30-minute take written, recovered, analysed and reopened, in real Chromium. */
export async function benchRecording(): Promise<void> {
  const app = await appInChromium('recording', 5700, MEDIA);
  if (!app) return;
  const { base, browser } = app;
  try {
    const page = await browser.newPage();
    await page.addInitScript('window.__name = (f) => f'); // tsx wraps functions in __name()
    // Note when the transaction holding the first chunk of a take commits.
    await page.addInitScript(() => {
      const w = window as unknown as { firstChunkAt?: number };
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'chunks' && w.firstChunkAt === undefined) {
          this.transaction.addEventListener('complete', () => (w.firstChunkAt ??= performance.now()));
        }
        return put.apply(this, args);
      };
    });
    await page.goto(`${base}/q/why-openai`);
    const firstChunk = await recordToFirstChunk(page, 12);
    const long = await thirtyMinuteTake(page, base);
    table('Recording in Chromium (fake microphone, 1 s timeslice)', [
      ['Record click → first chunk stored (ms)', summarise(firstChunk), 'a chunk is 1 s of audio'],
      ['30-min take: append one 1 s chunk (ms)', summarise(long.appends)],
    ]);
    console.log(`  30-min take (1,800 chunks, ${(long.bytes / 1e6).toFixed(1)} MB): written in ${(long.writeMs / 1000).toFixed(1)} s of transaction time`);
    console.log(
      `  after a crash at minute 30: recovered ${long.recoverMs} ms after load, analysed (decode + pauses + waveform) ${long.analyseMs} ms after load`,
    );
    console.log(
      `  reopen: click the take → playable ${summarise(long.reopens).median.toFixed(0)} ms median, ${summarise(long.reopens).p95.toFixed(0)} ms p95 (${long.reopens.length} runs); measured duration ${(long.durationMs / 60000).toFixed(2)} min`,
    );
  } finally {
    await app.close();
  }
}

async function recordToFirstChunk(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: 'Record an answer' }).waitFor();
    const clickedAt = await page.evaluate(() => {
      (window as unknown as { firstChunkAt?: number }).firstChunkAt = undefined;
      const at = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Record an answer'))!.click();
      return at;
    });
    await page.waitForFunction(() => (window as unknown as { firstChunkAt?: number }).firstChunkAt !== undefined, undefined, { timeout: 10_000 });
    times.push((await page.evaluate(() => (window as unknown as { firstChunkAt: number }).firstChunkAt)) - clickedAt);
    await page.getByRole('button', { name: 'Stop' }).click();
  }
  return times;
}

/**
 * A take left "recording" after 30 minutes (the tab died), written chunk by chunk the way appendChunk
 * does. Audio is 8 kHz 16-bit WAV, about 4× the bytes of the Opus a browser records: an upper bound.
 */
async function thirtyMinuteTake(page: Page, base: string) {
  const RATE = 8000;
  const SECONDS = 1800;
  const header = [...new Uint8Array(wavHeader(RATE * SECONDS, RATE))];
  await requireAppDatabase(page); // a raw open before the app's would create an empty database
  const written = await page.evaluate(
    async ({ header, rate, seconds }) => {
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open('rehearse');
        r.onsuccess = () => res(r.result);
      });
      const id = 'take-bench30minute';
      const now = Date.now();
      await new Promise<void>((res) => {
        const t = db.transaction('takes', 'readwrite');
        t.objectStore('takes').put({
          id,
          questionId: 'tell-me-about-yourself',
          mimeType: 'audio/wav',
          status: 'recording',
          startedAt: now - seconds * 1000,
          durationMs: 0,
          chunkCount: 0,
          bytes: 0,
          name: '',
          rating: 0,
          notes: '',
          updatedAt: now,
        });
        t.oncomplete = () => res();
      });
      const appends: number[] = [];
      let bytes = 0;
      for (let seq = 0; seq < seconds; seq++) {
        // Speech-like: 3 s of a 220 Hz tone, then 1 s of silence.
        const pcm = new Int16Array(rate);
        if (seq % 4 !== 3) for (let i = 0; i < rate; i++) pcm[i] = Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / rate));
        const data = seq === 0 ? new Uint8Array([...header, ...new Uint8Array(pcm.buffer)]).buffer : pcm.buffer;
        bytes += data.byteLength;
        const start = performance.now();
        await new Promise<void>((res, rej) => {
          const t = db.transaction(['takes', 'chunks'], 'readwrite');
          const takes = t.objectStore('takes');
          const get = takes.get(id);
          get.onsuccess = () => {
            const take = get.result;
            t.objectStore('chunks').put({ takeId: id, seq, data, atMs: seq * 1000 });
            takes.put({ ...take, chunkCount: take.chunkCount + 1, bytes: take.bytes + data.byteLength, durationMs: seq * 1000, updatedAt: Date.now() });
          };
          t.oncomplete = () => res();
          t.onerror = () => rej(t.error);
        });
        appends.push(performance.now() - start);
      }
      db.close();
      return { appends, bytes, writeMs: appends.reduce((a, b) => a + b, 0) };
    },
    { header, rate: RATE, seconds: SECONDS },
  );

  // The next start finds it unfinished: recovery, then analysis, as after a dead battery.
  const readTake = () =>
    page.evaluate(
      () =>
        new Promise<{ status: string; durationMs: number; analysis?: unknown }>((res) => {
          const r = indexedDB.open('rehearse');
          r.onsuccess = () => {
            const get = r.result.transaction('takes').objectStore('takes').get('take-bench30minute');
            get.onsuccess = () => (r.result.close(), res(get.result));
          };
        }),
    );
  const loadedAt = Date.now();
  await page.goto(`${base}/q/tell-me-about-yourself`);
  let recoverMs = 0;
  let analyseMs: number;
  for (;;) {
    const take = await readTake();
    if (!recoverMs && take.status === 'recovered') recoverMs = Date.now() - loadedAt;
    if (take.analysis) {
      analyseMs = Date.now() - loadedAt;
      break;
    }
    if (Date.now() - loadedAt > 180_000) throw new Error('the 30-minute take was not analysed within 3 minutes');
    await page.waitForTimeout(50);
  }
  const { durationMs } = await readTake();

  const reopens: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    const summary = page.locator('.take-summary').first();
    await summary.waitFor();
    const start = Date.now();
    await summary.click();
    await page.waitForFunction(
      () => (document.querySelector('audio')?.readyState ?? 0) >= 1 && !document.querySelector<HTMLButtonElement>('.transport button')?.disabled,
    );
    reopens.push(Date.now() - start);
  }
  return { ...written, recoverMs, analyseMs, reopens, durationMs };
}
