import { h, type ComponentType } from 'preact';
import { ScreenNeedsReload, type ScreenFailure } from './ScreenNeedsReload';
import { needReload } from './reload';

// How Chromium, Firefox and WebKit (and Vite's CSS preload) word a screen's file that could not be fetched.
const NOT_FETCHED = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/** Why a screen's chunk did not load: its file is missing (offline and not cached, or gone with an update), or its code threw. */
export function screenFailure(error: unknown, online = navigator.onLine): ScreenFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (!NOT_FETCHED.test(message)) return 'bug';
  return online ? 'updated' : 'offline';
}

/**
 * For preact-iso's lazy(): load a screen's chunk, or show why it could not load instead of rejecting
 * (a rejected import stays cached and blanks the route). No second try: a failed module fetch is
 * cached by the browser, so only a reload (which a tab left on an old version gets) can fetch it again.
 */
export function retryingImport<P>(load: () => Promise<{ default: ComponentType<P> }>): () => Promise<{ default: ComponentType<P> }> {
  return async () => {
    try {
      return await load();
    } catch (error) {
      console.error(error); // for whoever opens the console; the screen says it in plain words
      const cause = screenFailure(error);
      if (cause === 'updated') needReload({ screenBroken: true });
      const Failed = () => h(ScreenNeedsReload, { cause, error });
      return { default: Failed as ComponentType<P> };
    }
  };
}
