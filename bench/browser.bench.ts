import { requireAppDatabase } from '../tests/support/db';
import { appInChromium } from './app';
import { summarise, table } from './stats';

/** In real Chromium, against the built app: a draft save and a question page opening with 500 drafts × 50 revisions stored. */
export async function benchBrowser(): Promise<void> {
  const app = await appInChromium('Chromium drafts', 5600);
  if (!app) return;
  const { base, browser } = app;
  try {
    const page = await browser.newPage();
    // tsx (esbuild) wraps named functions in __name(); page.evaluate ships them as text into the page.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${base}/q/why-openai`);
    await page.getByLabel('Situation').waitFor();
    // The field is drawn from the HTML before the app runs: a raw open before the app has made its database would
    // create an empty one (the same wait as the tests', tests/support/db.ts).
    await requireAppDatabase(page);
    // Seed through the app's own database (same schema) with raw IndexedDB.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('rehearse');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const text = (i: number) => ({
        situation: `Situation ${i} `.repeat(20),
        task: `Task ${i} `.repeat(15),
        action: `Action ${i} `.repeat(40),
        result: `Result ${i} `.repeat(15),
      });
      for (let q = 0; q < 500; q++) {
        await new Promise<void>((res) => {
          const t = db.transaction(['drafts', 'revisions'], 'readwrite');
          t.objectStore('drafts').put({ questionId: `bench-${q}`, framework: 'star', fields: text(q), rev: 1, updatedAt: Date.now() });
          for (let r = 0; r < 50; r++)
            t.objectStore('revisions').add({ questionId: `bench-${q}`, framework: 'star', fields: text(r), savedAt: r, reason: 'autosave' });
          t.oncomplete = () => res();
        });
      }
      db.close();
    });
    // A save as the app does it: one readwrite transaction reading the stored rev and writing the draft.
    const saves = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open('rehearse');
        r.onsuccess = () => res(r.result);
      });
      const times: number[] = [];
      for (let i = 0; i < 300; i++) {
        const id = `bench-${i % 500}`;
        const start = performance.now();
        await new Promise<void>((res) => {
          const t = db.transaction('drafts', 'readwrite');
          const store = t.objectStore('drafts');
          const get = store.get(id);
          get.onsuccess = () =>
            store.put({ ...get.result, fields: { ...get.result.fields, action: `edit ${i}` }, rev: get.result.rev + 1, updatedAt: Date.now() });
          t.oncomplete = () => res();
        });
        times.push(performance.now() - start);
      }
      db.close();
      return times;
    });
    // Opening a question page: navigation until the draft editor is ready to type in.
    const opens: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = Date.now();
      await page.goto(`${base}/q/why-openai`);
      await page.waitForFunction(() => {
        const t = document.querySelector<HTMLTextAreaElement>('#draft-situation');
        return t !== null && !t.disabled;
      });
      opens.push(Date.now() - start);
    }
    table('Drafts in Chromium — 500 drafts × 50 revisions stored', [
      ['save transaction (read rev + write draft)', summarise(saves), `p95 < 5 ms: ${summarise(saves).p95 < 5 ? 'OK' : 'OVER'}`],
      ['open a question page until editable (ms)', summarise(opens)],
    ]);
  } finally {
    await app.close();
  }
}
