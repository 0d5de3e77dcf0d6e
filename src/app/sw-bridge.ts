import { Workbox } from 'workbox-window';
import { offlineReady, setUpdater, updateWaiting } from './sw-state';

/** Loaded after first paint: registers the worker and reports its state to the shell. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  // Reload only once the new worker has really taken over, and only because the user asked. (Workbox's
  // own 'controlling' event does not say isUpdate for a version found while this page was open.)
  let asked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
  });
  setUpdater(() => {
    asked = true;
    wb.messageSkipWaiting();
  });
  void wb
    .register()
    .then((registration) => {
      if (registration?.active) offlineReady.value = true;
    })
    .catch(() => {
      /* no worker (e.g. private mode in some browsers): the app still runs online */
    });
}
