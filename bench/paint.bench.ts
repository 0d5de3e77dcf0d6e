import { appInChromium } from './app';
import { summarise } from './stats';

const PAGES = ['/', '/q/tell-me-about-yourself'] as const;

/**
 * First paint of a reload with no network, as an installed app opens on a train: the worker answers
 * from its cache. First contentful paint and largest contentful paint, from the page's own
 * performance entries, median of 5 (each reload in a fresh page of one context, the worker warm).
 */
export async function benchPaint(runs = 5): Promise<void> {
  const app = await appInChromium('offline paint', 5640);
  if (!app) return;
  const { base, browser } = app;
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    for (const path of PAGES) await page.goto(`${base}${path}`); // a question page is kept as visited
    await page.close();
    await context.setOffline(true);
    console.log(`\nOffline reload, 360 × 740, median of ${runs}`);
    for (const path of PAGES) {
      const fcp: number[] = [];
      const lcp: number[] = [];
      for (let i = 0; i < runs; i++) {
        const tab = await context.newPage();
        await tab.addInitScript(() => {
          const w = window as unknown as { __lcp: number };
          w.__lcp = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__lcp = e.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        await tab.goto(`${base}${path}`);
        await tab.getByRole('heading', { level: 1 }).waitFor();
        await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        fcp.push(await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime));
        // LCP is final once the page is hidden or used; read what it is once the page settled.
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        lcp.push(await tab.evaluate(() => (window as unknown as { __lcp: number }).__lcp));
        await tab.close();
      }
      const f = summarise(fcp);
      const l = summarise(lcp);
      console.log(
        `  ${path.padEnd(28)} FCP ${f.median.toFixed(0)} ms median (p95 ${f.p95.toFixed(0)}), LCP ${l.median.toFixed(0)} ms median (p95 ${l.p95.toFixed(0)})`,
      );
    }
  } finally {
    await app.close();
  }
}
