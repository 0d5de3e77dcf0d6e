// After `vite build`: a Workbox service worker that precaches the whole app and the question bank.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt}'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: 'dist/sw.js',
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // Deep links (/q/…, /questions?…) open offline: every navigation gets the app shell.
  navigateFallback: '/index.html',
  navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/], // …but not requests for files
  // Vite's hashed names (index-CMYHxPEn.js) are already unique per content.
  dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
  // The first install takes the page at once; later versions wait for the user's "Update".
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
});
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KB`);
