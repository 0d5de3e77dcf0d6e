import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export interface BuildCopy {
  /** The copy's folder: a test changes files in it to play a deploy under the running page. */
  dir: string;
  origin: string;
  close(): Promise<void>;
}

/** A copy of `dist/` served on its own port, so a test can change the build without touching the other tests' server. */
export async function serveBuildCopy(name: string): Promise<BuildCopy> {
  const dir = mkdtempSync(join(tmpdir(), `rehearse-${name}-`));
  cpSync(new URL('../../dist', import.meta.url).pathname, dir, { recursive: true });
  const server = await preview({
    root: new URL('../..', import.meta.url).pathname,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 5100 + Math.floor(Math.random() * 800), open: false },
    logLevel: 'silent',
  });
  return {
    dir,
    origin: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
