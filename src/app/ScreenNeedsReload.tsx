import { busyReasons } from '../practice/update-guard';
import { reloadNow } from './reload';

/** In place of a screen whose code could not be loaded: say why, and reload when nothing is in progress. */
export function ScreenNeedsReload() {
  const busy = busyReasons.value;
  return (
    <>
      <h1>This screen needs a reload</h1>
      <p>
        Rehearse was updated, probably in another tab, and this tab still runs the old version.{' '}
        {busy.length ? `It reloads by itself when you finish (${busy.join(', ')}); nothing you wrote is lost.` : 'Reloading loses nothing you saved.'}
      </p>
      <button type="button" class="button primary" disabled={busy.length > 0} onClick={reloadNow}>
        Reload
      </button>
    </>
  );
}
