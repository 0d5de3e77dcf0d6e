import { useState } from 'preact/hooks';
import { applyUpdate, updateWaiting } from './sw-state';
import { busyReasons } from '../practice/update-guard';

/** A new version waits until the user says so, and never while something is in progress. */
export function UpdateBanner() {
  const [later, setLater] = useState(false);
  if (!updateWaiting.value || later) return null;
  const busy = busyReasons.value;
  return (
    <div class="banner floating" role="status" aria-live="polite">
      <span>
        {busy.length
          ? `A new version of Rehearse is ready. It will be offered again when you finish (${busy.join(', ')}).`
          : 'A new version of Rehearse is ready.'}
      </span>
      <span class="actions">
        <button type="button" class="button" onClick={() => setLater(true)}>
          Later
        </button>
        <button type="button" class="button primary" disabled={busy.length > 0} onClick={applyUpdate}>
          Update
        </button>
      </span>
    </div>
  );
}
