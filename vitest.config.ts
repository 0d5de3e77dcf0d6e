import { configDefaults, defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The relevance set lives in tests/ beside the browser tests, but needs no browser.
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/relevance/**/*.test.ts'],
          environment: 'node',
          // The 5 s default is short for the fuzz tests on a loaded 2-core machine (reading 1,000 broken
          // records took over 5 s under a load average of 30); a test still ends as soon as it is done.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/engines/**', 'tests/relevance/**'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state; its 1 s default is too short on a loaded 2-core machine (a draft
          // took longer than that to load under a load average of 19). A poll still returns as soon as it holds.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // Each file launches its own Chromium; two at once is what 2 cores take.
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 1 }, // after the unit tests, which are quick
        },
      },
      {
        extends: true,
        test: {
          // The same scenarios in Chromium, Firefox ESR and WebKitGTK (tests/engines/, README "Browser engines").
          // One file per engine, each with its own static server; ENGINES=firefox,webkit picks engines.
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Two engines at once is what 2 cores take (a browser, its driver and the app each).
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 2 }, // after the Chromium browser tests
        },
      },
    ],
  },
});
