import { useEffect, useRef, useState } from 'preact/hooks';
import { undoOffer, type UndoOffer } from '../practice/undo';

/** How long an offer stays once the user has moved on (focus out of the bar). */
export const UNDO_MS = 10_000;

/**
 * The last deletion, offered back in a bar fixed to the bottom of the viewport, with focus moved to
 * Undo so it cannot pass unseen on a phone. It stays while focus is in it; Escape or Dismiss lets it go.
 * App-wide, so leaving the deleted thing's page keeps it.
 */
export function UndoBanner() {
  const offer = undoOffer.value;
  const bar = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [inside, setInside] = useState(false);

  const close = (o: UndoOffer, undone: boolean) => {
    const hadFocus = bar.current?.contains(document.activeElement) ?? false;
    if (undoOffer.value === o) undoOffer.value = null;
    if (!hadFocus && !undone) return; // gone on its own while the user was elsewhere: leave their focus be
    // Focus goes where the screen says, else to the page: never lost with the bar. After the screen has drawn what Undo brought back.
    requestAnimationFrame(() => setTimeout(() => (o.afterwards ? o.afterwards(undone) : document.getElementById('main')?.focus())));
  };

  useEffect(() => {
    setInside(false);
    if (offer) undoButton.current?.focus();
  }, [offer]);
  useEffect(() => {
    if (!offer || inside) return;
    const t = setTimeout(() => undoOffer.value === offer && close(offer, false), UNDO_MS);
    return () => clearTimeout(t);
  }, [offer, inside]);

  if (!offer) return null;
  return (
    <div
      ref={bar}
      class="banner undo-bar"
      onFocusIn={() => setInside(true)}
      onFocusOut={(e) => setInside(bar.current?.contains(e.relatedTarget as Node | null) ?? false)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close(offer, false);
      }}
    >
      <span id="undo-label">{offer.label}</span>
      <span class="actions">
        <button type="button" class="button" onClick={() => close(offer, false)}>
          Dismiss
        </button>
        <button
          ref={undoButton}
          type="button"
          class="button primary"
          aria-describedby="undo-label"
          onClick={async () => {
            undoOffer.value = null;
            let undone = false;
            try {
              await offer.undo();
              undone = true;
            } catch (error) {
              console.error('Undo failed', error); // the store has reported what it could not put back
            } finally {
              close(offer, undone);
            }
          }}
        >
          Undo
        </button>
      </span>
    </div>
  );
}
