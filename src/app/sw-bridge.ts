import { Workbox } from 'workbox-window';
import { needReload, reloadNow } from './reload';
import { offlineReady, setUpdater, updateWaiting } from './sw-state';

/**
 * Loaded after first paint: registers the worker and reports its state to the shell. Another tab's
 * Update takes this tab's controller too; this tab then reloads only at a safe moment (reload.ts).
 * Where Web Locks are missing, a tab cannot see the others' holds, so that rule is what keeps them safe.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  // A new controller over a controlled page is a new version. (Workbox's own 'controlling' event does
  // not say isUpdate for a version found while this page was open.)
  let controlled = Boolean(navigator.serviceWorker.controller);
  let asked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) return void (controlled = true); // the first install claimed the page: same version
    updateWaiting.value = false;
    if (asked && reloadNow()) return; // reloading: no "updated in another tab" meanwhile
    needReload(); // not asked here, or something started meanwhile: at the next safe moment
  });
  setUpdater(() => {
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (!registration?.waiting) return void (needReload(), reloadNow()); // another tab applied it already
      asked = true;
      wb.messageSkipWaiting();
    });
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
