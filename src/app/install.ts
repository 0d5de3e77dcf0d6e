import { signal } from '@preact/signals';
import { takeEarlyInstallPrompt } from './early-install';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser's deferred install prompt, when it offers one (Chromium). */
export const installPrompt = signal<BeforeInstallPromptEvent | null>(null);

export const isStandalone = (): boolean =>
  window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;

/** iOS never fires beforeinstallprompt: the user adds the app from Safari's Share menu. */
export const isIos = (): boolean => /iphone|ipad|ipod/i.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

export function listenForInstall(): void {
  const early = takeEarlyInstallPrompt();
  if (early) installPrompt.value = early as BeforeInstallPromptEvent;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // keep it for our own button
    installPrompt.value = event as BeforeInstallPromptEvent;
  });
  window.addEventListener('appinstalled', () => {
    installPrompt.value = null;
  });
}

export async function promptInstall(): Promise<void> {
  const event = installPrompt.value;
  if (!event) return;
  installPrompt.value = null; // a prompt can be used once
  await event.prompt();
  await event.userChoice;
}
