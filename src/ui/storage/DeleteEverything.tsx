import { useState } from 'preact/hooks';
import { deleteEverything } from '../../practice/backup/storage';
import { count } from '../../shared/format';

const WORD = 'DELETE';

/** Deleting everything needs the word typed, so a stray tap or Enter can never do it. */
export function DeleteEverything({ onDeleted }: { onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (typed !== WORD) return;
    const result = await deleteEverything();
    setMessage(
      !result.ok
        ? `Nothing was deleted: ${result.problem.message}`
        : result.value.journalLeft
          ? `Everything stored was deleted, but this browser kept ${count(result.value.journalLeft, 'unsaved copy', 'unsaved copies')} of text. Try again, or clear this site’s data in the browser’s settings.`
          : 'Everything was deleted from this browser.',
    );
    setTyped('');
    onDeleted();
  };
  return (
    <section class="section card" aria-labelledby="delete">
      <h2 id="delete">Delete everything</h2>
      <p>Removes every draft, story, question you added, take and setting from this browser. It cannot be undone: export a backup first.</p>
      <form onSubmit={(e) => void submit(e)} class="row">
        <label>
          Type {WORD} to confirm <input class="storage-input" value={typed} autocomplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button danger" disabled={typed !== WORD}>
          Delete everything
        </button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
