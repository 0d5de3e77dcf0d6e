import { useEffect } from 'preact/hooks';
import { undoOffer } from '../practice/undo';

/** The last deletion, offered back for ten seconds; app-wide, so leaving the deleted question's page keeps it. */
export function UndoBanner() {
  const offer = undoOffer.value;
  useEffect(() => {
    if (!offer) return;
    const t = setTimeout(() => {
      if (undoOffer.value === offer) undoOffer.value = null;
    }, 10_000);
    return () => clearTimeout(t);
  }, [offer]);
  if (!offer) return null;
  return (
    <div class="banner" role="status">
      <span>{offer.label}</span>
      <button
        type="button"
        class="button"
        onClick={async () => {
          undoOffer.value = null;
          await offer.undo();
        }}
      >
        Undo
      </button>
    </div>
  );
}
