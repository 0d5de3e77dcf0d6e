import { CONFLICT_TEXT, JOURNAL_WARNING, RECOVERED_SAVED, RECOVERED_TEXT, SAVE_MESSAGES, SET_ASIDE_TEXT } from '../practice/editing/messages';
import type { EditorSession } from '../practice/editing/shell';

/** What drafts and stories say above their fields: recovered text, a lost backup, the other tab's version, why a save failed. */
export function SaveNotices<V>({ session, history }: { session: EditorSession<V>; history: boolean }) {
  const state = session.state.value;
  return (
    <>
      {state.recovered && state.phase !== 'gone' && (
        <p class="note">{state.phase === 'saved' && !state.dirty ? `${RECOVERED_TEXT} ${RECOVERED_SAVED}` : RECOVERED_TEXT}</p>
      )}
      {session.setAside.value.length > 0 && <p class="note">{SET_ASIDE_TEXT}</p>}
      {!state.journalOk && (
        <p class="note journal-warning" role="alert">
          {JOURNAL_WARNING}
        </p>
      )}
      {state.phase === 'conflict' && (
        <div class="banner" role="alert">
          <span>
            {CONFLICT_TEXT} {history ? 'Either way, the other version stays in History.' : 'Choosing the other tab’s replaces the text here.'}
          </span>
          <span class="actions">
            <button type="button" class="button" onClick={() => void session.takeTheirs()}>
              Use the other tab’s
            </button>
            <button type="button" class="button primary" onClick={() => void session.keepMine()}>
              Keep mine
            </button>
          </span>
        </div>
      )}
    </>
  );
}

/** The one status line (a live region) of every editor. */
export function SaveStatus<V>({ session, as: Tag = 'span' }: { session: EditorSession<V>; as?: 'span' | 'p' }) {
  const { phase } = session.state.value;
  return (
    <Tag class={`save-state ${phase}`} role="status" aria-live="polite">
      {SAVE_MESSAGES[phase]}
    </Tag>
  );
}
