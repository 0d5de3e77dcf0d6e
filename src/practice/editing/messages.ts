import { MESSAGES } from '../../store/errors';
import { STORY_GONE } from '../../store/stories';
import type { SavePhase } from './machine';

/** What the status line (a live region) says in each phase, for drafts and stories alike. */
export const SAVE_MESSAGES: Record<SavePhase, string> = {
  loading: 'Loading…',
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet — your text is kept on screen',
  conflict: 'Changed in another tab — choose below',
  gone: 'Not saved',
};

export const CONFLICT_TEXT = MESSAGES.conflict;
/** Only a story is ever deleted under an open editor. */
export const GONE_TEXT = `${STORY_GONE} The text below is only on this screen now.`;
export const RECOVERED_TEXT = 'Recovered text you typed before Rehearse closed.';
export const RECOVERED_SAVED = 'It is saved again now.';
export const JOURNAL_WARNING =
  'This browser is not letting Rehearse keep a backup copy of unsaved text (storage full or blocked). Your text still saves as usual, but if the tab closes before “Saved”, the last words typed may be lost.';
export const SET_ASIDE_TEXT = 'An unsaved copy of this text could not be read and was set aside; what was saved is shown.';
