import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built app once for every browser test, on 127.0.0.1 (a secure context, so the worker runs). */
export default async function setup(project: TestProject) {
  if (!existsSync(new URL('../../dist/sw.js', import.meta.url))) {
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does it for you).');
  }
  const server = await preview({
    root: new URL('../..', import.meta.url).pathname,
    preview: { host: '127.0.0.1', port: 4300 + Math.floor(Math.random() * 600), strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
