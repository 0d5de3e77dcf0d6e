import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { encodeWav, toneWithGaps } from '../../src/audio/wav';
import { appDatabaseMade, requireAppDatabase, storedRecords } from './db';

/**
 * Chromium's flags for a granted fake microphone that plays `segments` (tone or silence, 440 Hz at 48 kHz) from
 * a WAV written to a temp folder, and plays back without a gesture.
 */
export function fakeMicrophoneArgs(segments: { tone: boolean; ms: number }[]): string[] {
  const wav = join(mkdtempSync(join(tmpdir(), 'rehearse-mic-')), 'answer.wav');
  writeFileSync(wav, Buffer.from(encodeWav(toneWithGaps(segments, 48000, 440, 0.5), 48000)));
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    '--autoplay-policy=no-user-gesture-required',
  ];
}

export interface StoredTake {
  id: string;
  status: string;
  startedAt: number;
  durationMs: number;
  chunkCount: number;
  bytes: number;
  analysis?: { longestPauseMs: number; longPauses: number; pauses: { startMs: number; endMs: number }[] };
  notes?: string;
}

/** Takes as stored, read straight from IndexedDB (the connection is closed again, so it never blocks an upgrade). */
export const storedTakes = (page: Page) => storedRecords<StoredTake>(page, 'takes');

/** The assembled files kept for finished takes (store 'assembled'), described: what they were built from and what they hold. */
export const assembledFiles = async (page: Page) =>
  !(await appDatabaseMade(page))
    ? []
    : page.evaluate(
        () =>
          new Promise<{ takeId: string; chunkCount: number; bytes: number; kind: string; size: number }[]>((resolve, reject) => {
            const req = indexedDB.open('rehearse');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const db = req.result;
              const all = db.transaction('assembled').objectStore('assembled').getAll();
              all.onsuccess = () => {
                db.close();
                resolve(
                  (all.result as { takeId: string; chunkCount: number; bytes: number; audio: Blob | ArrayBuffer }[]).map(
                    ({ takeId, chunkCount, bytes, audio }) => ({
                      takeId,
                      chunkCount,
                      bytes,
                      kind: Object.prototype.toString.call(audio),
                      size: audio instanceof Blob ? audio.size : audio.byteLength,
                    }),
                  ),
                );
              };
              all.onerror = () => (db.close(), reject(all.error));
            };
          }),
      );

/** Deletes a take's audio chunks behind the app's back: whatever still plays came from somewhere else. */
export const dropChunks = async (page: Page, takeId: string) => {
  await requireAppDatabase(page);
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('rehearse');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const t = db.transaction('chunks', 'readwrite');
          t.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
          t.oncomplete = () => (db.close(), resolve());
          t.onerror = () => (db.close(), reject(t.error));
        };
      }),
    takeId,
  );
};

/** Waits until the take being recorded has `count` chunks in IndexedDB: about `count` seconds of audio really kept. */
export async function chunksStored(page: Page, count: number): Promise<void> {
  const recorded = async () => (await storedTakes(page)).find((t) => t.status === 'recording')?.chunkCount ?? 0;
  await expect.poll(recorded, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
}

/** Presses Record and returns once `chunks` chunks of the take are stored (the machine's speed does not matter). */
export async function recordChunks(page: Page, chunks: number): Promise<void> {
  await page.getByRole('button', { name: 'Record an answer' }).click();
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  await chunksStored(page, chunks);
}

/** Holds every audio decode in the page until `releaseDecoding`, so a test can act while a take is still loading. */
export const holdDecoding = (context: BrowserContext) =>
  context.addInitScript(() => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let pending = 0;
    const decode = BaseAudioContext.prototype.decodeAudioData;
    BaseAudioContext.prototype.decodeAudioData = function (
      this: BaseAudioContext,
      data: ArrayBuffer,
      ok?: DecodeSuccessCallback | null,
      fail?: DecodeErrorCallback | null,
    ) {
      pending++;
      const decoded = released.then(() => decode.call(this, data));
      decoded.then(
        () => pending--,
        () => pending--,
      );
      decoded.then(
        (buffer) => ok?.(buffer),
        (error: DOMException) => fail?.(error),
      );
      return decoded;
    };
    (window as unknown as { decoding: object }).decoding = { pending: () => pending, release: () => release() };
  });

type Decoding = { decoding: { pending: () => number; release: () => void } };
export const pendingDecodes = (page: Page) => page.evaluate(() => (window as unknown as Decoding).decoding.pending());
export const releaseDecoding = (page: Page) => page.evaluate(() => (window as unknown as Decoding).decoding.release());

/**
 * Stands in for the browser's on-device recogniser (the fake microphone plays tones, not words): it hears
 * `transcript` 300 ms after it starts. `availability` is what it says of transcribing on the device
 * (`available`, `downloadable`, `unavailable`), `installs` whether fetching the model succeeds. Each start
 * is logged in `window.recognitions` (on the device or not, with the microphone's track or not).
 */
export const fakeSpeechRecognizer = (context: BrowserContext, transcript: string, { availability = 'available', installs = true } = {}) =>
  context.addInitScript(
    ([heard, answer, installs]) => {
      class Fake extends EventTarget {
        lang = '';
        continuous = false;
        interimResults = false;
        local = false;
        // On the prototype, as the real one: transcriptSupport() looks for it there.
        get processLocally() {
          return this.local;
        }
        set processLocally(v: boolean) {
          this.local = v;
        }
        static available = async (o: { processLocally: boolean }) => (o.processLocally ? answer : 'available');
        static install = async () => installs;
        start(track?: MediaStreamTrack) {
          const w = window as unknown as { recognitions: unknown[] };
          (w.recognitions ??= []).push({ local: this.local, withTrack: track instanceof MediaStreamTrack });
          setTimeout(() => {
            const results = [{ isFinal: true, 0: { transcript: heard } }];
            this.dispatchEvent(Object.assign(new Event('result'), { results, resultIndex: 0 }));
            (window as unknown as { heard: boolean }).heard = true;
          }, 300); // a recogniser's latency
        }
        stop() {
          setTimeout(() => this.dispatchEvent(new Event('end')));
        }
        abort() {}
      }
      (window as unknown as { SpeechRecognition: unknown }).SpeechRecognition = Fake;
    },
    [transcript, availability, installs] as const,
  );
