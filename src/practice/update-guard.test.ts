import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeLocks } from './fake-locks.test-support';

type Guard = typeof import('./update-guard');

/** A fresh copy of the module: a tab of its own, sharing the stubbed navigator.locks with the others. */
async function openTab(): Promise<Guard> {
  vi.resetModules();
  return import('./update-guard');
}

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return done;
};

afterEach(() => vi.unstubAllGlobals());

describe('holds in one tab', () => {
  it('are counted per holder: two drafts with unsaved text are released one by one', async () => {
    const { holdUpdates, busyReasons } = await openTab();
    const first = holdUpdates('unsaved text');
    const second = holdUpdates('unsaved text');
    const recording = holdUpdates('recording');
    expect(busyReasons.value).toEqual(['unsaved text', 'recording']);
    first();
    expect(busyReasons.value).toEqual(['unsaved text', 'recording']);
    first(); // a second release of the same hold lets go of nothing else
    expect(busyReasons.value).toEqual(['unsaved text', 'recording']);
    second();
    recording();
    expect(busyReasons.value).toEqual([]);
  });
});

describe('holds across tabs (Web Locks)', () => {
  it('an update waits for another tab, says why and where, and goes on once it is released', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    const b = await openTab();
    b.labelHolds(() => 'Why OpenAI?');
    const a = await openTab();
    const release = b.holdUpdates('unsaved text');
    const onWait = vi.fn();
    const clear = a.whenNoHolds(onWait);
    expect(await settled(clear)).toBe(false);
    expect(onWait).toHaveBeenLastCalledWith([{ reason: 'unsaved text', here: false, page: 'Why OpenAI?' }]);
    expect(a.busyReasons.value).toEqual([]); // the other tab's hold is not this tab's
    release();
    expect(await clear).toBe(true);
  });

  it('waits for this tab too, and for every hold of the other tab', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    const b = await openTab();
    b.labelHolds(() => 'Stories');
    const a = await openTab();
    const story = b.holdUpdates('unsaved story');
    const draft = b.holdUpdates('unsaved story');
    const mine = a.holdUpdates('recording');
    const onWait = vi.fn();
    const clear = a.whenNoHolds(onWait);
    await settled(clear);
    expect(onWait).toHaveBeenLastCalledWith([
      { reason: 'recording', here: true, page: '' },
      { reason: 'unsaved story', here: false, page: 'Stories' },
      { reason: 'unsaved story', here: false, page: 'Stories' },
    ]);
    mine();
    story();
    expect(await settled(clear)).toBe(false);
    draft();
    expect(await clear).toBe(true);
  });

  it('gives up when aborted', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    const b = await openTab();
    const a = await openTab();
    b.holdUpdates('recording');
    const abort = new AbortController();
    const clear = a.whenNoHolds(() => {}, abort.signal);
    await settled(clear);
    abort.abort();
    expect(await clear).toBe(false);
  });
});

describe('without Web Locks', () => {
  it('knows only its own holds', async () => {
    vi.stubGlobal('navigator', {});
    const a = await openTab();
    const release = a.holdUpdates('recording');
    const clear = a.whenNoHolds(() => {});
    expect(await settled(clear)).toBe(false);
    release();
    expect(await clear).toBe(true);
  });
});
