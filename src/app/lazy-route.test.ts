import { afterEach, expect, test, vi } from 'vitest';
import { retryingImport, screenFailure } from './lazy-route';

vi.mock('./reload', () => ({ needReload: vi.fn(), reloadNow: vi.fn() }));

afterEach(() => vi.restoreAllMocks());

test('a screen that could not load is told apart: offline and not cached, gone with an update, or a bug', () => {
  const notFetched = new TypeError('Failed to fetch dynamically imported module: https://x/assets/QuestionView-abc.js');
  expect(screenFailure(notFetched, true)).toBe('updated');
  expect(screenFailure(notFetched, false)).toBe('offline');
  expect(screenFailure(new TypeError('Importing a module script failed.'), true)).toBe('updated');
  expect(screenFailure(new TypeError("Cannot read properties of undefined (reading 'map')"), true)).toBe('bug');
});

test('the error is logged, the reload is asked for only after an update, and the screen says which', async () => {
  vi.stubGlobal('navigator', { onLine: true });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { needReload } = await import('./reload');
  const bug = new Error('boom in the screen');
  const loaded = await retryingImport<object>(() => Promise.reject(bug))();
  expect(logged).toHaveBeenCalledWith(bug);
  expect(needReload).not.toHaveBeenCalled();
  const shown = (loaded.default as (p: object) => { props: { cause: string; error: unknown } })({});
  expect(shown.props).toMatchObject({ cause: 'bug', error: bug });
  await retryingImport<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /a.js')))();
  expect(needReload).toHaveBeenCalledWith({ screenBroken: true });
  vi.unstubAllGlobals();
});
