// One-off: renders scripts/icons/icon.svg to the PNG icons in public/icons with Debian's Chromium.
// Run: node scripts/icons/make-icons.mjs (needs /usr/bin/chromium). The PNGs are committed.
// The tab's icon is a PNG too, not the SVG: Chromium draws an SVG favicon in the page's own renderer, as a
// document of its own (about 55 ms of the main thread at 4x CPU, while the app is starting); a PNG decodes in
// well under a millisecond.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const out = (name) => new URL(`../../public/icons/${name}`, import.meta.url);
// Maskable: full-bleed background, the mark inside the 80% safe circle.
const maskable = svg
  .replace(
    '<rect width="512" height="512" rx="112" fill="#2d5bd7"/>',
    '<rect width="512" height="512" fill="#2d5bd7"/><g transform="translate(76.8 76.8) scale(0.7)">',
  )
  .replace('</svg>', '</g></svg>');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, size, src] of [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['maskable-512.png', 512, maskable],
  ['apple-touch-icon.png', 180, maskable],
  ['favicon-48.png', 48, svg],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${src}`);
  writeFileSync(out(name), await page.screenshot({ omitBackground: true, type: 'png' }));
}
await browser.close();
console.log('icons written');
