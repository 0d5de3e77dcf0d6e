import type { SavePhase } from './machine';

/** What the status line (a live region) says in each phase, for drafts and stories alike. */
export const SAVE_MESSAGES: Record<SavePhase, string> = {
  loading: 'Loading…',
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet — kept on screen, retrying',
  conflict: 'Changed in another tab — choose below',
  gone: 'Not saved — deleted in another tab',
};

export const CONFLICT_TEXT = 'This was changed in another tab. Your text here is not saved yet.';
export const RECOVERED_TEXT = 'Recovered text you typed before Rehearse closed; it is saved again now.';
export const JOURNAL_WARNING =
  'This browser is not letting Rehearse keep a backup copy of unsaved text (storage full or blocked). Your text still saves as usual, but if the tab closes before “Saved”, the last words typed may be lost.';
export const SET_ASIDE_TEXT = 'An unsaved copy of this text could not be read and was set aside; what was saved is shown.';
