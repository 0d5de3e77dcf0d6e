import { signal } from '@preact/signals';

/** The last deletion the user can still take back, shown app-wide so it survives leaving the page. */
export interface UndoOffer {
  label: string;
  undo: () => Promise<void>;
  /** What the screen does once the offer is taken (true) or let go (false): where focus goes next. */
  afterwards?: (undone: boolean) => void;
}

export const undoOffer = signal<UndoOffer | null>(null);
