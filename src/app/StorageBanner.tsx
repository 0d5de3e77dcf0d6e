import { storageProblem } from '../practice/session';

/** Storage trouble in plain words, with the one action that helps. Text on screen is never dropped. */
export function StorageBanner() {
  const p = storageProblem.value;
  if (!p) return null;
  return (
    <div class="banner" role="alert">
      <span>{p.message}</span>
      {(p.kind === 'version' || p.kind === 'blocked') && (
        <button type="button" class="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </div>
  );
}
