/**
 * The browser's install offer (beforeinstallprompt) can come before the app's code is here: the entry loads the app
 * only after the first paint. The entry listens from the start and keeps the event; the app takes it when it starts.
 * Imports nothing: it runs before the first paint.
 */
let early: Event | null = null;
let taken = false;

const keep = (event: Event) => {
  if (taken) return;
  event.preventDefault(); // no mini-infobar: the app shows its own Install button
  early = event;
};

export function catchEarlyInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', keep);
  window.addEventListener('appinstalled', () => (early = null));
}

/** The offer that came before the app started, if any; from now on the app listens itself. */
export function takeEarlyInstallPrompt(): Event | null {
  taken = true;
  window.removeEventListener('beforeinstallprompt', keep);
  const event = early;
  early = null;
  return event;
}
