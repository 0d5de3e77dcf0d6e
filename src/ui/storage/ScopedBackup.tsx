import { useState } from 'preact/hooks';
import { saveBackup } from '../../practice/backup/save-file';
import { database } from '../../practice/session';

type Scope = NonNullable<Parameters<typeof saveBackup>[1]>;
type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

interface Props {
  /** One question (draft with history, takes with audio, linked stories) or one take. */
  scope: Scope;
  /** Goes into the file name: rehearse-<about>-<date>.zip. */
  about: string;
  label: string;
}

/** A backup of part of the data, through the same save path as "Export everything", with its own status line. */
export function ScopedBackup({ scope, about, label }: Props) {
  const [status, setStatus] = useState<Status>(null);

  const save = async () => {
    setStatus({ tone: 'busy', text: 'Writing the backup…' });
    const db = await database();
    const outcome = db ? await saveBackup(db, scope, about) : { ok: false as const, message: 'Storage is not available in this browser.' };
    if (outcome.ok) setStatus({ tone: 'ok', text: [`Backup saved as ${outcome.fileName}.`, ...outcome.notes].join(' ') });
    else setStatus(outcome.cancelled ? null : { tone: 'error', text: outcome.message });
  };

  return (
    <div class="scoped-backup">
      <button type="button" class="button" disabled={status?.tone === 'busy'} onClick={() => void save()}>
        {label}
      </button>
      <p role={status?.tone === 'error' ? 'alert' : 'status'} class={status?.tone === 'error' ? 'banner' : 'hint'}>
        {status?.text}
      </p>
    </div>
  );
}
