// After `vite build`: every page that needs no user data is written as HTML with its content (home, the
// list, the guide, each question: dist/q/<id>.html), rendered by the app's own components (src/prerender.tsx)
// so the browser hydrates what it painted. dist/shell.html keeps the empty app shell for every other URL.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'node_modules/.cache/rehearse-prerender');
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/prerender.tsx', outDir: out, emptyOutDir: true, copyPublicDir: false, minify: false },
});
// What a render reads of the browser, as a fresh visit on no particular device: empty storage (an
// IndexedDB in memory: a screen may open its store while rendering), no platform quirks.
await import('fake-indexeddb/auto');
const memory = new Map();
globalThis.localStorage ??= { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, String(v)), removeItem: (k) => memory.delete(k) };
if (!('navigator' in globalThis)) globalThis.navigator = { userAgent: '', platform: '', maxTouchPoints: 0, onLine: true, language: 'en' };
const { prerenderedPaths, renderPage } = await import(pathToFileURL(join(out, 'prerender.js')).href);

const read = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const bank = { questions: read('data/questions.json'), guidance: read('data/guidance.json'), depth: read('data/depth.json') };
const dist = join(root, 'dist');
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
if (!shell.includes('<div id="app"></div>')) throw new Error('dist/index.html has no empty <div id="app"></div> to fill');
// The shell shows nothing until the app runs, so it fetches the app's start chunk at once, beside the entry (a
// prerendered page fetches it only after its first paint: src/main.tsx).
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((c) => c.isEntry);
const start = entry?.dynamicImports?.map((k) => manifest[k]).find((c) => c.name === 'start');
if (!start) throw new Error('no start chunk in dist/.vite/manifest.json (vite.config.ts makes it)');
writeFileSync(join(dist, 'shell.html'), shell.replace('</head>', `  <link rel="modulepreload" crossorigin href="/${start.file}">\n  </head>`));

const fileFor = (path) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);
const textOf = (html) => html.replace(/<[^>]+>/g, '').trim();
rmSync(join(dist, 'q'), { recursive: true, force: true });
let written = 0;
for (const path of prerenderedPaths(bank)) {
  const markup = await renderPage(path, bank);
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(markup);
  const title =
    path === '/' ? null : path === '/guide' ? 'Guide: answer frameworks and what interviewers look for — Rehearse' : h1 && `${textOf(h1[1])} — Rehearse`;
  let html = shell.replace('<div id="app"></div>', `<div id="app" data-prerendered="${path}">${markup}</div>`);
  if (title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
  const file = join(dist, fileFor(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  written++;
}
rmSync(out, { recursive: true, force: true });
console.log(`prerendered: ${written} pages (dist/index.html, questions.html, guide.html, q/*.html) and shell.html`);
process.exit(0); // a module of the app may leave a timer running
