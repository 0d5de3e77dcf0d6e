// After a build: what the first page costs (gzipped), what a prerendered page needs before it paints, and what the
// precache holds, against the budgets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_FIRST_JS = 30 * 1024;
// The precache is judged by what a phone downloads (gzip), not by raw bytes.
const BUDGET_PRECACHE_GZ = 250 * 1024;
const dist = (p) => new URL(`../dist/${p.replace(/^\//, '')}`, import.meta.url);
const gz = (p) => gzipSync(readFileSync(dist(p)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const html = readFileSync(dist('index.html'), 'utf8');
// The first page's JavaScript: the classic scripts and the entry the HTML names, and what the entry starts once the
// page is painted (src/start.tsx, a chunk of its own) with every chunk those import (Vite's manifest, dist/.vite).
const manifest = JSON.parse(readFileSync(dist('.vite/manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((c) => c.isEntry);
const startKey = entry?.dynamicImports?.find((k) => manifest[k].name === 'start'); // the chunk vite.config.ts makes of src/start.tsx
if (!startKey || entry.imports?.includes(startKey)) throw new Error('the entry no longer starts the app after the paint: update this report');
const startChunks = new Set();
const walk = (key) => {
  if (startChunks.has(key)) return;
  startChunks.add(key);
  for (const dep of manifest[key].imports ?? []) walk(dep);
};
walk(startKey);
const startJs = [...startChunks].map((k) => `/${manifest[k].file}`).filter((f) => !f.endsWith(`/${entry.file}`));
const htmlJs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
const firstJs = [...htmlJs, ...startJs];
const firstCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]);
const sw = readFileSync(dist('sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];

const rows = [];
let firstJsGz = 0;
for (const f of firstJs) {
  rows.push(['first page JS', f, statSync(dist(f)).size, gz(f)]);
  firstJsGz += gz(f);
}
for (const f of firstCss) rows.push(['first page CSS', f, statSync(dist(f)).size, gz(f)]);
rows.push(['first page HTML', 'index.html', statSync(dist('index.html')).size, gz('index.html')]);
const bank = precached.filter((f) => /questions-[\w-]{8}\.json$/.test(f));
for (const f of bank) rows.push(['question bank (JSON, fetched)', f, statSync(dist(f)).size, gz(f)]);
let precacheRaw = 0;
let precacheGz = 0;
for (const f of precached) {
  precacheRaw += statSync(dist(f)).size;
  precacheGz += gz(f);
}
const lazyJs = precached.filter((f) => f.endsWith('.js') && !firstJs.includes(`/${f}`) && !firstJs.includes(f));
let lazyGz = 0;
for (const f of lazyJs) lazyGz += gz(f);

console.log('\nSize report (gzip -9)');
for (const [what, file, raw, z] of rows) console.log(`  ${what.padEnd(30)} ${file.padEnd(40)} ${kb(raw).padStart(9)} raw ${kb(z).padStart(9)} gz`);
console.log(`  ${'lazy JS chunks'.padEnd(30)} ${`${lazyJs.length} files`.padEnd(40)} ${''.padStart(13)} ${kb(lazyGz).padStart(9)} gz`);
console.log(`  JS for the first page: ${kb(firstJsGz)} gz (budget ${kb(BUDGET_FIRST_JS)})`);
console.log(`  Precache: ${precached.length} files, ${kb(precacheRaw)} raw, ${kb(precacheGz)} gz (budget ${kb(BUDGET_PRECACHE_GZ)} gz)`);

// What a visitor's browser waits for before the first paint of a prerendered page: its HTML, the stylesheets,
// the classic scripts in the head. The entry module is deferred and tiny; the app it starts is fetched after the paint.
console.log('\nFirst paint of a prerendered page (bytes: raw / gz)');
const sample = readdirSync(dist('q')).find((f) => f.endsWith('.html'));
for (const page of ['index.html', `q/${sample}`]) {
  const text = readFileSync(dist(page), 'utf8');
  const head = text.slice(0, text.indexOf('</head>'));
  const blockingCss = [...head.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const blockingJs = [...head.matchAll(/<script(?![^>]*type="module")(?![^>]*\b(?:defer|async)\b)[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const deferredJs = [...text.matchAll(/<(?:script[^>]+type="module"[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const afterPaint = startJs; // fetched once the page is painted
  const sum = (files, f) => files.reduce((n, p) => n + f(p), 0);
  const raw = (p) => statSync(dist(p)).size;
  const both = (files) => `${kb(sum(files, raw))} / ${kb(sum(files, gz))}`;
  console.log(
    `  ${page.padEnd(50)} HTML ${both([page])}, blocking CSS ${both(blockingCss)}, blocking JS ${both(blockingJs)}; before paint, deferred JS ${both(deferredJs)}; after paint, JS to hydrate ${both(afterPaint)}`,
  );
}

const over = [];
if (firstJsGz > BUDGET_FIRST_JS) over.push(`first-page JS ${kb(firstJsGz)} > ${kb(BUDGET_FIRST_JS)}`);
if (precacheGz > BUDGET_PRECACHE_GZ) over.push(`precache ${kb(precacheGz)} gz > ${kb(BUDGET_PRECACHE_GZ)}`);
if (over.length) {
  console.error(`Over budget: ${over.join('; ')}`);
  process.exit(1);
}
