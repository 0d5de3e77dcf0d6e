import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { applyUpdate, cancelUpdate, reloadNeeded, screenAsksReload, updateHeldBy, updateWaiting } from './sw-state';
import { atNaturalBreak, reloadNow } from './reload';
import { busyReasons, type TabHold } from '../practice/update-guard';

const describe = (holds: readonly TabHold[]) =>
  [...new Set(holds.map((h) => (h.here ? `${h.reason} here` : `${h.reason} in another tab${h.page ? ` (“${h.page}”)` : ''}`)))].join(', ');

/** A new version waits until the user says so, and never while something is in progress in any tab. */
export function UpdateBanner() {
  const [later, setLater] = useState(false);
  const { path } = useLocation();
  const firstPath = useRef(path);
  useEffect(() => {
    if (path !== firstPath.current) atNaturalBreak();
  }, [path]);
  const busy = busyReasons.value;
  const heldBy = updateHeldBy.value;
  if (later || !(updateWaiting.value || reloadNeeded.value)) return null;
  if (reloadNeeded.value && screenAsksReload.value) return null; // the screen says it, with its own Reload
  const dismiss = () => (cancelUpdate(), setLater(true));
  const stale = reloadNeeded.value;
  const text = stale
    ? `Rehearse was updated in another tab. ${busy.length ? `This tab reloads by itself when you finish (${busy.join(', ')}).` : 'Reload this tab to use the new version.'}`
    : heldBy.length
      ? `Updating as soon as nothing is in progress: ${describe(heldBy)}.`
      : busy.length
        ? `A new version of Rehearse is ready. It will be offered again when you finish (${busy.join(', ')}).`
        : 'A new version of Rehearse is ready.';
  return (
    <div class="banner floating" role="status" aria-live="polite">
      <span>{text}</span>
      <span class="actions">
        <button type="button" class="button" onClick={dismiss}>
          Later
        </button>
        <button type="button" class="button primary" disabled={busy.length > 0 || heldBy.length > 0} onClick={() => void (stale ? reloadNow() : applyUpdate())}>
          {stale ? 'Reload' : 'Update'}
        </button>
      </span>
    </div>
  );
}
