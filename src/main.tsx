import './ui/styles.css';
// What a question page draws from the HTML is styled from the first frame: a stylesheet that came with the screen's code
// (after the first paint) restyled and laid out the whole drawn page again, in one task (about 40 ms on this machine,
// four times that on a slow phone). Their components still import them, so each says what it needs.
import './ui/recording/recording.css';
import './ui/review/review.css';
import './ui/stories/stories.css';
import { holdEarlyClicks } from './app/early-clicks';
import { catchEarlyInstallPrompt } from './app/early-install';

/**
 * The entry: a page's stylesheet, then the app (start.tsx), a chunk of its own. A prerendered page already holds its first screen,
 * so the app is fetched and run only after that screen is painted: a browser that has the scripts at hand runs them
 * before its first frame, which would keep a slow phone's screen blank until the app is up. A hidden page (opened in
 * the background) paints no frame: it starts at once, as does the shell, which shows nothing until the app runs.
 */
catchEarlyInstallPrompt(); // the install offer can come before the app: kept for it
const start = async () => {
  try {
    await import('./start');
  } catch (error) {
    notStarted(error);
  }
};
const root = document.getElementById('app');
if (root?.dataset.prerendered) holdEarlyClicks(root); // a button pressed before the app is live is pressed again once it is
if (root?.dataset.prerendered && document.visibilityState === 'visible') afterFirstPaint(() => void start());
else void start();

/** The app's code could not be fetched (offline before the worker held it, or a server gone): the drawn page stays readable, and says so. */
function notStarted(error: unknown): void {
  console.error(error);
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'banner not-started';
  note.textContent = 'Rehearse could not finish loading: you may be offline, and it was not saved on this device yet. Go online and reload.';
  root?.before(note);
}

/**
 * Runs `then` once the first contentful paint is on screen (its paint-timing entry, which every engine the app runs in
 * records), or at once if the page is hidden meanwhile; without paint timing, after the next frame. Three seconds at
 * most: the app never waits on an entry that does not come.
 */
function afterFirstPaint(then: () => void): void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(go, 0)); // a task queued from a frame's callback runs after that frame
  document.addEventListener('visibilitychange', go, { once: true });
  setTimeout(go, 3000);
}
