import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A page to reload: visibility, sessionStorage and location.reload as plain values. */
function fakePage() {
  const listeners: (() => void)[] = [];
  const storage = new Map<string, string>();
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    reload: vi.fn(),
    hide() {
      page.visibilityState = 'hidden';
      for (const l of listeners) l();
    },
  };
  vi.stubGlobal('document', {
    get visibilityState() {
      return page.visibilityState;
    },
    addEventListener: (_: string, l: () => void) => listeners.push(l),
  });
  vi.stubGlobal('location', { reload: page.reload });
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) });
  return page;
}

async function load() {
  vi.resetModules();
  const [reload, guard, state] = await Promise.all([import('./reload'), import('../practice/update-guard'), import('./sw-state')]);
  return { ...reload, ...guard, ...state };
}

beforeEach(() => vi.stubGlobal('navigator', {}));
afterEach(() => vi.unstubAllGlobals());

describe('a tab left on an old version', () => {
  it('is not reloaded while on screen, and is at the next navigation', async () => {
    const page = fakePage();
    const { needReload, atNaturalBreak, reloadNeeded } = await load();
    needReload();
    expect(reloadNeeded.value).toBe(true);
    expect(page.reload).not.toHaveBeenCalled();
    atNaturalBreak();
    expect(page.reload).toHaveBeenCalledOnce();
  });

  it('with unsaved text, waits for it to be saved, then reloads once hidden', async () => {
    const page = fakePage();
    const { needReload, atNaturalBreak, holdUpdates } = await load();
    const release = holdUpdates('unsaved text');
    needReload();
    atNaturalBreak();
    page.hide();
    expect(page.reload).not.toHaveBeenCalled();
    release();
    expect(page.reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when the screen could not load, but never twice in a row (offline, nothing cached)', async () => {
    const page = fakePage();
    let tab = await load();
    tab.needReload({ screenBroken: true });
    expect(page.reload).toHaveBeenCalledOnce();
    tab = await load(); // the reloaded page, same session
    tab.needReload({ screenBroken: true });
    expect(page.reload).toHaveBeenCalledOnce();
    expect(tab.reloadNeeded.value).toBe(true); // the banner asks instead
  });
});
