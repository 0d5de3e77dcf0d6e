import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { validateGuidance, validateQuestions } from './src/bank/validate.ts';

/** Fails the build (and the dev server) when data/ breaks the contract, naming the entry and field. */
function bankSchema(): Plugin {
  const check = (file: string, validate: (d: unknown) => { ok: boolean; errors?: string[] }) => {
    const result = validate(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
    if (!result.ok) throw new Error(`${file} is invalid:\n  ${(result.errors ?? []).join('\n  ')}`);
  };
  return {
    name: 'rehearse-bank-schema',
    buildStart() {
      check('./data/questions.json', validateQuestions);
      check('./data/guidance.json', validateGuidance);
    },
  };
}

export default defineConfig({
  plugins: [preact(), bankSchema()],
  build: {
    target: 'es2022',
    // Inlining would turn the bank into base64 JS; keep data as JSON files the worker precaches.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
