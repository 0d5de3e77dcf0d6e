// After `vite build`: a Workbox service worker that precaches the whole app and the question bank.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';

// Question pages are cached per build: a page kept from an older build would name scripts that are gone.
const build = createHash('sha256').update(readFileSync('dist/shell.html')).digest('hex').slice(0, 10);

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt}'],
  // The ~100 prerendered question pages (~3.8 KB gz each) would double the precache: they are cached as visited (below).
  // The 512 px icons (20 KB gz) are the browser's, fetched online when it installs the app; the page never shows them.
  globIgnores: ['sw.js', 'workbox-*.js', 'q/**', 'icons/*-512.png'],
  swDest: 'dist/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // /, /questions and /guide are precached prerendered pages (cleanURLs maps /guide to guide.html). Every
  // other navigation (/stories, /questions?q=…, a custom question) gets the app shell, which draws it.
  navigateFallback: '/shell.html',
  navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/, /^\/q\/[^/]+$/], // …but not requests for files, nor question pages
  runtimeCaching: [
    {
      // A question page: its prerendered HTML from the cache at once (refreshed behind), from the network the
      // first time, and offline before any visit the app shell, which draws it from the precached bank.
      urlPattern: ({ request, url }) => request.mode === 'navigate' && /^\/q\/[^/]+$/.test(url.pathname),
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: `question-pages-${build}`,
        expiration: { maxEntries: 150 },
        precacheFallback: { fallbackURL: '/shell.html' },
      },
    },
  ],
  // The installed app opens /?source=pwa (the manifest's start_url): the precached home page, drawn.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^source$/],
  // Vite's hashed names (index-CMYHxPEn.js) are already unique per content.
  dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
  // The first install takes the page at once; later versions wait for the user's "Update".
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
});
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KB`);
