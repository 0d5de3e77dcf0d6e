// ESLint flat config: JS + typescript-eslint recommended, hooks rules for the screens, and the layer rule.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers of the README's "How it is built", as which folders of src/ each folder may not import.
 * Data flows ui/app → practice | audio | bank, practice → store | audio | bank; shared/ is for everyone.
 */
const forbiddenLayers = {
  store: ['bank', 'audio', 'practice', 'ui', 'app'],
  bank: ['store', 'audio', 'practice', 'ui', 'app'],
  audio: ['store', 'bank', 'practice', 'ui', 'app'],
  shared: ['store', 'bank', 'audio', 'practice', 'ui', 'app'],
  practice: ['ui', 'app'],
  ui: ['store'],
  app: ['store'],
};

const layerMessage = {
  store: 'store/ imports nothing of the app but shared/.',
  bank: 'bank/ imports nothing of the app but shared/.',
  audio: 'audio/ imports nothing of the app but shared/.',
  shared: 'shared/ imports nothing of the app.',
  practice: 'practice/ may import store/, audio/, bank/ and shared/, never the screens.',
  ui: 'Screens reach storage through practice/ (record types: practice/types.ts), never store/.',
  app: 'The shell reaches storage through practice/ (record types: practice/types.ts), never store/.',
};

/**
 * Vite's build moves an import()'s first .then() inside its preload: when a chunk's stylesheet fails (offline before
 * the worker holds it), a rejection handler there is skipped and the rejection goes unhandled. Handle it outside.
 */
const importHandlers = [
  {
    selector: "CallExpression[callee.object.type='ImportExpression'][callee.property.name='then'][arguments.length>1]",
    message: "Vite's preload skips a rejection handler in an import()'s first .then(): await the import in try/catch.",
  },
  {
    selector: "CallExpression[callee.object.type='ImportExpression'][callee.property.name=/^(catch|finally)$/]",
    message: "Vite's preload wraps an import() and what is chained right on it: await the import in try/catch.",
  },
];

// Relative paths only (the app has no path aliases): one or more "../" then a layer folder.
const layerRules = Object.entries(forbiddenLayers).map(([layer, forbidden]) => {
  const names = forbidden.join('|');
  const message = `Against the layers (README, "How it is built"): ${layerMessage[layer]}`;
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./)+(${names})(/|$)`, message }] }],
      // Dynamic import() is not covered by no-restricted-imports; esquery regexes cannot hold "/".
      'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/^([.][.]\\W)+(${names})(\\W|$)/]`, message }, ...importHandlers],
    },
  };
});

export default defineConfig(
  { ignores: ['dist/', 'test-results/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // `const { id: _ignored, ...rest } = record` is how a field is left out of a copy.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Repeated in each layer's rule below: a later no-restricted-syntax replaces this one.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...importHandlers] },
  },
  {
    // Node runs these; the browser tests also pass functions to the page, hence browser globals too.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-support.ts', 'scripts/**', 'tests/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Preact's hooks (preact/hooks) follow React's rules of hooks. The plugin's React Compiler rules are
    // left out: they only know hooks imported from 'react' and misread preact/hooks' refs as immutable.
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layerRules,
);
