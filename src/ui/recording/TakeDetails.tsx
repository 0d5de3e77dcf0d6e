import { useEffect, useRef, useState } from 'preact/hooks';
import { tabId } from '../../practice/editing/tabs';
import { takeJournal } from '../../practice/journal';
import { editTake } from '../../practice/takes';
import type { Take } from '../../practice/types';
import { holdUpdates } from '../../practice/update-guard';
import { LIMITS } from '../../shared/limits';

/** A pause in typing this long saves the name and notes; leaving the page saves them at once. */
export const TAKE_DETAILS_SAVE_MS = 600;

type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

const SAY: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Not saved yet',
  saving: 'Saving…',
  failed: 'Could not save the name and notes. They stay here; Rehearse tries again as you type.',
};

/**
 * Name, rating and notes: the text is saved after a pause in typing, and when the page is hidden or
 * closed. Every key also writes it to the journal (localStorage, synchronous): a tab closed before the
 * write lands leaves it there, and the next page to list the take stores it.
 */
export function TakeDetails({ take, label }: { take: Take; label: string }) {
  const [name, setName] = useState(take.name);
  const [notes, setNotes] = useState(take.notes);
  const [state, setState] = useState<SaveState>('saved');
  const typed = useRef({ name, notes });
  typed.current = { name, notes };
  const stored = useRef({ name: take.name, notes: take.notes });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);

  const save = (): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) return running.current.then(save); // one write at a time, the newest text last
    const patch: Partial<Pick<Take, 'name' | 'notes'>> = {};
    const { name: n, notes: t } = typed.current;
    if (n.trim() !== stored.current.name) patch.name = n.trim();
    if (t !== stored.current.notes) patch.notes = t;
    if (!Object.keys(patch).length) return Promise.resolve();
    setState('saving');
    running.current = editTake(take, patch)
      .catch(() => false) // a write that throws is a failed save: the text stays typed and the state says so
      .then((ok) => {
        running.current = null;
        if (ok) stored.current = { ...stored.current, ...patch };
        const left = typed.current.name.trim() !== stored.current.name || typed.current.notes !== stored.current.notes;
        if (ok && !left) takeJournal.clear(take.id, tabId);
        else if (ok) keep(); // typed during the write: the entry now sits over the text just stored
        setState(!ok ? 'failed' : left ? 'unsaved' : 'saved');
      });
    return running.current;
  };
  const keep = () =>
    takeJournal.write(take.id, tabId, {
      doc: { ...typed.current, baseName: stored.current.name, baseNotes: stored.current.notes },
      baseRev: 0,
      at: Date.now(),
    });
  const saveSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), TAKE_DETAILS_SAVE_MS);
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const flush = () => void saveRef.current();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush(); // the player closed (another take opened): save what was typed
    };
  }, []);

  const unsaved = state !== 'saved';
  useEffect(() => (unsaved ? holdUpdates('unsaved notes') : undefined), [unsaved]); // no reload for an update before they are saved
  const edited = (field: 'name' | 'notes', set: (value: string) => void) => (e: { currentTarget: { value: string } }) => {
    set(e.currentTarget.value);
    typed.current = { ...typed.current, [field]: e.currentTarget.value };
    keep();
    if (state !== 'failed') setState('unsaved');
    saveSoon();
  };
  return (
    <div class="take-details">
      <div class="field">
        <label for={`name-${take.id}`}>Name</label>
        <input
          id={`name-${take.id}`}
          class="text-input"
          dir="auto"
          placeholder={label}
          value={name}
          maxLength={LIMITS.takeName}
          onInput={edited('name', setName)}
          onBlur={() => void save()}
        />
      </div>
      <fieldset class="rating">
        <legend>How did it go?</legend>
        {[1, 2, 3, 4, 5].map((r) => (
          <label key={r} class="radio-chip">
            <input type="radio" name={`rating-${take.id}`} checked={take.rating === r} onChange={() => void editTake(take, { rating: r })} />
            {r}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`notes-${take.id}`}>Notes</label>
        <textarea id={`notes-${take.id}`} dir="auto" rows={2} value={notes} onInput={edited('notes', setNotes)} onBlur={() => void save()} />
      </div>
      <p class={`save-state take-save-state${state === 'failed' ? ' error' : state === 'saved' ? ' saved' : ''}`} role="status" aria-live="polite">
        {SAY[state]}
      </p>
    </div>
  );
}
