/**
 * A minimal static server for dist/, one per engine, that a test can stop and start again on the same
 * port (so the origin, and with it the service worker and storage, stays the same). WebKitGTK has no
 * offline emulation: stopping this server is how its scenario goes offline.
 * Like `vite preview` (scripts/serve.mjs): files as they are, a prerendered page for its URL, the app shell for
 * every other route (scripts/shell-fallback.ts's rule).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFor } from '../../scripts/shell-fallback';

/** The build to serve: dist/, or another build's folder given in ENGINES_DIST. */
export const DIST = process.env.ENGINES_DIST || fileURLToPath(new URL('../../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** http://127.0.0.1:PORT, fixed for the server's life (also across stop/start). */
  readonly origin: string;
  readonly running: boolean;
  /** Refuses connections from now on (open keep-alive connections are cut too). */
  stop(): Promise<void>;
  /** Serves again on the same port. */
  start(): Promise<void>;
}

function handler(root: string, extraHeaders: Record<string, string>) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, pathname));
    const inside = file.startsWith(root);
    const found = inside && existsSync(file) && statSync(file).isFile();
    // A path with an extension that is not there is a 404 (like the worker's fallback denylist); a route gets the shell.
    if (!found && extname(pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = found ? file : join(root, pageFor(root, req.url ?? '/') ?? 'shell.html');
    res.writeHead(200, {
      ...extraHeaders,
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      // Like a static host's default for the worker script; everything else may be cached, the worker decides.
      'cache-control': path.endsWith(`${sep}sw.js`) || path.endsWith('.html') ? 'no-cache' : 'max-age=0',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(path).pipe(res);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves dist/ on 127.0.0.1 (a secure context, so the service worker runs) on a free port; `headers` go on every file. */
export async function startStaticServer(root = DIST, headers: Record<string, string> = {}): Promise<StaticServer> {
  if (!existsSync(join(root, 'sw.js'))) {
    throw new Error(`${root} has no build: run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  let server: Server | null = createServer(handler(base, headers));
  const port = await listen(server, 0);
  const stop = async () => {
    const s = server;
    server = null;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections(); // a browser's idle keep-alive connection would otherwise still be served
    });
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    get running() {
      return server !== null;
    },
    stop,
    async start() {
      if (server) return;
      const s = createServer(handler(base, headers));
      // The port was ours a moment ago; if something else took it, the origin is gone and the test must say so.
      await listen(s, port);
      server = s;
    },
  };
}
