import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { requireAppDatabase } from '../tests/support/db';
import { appInChromium } from './app';

const TAKES = 12;
const CHUNKS_PER_TAKE = 300; // 12 × 5 min = 60 min of 1 s chunks
const CHUNK_BYTES = 16_000; // ≈ Chromium's Opus at 128 kbit/s

/** Export and import through the Storage page (download path) with 100 drafts and 60 minutes of audio. */
export async function benchBackup(): Promise<void> {
  const app = await appInChromium('backup', 5800);
  if (!app) return;
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-backup-'));
  try {
    const page = await app.browser.newPage({ acceptDownloads: true });
    await page.addInitScript('window.__name = (f) => f'); // tsx wraps functions in __name()
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await page.goto(`${app.base}/storage`);
    await page.getByText('Last backup').waitFor();
    await seed(page);
    await page.reload();
    await page.getByText('Last backup').waitFor();

    const exported = await measured(page, async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      await download.saveAs(join(dir, 'backup.zip'));
    });
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('Everything was deleted from this browser.').waitFor();
    const imported = await measured(page, async () => {
      await page.getByLabel('Import a backup').setInputFiles(join(dir, 'backup.zip'));
      await page.getByText('Imported.').waitFor({ timeout: 600_000 });
    });
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    console.log(
      `\nBackup in Chromium: 100 drafts, ${TAKES} takes = 60 min of audio (${mb(TAKES * CHUNKS_PER_TAKE * CHUNK_BYTES)} in ${TAKES * CHUNKS_PER_TAKE} chunks); file ${mb(statSync(join(dir, 'backup.zip')).size)}`,
    );
    console.log(
      `  export (click → download complete): ${(exported.ms / 1000).toFixed(1)} s, peak JS heap + buffers ${mb(exported.peakHeap)} (from ${mb(exported.startHeap)})`,
    );
    console.log(
      `  import (file chosen → "Imported."):  ${(imported.ms / 1000).toFixed(1)} s, peak JS heap + buffers ${mb(imported.peakHeap)} (from ${mb(imported.startHeap)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
}

/** Wall time of `run`, and the page's JS memory sampled every 50 ms through the DevTools protocol. */
async function measured(page: Page, run: () => Promise<void>): Promise<{ ms: number; peakHeap: number; startHeap: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  // The JS heap plus ArrayBuffer backing stores (audio bytes live there, outside the heap proper).
  const heap = async () => {
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  const startHeap = await heap();
  let peakHeap = startHeap;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakHeap = Math.max(peakHeap, await heap());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = Date.now();
  await run();
  const ms = Date.now() - started;
  sampling = false;
  await sampler;
  await cdp.detach();
  return { ms, peakHeap, startHeap };
}

async function seed(page: Page): Promise<void> {
  await requireAppDatabase(page); // a raw open before the app's would create an empty database
  await page.evaluate(
    async ({ takes, chunksPerTake, chunkBytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('rehearse');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const done = (t: IDBTransaction) => new Promise((resolve, reject) => ((t.oncomplete = resolve), (t.onerror = reject)));
      const text = 'I led the migration of our eval harness, cut regressions by 40% and '.repeat(12);
      const t = db.transaction(['drafts'], 'readwrite');
      for (let i = 0; i < 100; i++)
        t.objectStore('drafts').put({ questionId: `q-${i}`, framework: 'star', fields: { situation: text, result: text }, rev: 1, updatedAt: Date.now() });
      await done(t);
      for (let k = 0; k < takes; k++) {
        const id = `take-bench${String(k).padStart(5, '0')}`;
        for (let from = 0; from < chunksPerTake; from += 30) {
          const w = db.transaction(['chunks'], 'readwrite');
          for (let seq = from; seq < from + 30; seq++) {
            const data = new Uint8Array(chunkBytes);
            crypto.getRandomValues(data.subarray(0, 65_536 > chunkBytes ? chunkBytes : 65_536));
            if (seq === 0) data.set([0x1a, 0x45, 0xdf, 0xa3]);
            w.objectStore('chunks').put({ takeId: id, seq, data: data.buffer, atMs: seq * 1000 });
          }
          await done(w);
        }
        const w = db.transaction(['takes'], 'readwrite');
        const now = Date.now();
        w.objectStore('takes').put({
          id,
          questionId: `q-${k}`,
          mimeType: 'audio/webm;codecs=opus',
          status: 'complete',
          startedAt: now,
          durationMs: chunksPerTake * 1000,
          chunkCount: chunksPerTake,
          bytes: chunksPerTake * chunkBytes,
          name: '',
          rating: 0,
          notes: '',
          analysisFailed: true,
          updatedAt: now,
        });
        await done(w);
      }
      db.close();
    },
    { takes: TAKES, chunksPerTake: CHUNKS_PER_TAKE, chunkBytes: CHUNK_BYTES },
  );
}
