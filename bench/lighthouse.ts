// `npm run bench:lighthouse` (after `npm run build`; LIGHTHOUSE_BIN=path skips npx): Lighthouse 12.8.2 (mobile, simulated throttling) on the
// home page and a question page of the built app, 3 runs each, medians. Lighthouse is fetched by npx on
// first use (it is not a dependency: 200 packages for a figure in a note); Chromium is Debian's.
//
// Each page is also measured without its scripts (the same HTML and CSS, every <script> and modulepreload taken out),
// in runs taken turn about with the app's, so a change in the machine's load falls on both. That control is this
// machine's floor: Lighthouse multiplies each main-thread task by 4, so a busy or shared machine shows blocking time
// even for a page that runs no script. The app's own share is the difference.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type Plugin } from 'vite';
import { pageFor } from '../scripts/shell-fallback';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = ['/', '/q/tell-me-about-yourself'];
const RUNS = Number(process.env.RUNS ?? 3);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const CONTROL = '/__no-script'; // a page's address under this prefix serves its drawn HTML without scripts

// Each page must be a prerendered one (the control is its HTML): the shell, or no build at all, is said so, not measured.
if (!existsSync(join(dist, 'sw.js'))) throw new Error('bench:lighthouse: dist/ has no build: run `npm run build` first.');
const drawn = new Map(PAGES.map((path) => [path, pageFor(dist, path)]));
for (const [path, page] of drawn)
  if (!page || page === 'shell.html')
    throw new Error(`bench:lighthouse: ${path} is not a prerendered page (dist/ has no HTML drawn for it), so it has no control without scripts.`);

/** A prerendered page's HTML with nothing that runs: its scripts, their preloads. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');

const noScriptControl: Plugin = {
  name: 'no-script-control',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const page = req.url?.startsWith(CONTROL) ? drawn.get(req.url.slice(CONTROL.length)) : undefined;
      if (!page) return next();
      const body = Buffer.from(withoutScripts(readFileSync(join(dist, page), 'utf8')));
      // As the app's own pages are served (a length, not chunks): Lighthouse's network model reads both.
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
      res.end(body);
    });
  },
};

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
type Audit = 'first-contentful-paint' | 'largest-contentful-paint' | 'total-blocking-time' | 'cumulative-layout-shift';
/** What this bench reads of a Lighthouse report. */
interface Report {
  categories: Record<Category, { score: number }>;
  audits: Record<Audit, { numericValue: number }>;
  environment: { benchmarkIndex: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function lighthouse(url: string, file: string): Promise<Report> {
  // LIGHTHOUSE_BIN: an installed lighthouse 12.8.2 (e.g. after `npm i -E lighthouse@12.8.2` in a scratch folder).
  const [command, ...first] = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ['npx', '--yes', 'lighthouse@12.8.2'];
  // Not execFileSync: the server answering Lighthouse runs in this process's event loop.
  await promisify(execFile)(
    command!,
    [
      ...first,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

const server = await preview({ root, plugins: [noScriptControl], preview: { host: '127.0.0.1', port: 5660, open: false }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const out = mkdtempSync(join(tmpdir(), 'rehearse-lh-'));
try {
  console.log(`Lighthouse 12.8.2, mobile, simulated throttling, median of ${RUNS} — ${execFileSync(CHROMIUM, ['--version']).toString().trim()}`);
  for (const path of PAGES) {
    const runs: Report[] = [];
    const control: Report[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await lighthouse(`${base}${path}`, join(out, `run-${i}.json`)));
      control.push(await lighthouse(`${base}${CONTROL}${path}`, join(out, `control-${i}.json`)));
    }
    const score = (c: Category) => median(runs.map((r) => Math.round(r.categories[c].score * 100)));
    const audit = (a: Audit, rs = runs) => median(rs.map((r) => r.audits[a].numericValue));
    const tbts = (rs: Report[]) => rs.map((r) => r.audits['total-blocking-time'].numericValue.toFixed(0)).join(', ');
    const cpu = median(runs.map((r) => r.environment.benchmarkIndex));
    console.log(
      `  ${path.padEnd(28)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
        `FCP ${(audit('first-contentful-paint') / 1000).toFixed(2)} s, LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s, TBT ${audit('total-blocking-time').toFixed(0)} ms (runs ${tbts(runs)}), CLS ${audit('cumulative-layout-shift').toFixed(3)} (CPU benchmark index ${cpu.toFixed(0)})`,
    );
    console.log(
      `  ${''.padEnd(28)} the same page without scripts: TBT ${audit('total-blocking-time', control).toFixed(0)} ms (runs ${tbts(control)}): this machine's floor`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  await server.close();
}
