// Serves the built app (dist/) on 127.0.0.1: a secure context, so the service worker runs.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: false, open: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nRehearse is running at ${url}\nOpen it in a browser; press Ctrl+C to stop.\n`);
