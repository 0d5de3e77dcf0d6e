import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` (npm start, the tests, the bench) serves a page the way the service worker does: a URL
 * that was prerendered gets its own HTML (/ , /questions, /guide, /q/<id>), and every other page (/stories,
 * a custom question, a URL with a query, which its prerendered HTML does not show) gets the empty app
 * shell. Vite's own fallback would answer them with the home page's HTML, painted for a moment as theirs.
 * A static host needs the same rule (README).
 */
/**
 * The HTML file (relative to `dist`) that answers a page request for `requestUrl`: its prerendered page, or
 * shell.html; null for a file (served as it is, or a 404). tests/engines/server.ts serves by the same rule.
 */
export function pageFor(dist: string, requestUrl: string): string | null {
  const url = new URL(requestUrl, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (/\.[^/]+$/.test(path) || path.includes('..')) return null; // a file: served as it is, or a 404
  const page = path === '/' ? 'index.html' : `${path.replace(/\/$/, '').slice(1)}.html`;
  url.searchParams.delete('source'); // marks an installed app's launch (the manifest's start_url): the page is the same
  return url.search || !existsSync(join(dist, page)) ? 'shell.html' : page;
}

export function shellFallback(): Plugin {
  return {
    name: 'rehearse-shell-fallback',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        // A page, for a browser asking for one (as the worker answers navigations); anything else is a file.
        const page = (req.headers.accept ?? '').includes('text/html') ? pageFor(dist, req.url) : null;
        const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
        if (page) req.url = `/${page}`;
        else if (/\.[^/]+$/.test(path) && !existsSync(join(dist, path))) {
          // A file that is not there is a 404, as on a static host and in the worker: never the home page's HTML under its name.
          res.statusCode = 404;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end('Not found');
          return;
        }
        next();
      });
    },
  };
}
