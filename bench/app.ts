import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { ARGS, CHROMIUM } from '../tests/support/chromium-args';

/** Serves dist/ and launches Debian's Chromium for a bench; null (with a line saying so) when there is no build. */
export async function appInChromium(
  name: string,
  port: number,
  extraArgs: string[] = [],
): Promise<{ base: string; browser: Browser; close: () => Promise<void> } | null> {
  if (!existsSync(new URL('../dist/sw.js', import.meta.url))) {
    console.log(`\n(skipping the ${name} bench: run \`npm run build\` first)`);
    return null;
  }
  const server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { host: '127.0.0.1', port, open: false }, logLevel: 'silent' });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
  return { base, browser, close: async () => (await browser.close(), await server.close()) };
}
