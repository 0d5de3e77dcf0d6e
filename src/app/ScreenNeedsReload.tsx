import { useEffect } from 'preact/hooks';
import { busyReasons } from '../practice/update-guard';
import { reloadNow } from './reload';
import { screenAsksReload } from './sw-state';

/** Why a screen's code did not load. */
export type ScreenFailure = 'offline' | 'updated' | 'bug';

const WHY: Record<ScreenFailure, string> = {
  offline: 'You are offline and this screen was not saved on this device yet. Go online and reload.',
  updated: 'Rehearse was updated, probably in another tab, and this tab still runs the old version.',
  bug: 'Its code failed to start (a bug in Rehearse). Reloading may help; everything you saved is still on this device.',
};

/** In place of a screen whose code could not be loaded: say why, and reload when nothing is in progress. */
export function ScreenNeedsReload({ cause, error }: { cause: ScreenFailure; error?: unknown }) {
  const busy = busyReasons.value;
  // This screen says it, with its own Reload: the update banner stays quiet meanwhile.
  useEffect(() => {
    screenAsksReload.value = true;
    return () => (screenAsksReload.value = false);
  }, []);
  return (
    <>
      <h1>This screen needs a reload</h1>
      <p>
        {WHY[cause]}{' '}
        {!busy.length
          ? 'Reloading loses nothing you saved.'
          : cause === 'updated'
            ? `It reloads by itself when you finish (${busy.join(', ')}); nothing you wrote is lost.`
            : `Reload once you finish (${busy.join(', ')}); nothing you wrote is lost.`}
      </p>
      {cause === 'bug' && error !== undefined && (
        <p class="screen-error-detail">
          <small>{error instanceof Error ? error.message : String(error)}</small>
        </p>
      )}
      <button type="button" class="button primary" disabled={busy.length > 0} onClick={reloadNow}>
        Reload
      </button>
    </>
  );
}
