import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * V8's explicit compile hint (Chromium 136+; a comment to other engines) on the first line of every chunk: each is code
 * the app runs as soon as it loads it, so its functions are compiled while it streams in, off the main thread, rather
 * than one by one on the main thread at their first call. Main-thread compiling after the first paint went from 69 to
 * 9 ms on a question page and from 98 to 22 ms on the home page (medians of 7 unthrottled loads, interleaved).
 * V8 honours it only on the first line, and Vite writes its own first line (`__vite__mapDeps`) after every plugin's
 * generateBundle: so the files are changed once written. Source maps are off (`build.sourcemap`); one would be a line off.
 * The line is not in a file name's hash: a cached copy without it (or with another hint) is kept until its code
 * changes, and runs the same, compiled lazily. Not for the prerender's server build, which Node runs once.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHints(): Plugin {
  return {
    name: 'rehearse:compile-hints',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    enforce: 'post',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !options.dir) continue;
        const file = join(options.dir, chunk.fileName);
        writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
      }
    },
  };
}

export default defineConfig({
  plugins: [preact(), bankSchema(), contentSecurityPolicy(), shellFallback(), startChunk(), compileHints()],
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
