import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { bankSchema } from './scripts/bank-schema.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { shellFallback } from './scripts/shell-fallback.ts';

/**
 * The app's start (src/start.tsx, loaded by the entry once a prerendered page is painted) and everything it imports
 * statically go in one chunk, as they did in the entry before: split by what else shares them, they were ten files,
 * a request each and a gzip header each. Lazy screens import from that chunk. What the entry itself imports (Vite's
 * preload helper) stays out of it: the entry must not wait for the start chunk.
 */
const startModules = new Set<string>();
function startChunk(): Plugin {
  return {
    name: 'rehearse:start-chunk',
    apply: 'build',
    buildEnd() {
      startModules.clear();
      const ids = [...this.getModuleIds()];
      const closure = (from: string | undefined) => {
        const into = new Set<string>();
        const walk = (id: string) => {
          if (into.has(id)) return;
          into.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) walk(dep);
        };
        if (from) walk(from);
        return into;
      };
      const entry = closure(ids.find((id) => /[\\/]src[\\/]main\.tsx$/.test(id)));
      const start = closure(ids.find((id) => /[\\/]src[\\/]start\.tsx$/.test(id)));
      for (const id of start) if (!entry.has(id)) startModules.add(id);
    },
  };
}

export default defineConfig({
  plugins: [preact(), bankSchema(), contentSecurityPolicy(), shellFallback(), startChunk()],
  build: {
    target: 'es2022',
    // Inlining would turn the bank into base64 JS; keep data as JSON files the worker precaches.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which chunks the app's start needs (scripts/size-report.mjs); not precached, never fetched.
    manifest: true,
    // Every browser the app supports preloads modules itself (Chromium, Firefox 115+, Safari 17+).
    // A lazy chunk's stylesheets are still loaded with it (no unstyled flash), but not its scripts: Vite would add a
    // <link rel=modulepreload> per script (some 30 for a question page's takeover), about 100 ms of main thread at
    // Lighthouse's 4x CPU slowdown in one task. The browser fetches a module's imports as it reads it; from the
    // worker's cache that costs little. Figures: the README's "Speed and size".
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'start', test: (id: string) => startModules.has(id), includeDependenciesRecursively: false }] } },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
