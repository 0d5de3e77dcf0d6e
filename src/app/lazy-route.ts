import type { ComponentType } from 'preact';
import { ScreenNeedsReload } from './ScreenNeedsReload';
import { needReload } from './reload';

/**
 * For preact-iso's lazy(): load a screen's chunk, try once more if that fails (a blip), then show a
 * "reload" screen instead of rejecting (a rejected import stays cached and blanks the route). The usual
 * cause is a tab left on an old version after another tab updated: its hashed chunks are gone.
 */
export function retryingImport<P>(load: () => Promise<{ default: ComponentType<P> }>): () => Promise<{ default: ComponentType<P> }> {
  return async () => {
    try {
      return await load();
    } catch {
      try {
        return await load();
      } catch {
        needReload({ screenBroken: true });
        return { default: ScreenNeedsReload as ComponentType<P> };
      }
    }
  };
}
