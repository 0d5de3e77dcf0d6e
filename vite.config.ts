import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { bankSchema } from './scripts/bank-schema.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { shellFallback } from './scripts/shell-fallback.ts';

export default defineConfig({
  plugins: [preact(), bankSchema(), contentSecurityPolicy(), shellFallback()],
  build: {
    target: 'es2022',
    // Inlining would turn the bank into base64 JS; keep data as JSON files the worker precaches.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
