// `npm run bench:lighthouse` (after `npm run build`; LIGHTHOUSE_BIN=path skips npx): Lighthouse 12.8.2 (mobile, simulated throttling) on the
// home page and a question page of the built app, 3 runs each, medians. Lighthouse is fetched by npx on
// first use (it is not a dependency: 200 packages for a figure in a note); Chromium is Debian's.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = ['/', '/q/tell-me-about-yourself'];
const RUNS = Number(process.env.RUNS ?? 3);
const server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { host: '127.0.0.1', port: 5660, open: false }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const out = mkdtempSync(join(tmpdir(), 'rehearse-lh-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`Lighthouse 12.8.2, mobile, simulated throttling, median of ${RUNS} — ${execFileSync(CHROMIUM, ['--version']).toString().trim()}`);
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const file = join(out, `run-${i}.json`);
      // LIGHTHOUSE_BIN: an installed lighthouse 12.8.2 (e.g. after `npm i -E lighthouse@12.8.2` in a scratch folder).
      const [command, ...first] = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ['npx', '--yes', 'lighthouse@12.8.2'];
      // Not execFileSync: the server answering Lighthouse runs in this process's event loop.
      await promisify(execFile)(
        command,
        [
          ...first,
          `${base}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox',
        ],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
      );
      runs.push(JSON.parse(readFileSync(file, 'utf8')));
    }
    const score = (c) => median(runs.map((r) => Math.round(r.categories[c].score * 100)));
    const cpu = median(runs.map((r) => r.environment.benchmarkIndex));
    const audit = (a) => median(runs.map((r) => r.audits[a].numericValue));
    console.log(
      `  ${path.padEnd(28)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
        `FCP ${(audit('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s, TBT ${audit('total-blocking-time').toFixed(0)} ms, CLS ${audit('cumulative-layout-shift').toFixed(3)} (CPU benchmark index ${cpu.toFixed(0)})`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  await server.close();
}
