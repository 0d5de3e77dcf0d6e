import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test('a Web Locks call that fails is treated as no Web Locks, not as another tab recording', async () => {
  const broken = { request: () => Promise.reject(new DOMException('locks broke', 'InvalidStateError')), query: () => Promise.reject(new Error('no')) };
  vi.stubGlobal('navigator', { locks: broken });
  const { claimRecorder } = await import('./take-locks');
  let stop = () => {};
  const first = await claimRecorder(new Promise<void>((resolve) => (stop = resolve)));
  expect(first).not.toBeNull();
  // Still one take at a time in this tab, as without Web Locks.
  expect(await claimRecorder(new Promise<void>(() => {}))).toBeNull();
  stop();
  await first!.released;
  expect(await claimRecorder(Promise.resolve())).not.toBeNull();
});
