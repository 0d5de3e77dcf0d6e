import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './editing/memory-storage.test-support';
import { rememberStarted, STARTED_KEY } from './started';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

/** public/theme-init.js as the browser runs it before the first paint: what it marks on <html>. */
function firstPaintMarks(items: Record<string, string>, blocked = false): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (blocked) throw new DOMException('denied', 'SecurityError');
      return items[key] ?? null;
    },
  };
  runInNewContext(readFileSync(new URL('../../public/theme-init.js', import.meta.url), 'utf8'), {
    localStorage,
    document: { documentElement: { dataset }, addEventListener: () => {} },
    window: {},
  });
  return dataset;
}

describe('whether the user has started, for the first paint', () => {
  it('is written once work is saved, and removed when the home page finds nothing of theirs', () => {
    rememberStarted(true);
    expect(storage.getItem(STARTED_KEY)).toBe('1');
    rememberStarted(true);
    expect([...storage.items.keys()]).toEqual([STARTED_KEY]);
    rememberStarted(false);
    expect(storage.items.size).toBe(0);
  });

  it('goes on when storage refuses: nothing is thrown', () => {
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => rememberStarted(true)).not.toThrow();
    vi.stubGlobal('localStorage', undefined); // storage blocked outright
    expect(() => rememberStarted(false)).not.toThrow();
  });

  it('is what public/theme-init.js reads before the first paint: it marks <html data-started>, with the theme', () => {
    rememberStarted(true);
    expect(firstPaintMarks(Object.fromEntries(storage.items))).toEqual({ started: '' });
    expect(firstPaintMarks({ [STARTED_KEY]: '1', 'rehearse:theme': 'dark' })).toEqual({ started: '', theme: 'dark' });
    expect(firstPaintMarks({ 'rehearse:theme': 'light' })).toEqual({ theme: 'light' }); // a new user
    expect(firstPaintMarks({ [STARTED_KEY]: '1' }, true)).toEqual({}); // storage blocked: a new user's page
  });
});
