import { render } from 'preact';
import { App } from './app/App';
import { listenForInstall } from './app/install';
import { labelHolds } from './practice/update-guard';
import { ensureGuidance, ensureQuestions } from './ui/bank-state';
import './ui/styles.css';

ensureQuestions(); // start fetching the bank before the first render needs it
ensureGuidance();
labelHolds(() => document.title.replace(/ — Rehearse$/, '')); // another tab's Update names this page
listenForInstall(); // beforeinstallprompt can fire before anything lazy has loaded
render(<App />, document.getElementById('app')!);

// Takes whose tab closed mid-recording become recovered takes; recording code loads only now.
// A take still locked may belong to a tab that is closing right now: recover it once the lock is free.
const recoverLater = () =>
  void Promise.all([import('./practice/takes'), import('./practice/take-locks')]).then(async ([takes, locks]) => {
    const active = await locks.activeTakeIds();
    await takes.recoverTakes();
    for (const id of active) void locks.whenTakeReleased(id).then(takes.recoverTakes);
  });
(window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 300)))(recoverLater);

// The worker and its library load after first paint: nothing on screen waits for them.
const registerLater = () => void import('./app/sw-bridge').then((m) => m.registerServiceWorker());
if (document.readyState === 'complete') registerLater();
else window.addEventListener('load', registerLater, { once: true });
