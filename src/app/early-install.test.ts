import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps state for the page's life: a fresh copy per test, over a window that is only an event target.
async function fresh() {
  vi.resetModules();
  return import('./early-install');
}
const offer = () => new Event('beforeinstallprompt', { cancelable: true });

describe('the install offer before the app starts', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is kept (and the browser’s own banner held back) until the app takes it, once', async () => {
    const { catchEarlyInstallPrompt, takeEarlyInstallPrompt } = await fresh();
    catchEarlyInstallPrompt();
    const event = offer();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(takeEarlyInstallPrompt()).toBe(event);
    expect(takeEarlyInstallPrompt()).toBeNull();
  });

  it('is none when no offer came, and later offers are the app’s own to handle', async () => {
    const { catchEarlyInstallPrompt, takeEarlyInstallPrompt } = await fresh();
    catchEarlyInstallPrompt();
    expect(takeEarlyInstallPrompt()).toBeNull();
    const later = offer();
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(takeEarlyInstallPrompt()).toBeNull();
  });

  it('is dropped once the app is installed', async () => {
    const { catchEarlyInstallPrompt, takeEarlyInstallPrompt } = await fresh();
    catchEarlyInstallPrompt();
    window.dispatchEvent(offer());
    window.dispatchEvent(new Event('appinstalled'));
    expect(takeEarlyInstallPrompt()).toBeNull();
  });
});
