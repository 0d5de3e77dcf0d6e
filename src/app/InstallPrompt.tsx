import { useState } from 'preact/hooks';
import { installPrompt, isIos, isStandalone, promptInstall } from './install';

/** Chromium: a real Install button. */
export function InstallButton() {
  if (!installPrompt.value) return null;
  return (
    <button type="button" class="button primary" onClick={() => void promptInstall()}>
      Install
    </button>
  );
}

/** iOS offers no prompt: say how, once, where the user can dismiss it. */
export function IosInstallHint() {
  const [dismissed, setDismissed] = useState(() => {
    try {
      return localStorage.getItem('rehearse:ios-hint') === 'dismissed';
    } catch {
      return false;
    }
  });
  if (dismissed || !isIos() || isStandalone()) return null;
  return (
    <aside class="banner" aria-label="Install on iPhone or iPad">
      <span>
        Install Rehearse: tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>. It then opens full-screen and works offline. Note: the installed
        app and Safari keep separate data.
      </span>
      <button
        type="button"
        class="button"
        onClick={() => {
          setDismissed(true);
          try {
            localStorage.setItem('rehearse:ios-hint', 'dismissed');
          } catch {
            /* dismissed for this visit */
          }
        }}
      >
        Got it
      </button>
    </aside>
  );
}
