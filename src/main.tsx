import './ui/styles.css';
import { catchEarlyInstallPrompt } from './app/early-install';

/**
 * The entry: a page's stylesheet, then the app (start.tsx), a chunk of its own. A prerendered page already holds its first screen,
 * so the app is fetched and run only after that screen is painted: a browser that has the scripts at hand runs them
 * before its first frame, which would keep a slow phone's screen blank until the app is up. A hidden page (opened in
 * the background) paints no frame: it starts at once, as does the shell, which shows nothing until the app runs.
 */
catchEarlyInstallPrompt(); // the install offer can come before the app: kept for it
const start = () => void import('./start');
if (document.getElementById('app')?.dataset.prerendered && document.visibilityState === 'visible') {
  // A rAF callback runs just before a frame is painted; a task queued from it runs after that paint.
  requestAnimationFrame(() => setTimeout(start, 0));
} else start();
