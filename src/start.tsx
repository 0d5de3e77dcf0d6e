/**
 * The app itself, loaded by main.tsx: on a prerendered page only once that page is on screen, so nothing here
 * delays its first paint.
 */
import { render } from 'preact';
import { App, preloadScreen } from './app/App';
import { releaseEarlyClicks } from './app/early-clicks';
import { beginTakeover, takeoverDone } from './ui/Later';
import { listenForInstall } from './app/install';
import { labelHolds } from './practice/update-guard';
import { knowPersisted } from './practice/session';
import { ensureDepth, ensureGuidance, ensureQuestions } from './ui/bank-state';
import { nextTask } from './shared/tasks';
import { isTypingIn } from './app/typing';

// On a drawn page the app starts in short tasks (this module's evaluation, the bank's reads, the screen's code, the
// first render), not one long one, so a slow phone answers a tap or a scroll between them.
const root = document.getElementById('app')!;
const painted = root.dataset.prerendered;

// Start fetching the bank before the first render needs it: at once for the shell, which shows nothing until the app
// runs; in a task of its own on a drawn page.
const kickOff = painted ? nextTask() : Promise.resolve();
const bankReady = kickOff.then(() => Promise.all([ensureQuestions(), ensureGuidance()]));
labelHolds(() => document.title.replace(/ — Rehearse$/, '')); // another tab's Update names this page
listenForInstall(); // with the offer the entry kept, if it came before the app (src/app/early-install.ts)

// A prerendered page (scripts/prerender.mjs) is already on screen: hydrate it once what it was drawn from
// (the bank, the screen's code) is here, so the first client render matches it and nothing is redrawn.
// render() over the drawn nodes reuses them as hydrate() does, and also corrects attributes that depend on
// this browser (the theme toggle's label for a stored theme), which hydrate() leaves as drawn.
// Any other URL (the shell, or a page served for a URL it was not drawn for) renders afresh.
type Typed = { field: HTMLInputElement | HTMLTextAreaElement; value: string; start: number | null; end: number | null };
const isTextField = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && isTypingIn(target);
const typedIn = (field: HTMLInputElement | HTMLTextAreaElement): Typed => ({ field, value: field.value, start: field.selectionStart, end: field.selectionEnd });

/**
 * What the user did to the drawn page before it is live is kept. Text typed into a drawn field (the search on the home
 * page or the list) is handed to the app as the part holding it comes to life: that part's render sets each field to
 * the app's state, so the user's text is put back at once and announced with an input event, as if typed then, caret
 * and all. Letters typed meanwhile, before or during the takeover, are the user's latest text.
 */
function keepWhatWasDone(): { partLive: () => void; done: () => void } {
  const typed = [...root.querySelectorAll('input, textarea')]
    .filter(isTextField)
    .filter((f) => f.value !== f.defaultValue)
    .map(typedIn);
  const follow = (event: Event) => {
    if (!event.isTrusted || !isTextField(event.target)) return; // not the app's own put-back
    const at = typed.findIndex((t) => t.field === event.target);
    if (at === -1) typed.push(typedIn(event.target));
    else typed[at] = typedIn(event.target);
  };
  root.addEventListener('input', follow, true);
  const putBack = () => {
    for (const { field, value, start, end } of typed) {
      if (!field.isConnected || field.value === value) continue;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      if (document.activeElement === field && start !== null) field.setSelectionRange(start, end);
    }
  };
  // A <details> opened or closed meanwhile (an answer outline) stays so: render() drops attributes its markup lacks,
  // and a section taken over later (src/ui/Later.tsx) is rendered after the user may have toggled it. Noted on the
  // click, before the browser toggles it (its default action), unless a handler cancelled it.
  const wanted = new Map<HTMLDetailsElement, boolean>([...root.querySelectorAll('details[open]')].map((d) => [d as HTMLDetailsElement, true]));
  const toggled = (event: MouseEvent) => {
    const summary = event.target instanceof Element ? event.target.closest('summary') : null;
    const details = summary?.parentElement;
    if (event.defaultPrevented || !(details instanceof HTMLDetailsElement) || details.querySelector(':scope > summary') !== summary) return;
    wanted.set(details, !details.open);
  };
  root.addEventListener('click', toggled);
  return {
    partLive: putBack,
    done: () => {
      root.removeEventListener('click', toggled);
      root.removeEventListener('input', follow, true);
      for (const [details, open] of wanted) if (details.isConnected && details.open !== open) details.open = open;
      putBack();
    },
  };
}

/** The prerendered page is this URL's: same path, and no query it would not show (`source` only marks an installed app's launch). */
const query = new URLSearchParams(location.search);
query.delete('source');
if (painted && painted === location.pathname && ![...query].length) {
  // A screen whose code failed to load (offline before the worker holds it) takes over all the same, and says so.
  const depthReady = painted.startsWith('/q/') ? kickOff.then(ensureDepth) : null;
  // The screen's code is asked for in the task after the bank's (its preload adds a link per chunk it needs).
  const screenReady = kickOff
    .then(nextTask)
    .then(() => preloadScreen(painted))
    .catch(() => undefined);
  void Promise.all([bankReady, screenReady, depthReady]).then(async () => {
    await nextTask(); // the render is a task of its own, not the tail of the screen's code being evaluated
    const kept = keepWhatWasDone();
    beginTakeover(kept.partLive); // sections marked Later are taken over after, a task each (src/ui/Later.tsx)
    render(<App />, root);
    kept.partLive();
    void takeoverDone().then(() => {
      kept.done();
      releaseEarlyClicks(); // held since before the first paint (src/main.tsx)
      delete root.dataset.prerendered; // the markup is the app's now
    });
  });
} else {
  root.replaceChildren(); // drawn for another URL: never shown as this one's
  render(<App />, root);
  releaseEarlyClicks(); // a button of the page drawn for another URL is gone: nothing to press
}

// Takes whose tab closed mid-recording become recovered takes; recording code loads only now.
// A take still locked may belong to a tab that is closing right now: recover it once the lock is free.
const recoverLater = () =>
  void Promise.all([import('./practice/takes'), import('./practice/take-locks')])
    .then(async ([takes, locks]) => {
      const active = await locks.activeTakeIds();
      await takes.recoverTakes();
      for (const id of active) void locks.whenTakeReleased(id).then(takes.recoverTakes);
    })
    .catch((error: unknown) => console.error('Takes left by a closed tab are recovered at the next start', error));
const whenIdle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 300));
whenIdle(recoverLater);
whenIdle(() => void knowPersisted()); // the footer says the browser keeps saved work, when it already does

// The worker and its library load after first paint: nothing on screen waits for them.
const registerLater = () =>
  void import('./app/sw-bridge')
    .then((m) => m.registerServiceWorker())
    .catch((error: unknown) => console.error('Offline use is set up at the next visit', error)); // offline before the worker: nothing to register
if (document.readyState === 'complete') registerLater();
else window.addEventListener('load', registerLater, { once: true });
