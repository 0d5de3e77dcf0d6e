import { useState } from 'preact/hooks';
import { database } from '../../practice/session';

type SaveFile = typeof import('../../practice/backup/save-file');
type Scope = NonNullable<Parameters<SaveFile['saveBackup']>[1]>;
type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

interface Props {
  /** One question (draft with history, takes with audio, linked stories) or one take. */
  scope: Scope;
  /** Goes into the file name: rehearse-<about>-<date>.zip. */
  about: string;
  label: string;
}

/**
 * The code that writes a backup (the zip writer, the export, the backup's settings) loads only when a backup is
 * wanted: on the question page it would be fetched and compiled on every visit for a button seldom pressed. It is
 * asked for as soon as the pointer or focus reaches the button, so the click finds it there (the save dialog must
 * open while the click still counts as the user's). Asked for once: a module that failed to load stays failed in
 * the page (see src/app/lazy-route.ts), so only a reload fetches it again, and the message says so.
 */
let saveFile: Promise<SaveFile> | undefined;
async function loadSaveFile(): Promise<SaveFile> {
  return await (saveFile ??= import('../../practice/backup/save-file'));
}
const NOT_LOADED = 'Rehearse could not load what writes backups: you may be offline, and it was not saved on this device yet. Go online and reload the page.';

/** A backup of part of the data, through the same save path as "Export everything", with its own status line. */
export function ScopedBackup({ scope, about, label }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const prepare = () => void loadSaveFile().catch(() => {}); // a failure is said when the button is pressed

  const save = async () => {
    setStatus({ tone: 'busy', text: 'Writing the backup…' });
    let saveBackup;
    try {
      ({ saveBackup } = await loadSaveFile());
    } catch {
      setStatus({ tone: 'error', text: NOT_LOADED });
      return;
    }
    const db = await database();
    const outcome = db ? await saveBackup(db, scope, about) : { ok: false as const, message: 'Storage is not available in this browser.' };
    if (outcome.ok) setStatus({ tone: 'ok', text: [`Backup saved as ${outcome.fileName}.`, ...outcome.notes].join(' ') });
    else setStatus(outcome.cancelled ? null : { tone: 'error', text: outcome.message });
  };

  return (
    <div class="scoped-backup">
      <button type="button" class="button" disabled={status?.tone === 'busy'} onPointerEnter={prepare} onFocus={prepare} onClick={() => void save()}>
        {label}
      </button>
      <p role={status?.tone === 'error' ? 'alert' : 'status'} class={status?.tone === 'error' ? 'banner' : 'hint'}>
        {status?.text}
      </p>
    </div>
  );
}
