import { signal } from '@preact/signals';

/** The last deletion the user can still take back, shown app-wide so it survives leaving the page. */
export interface UndoOffer {
  label: string;
  undo: () => Promise<void>;
}

export const undoOffer = signal<UndoOffer | null>(null);
