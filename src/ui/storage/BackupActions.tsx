import { useState } from 'preact/hooks';
import { importBackup } from '../../practice/backup/import';
import { canShareFiles, saveBackup, shareBackup, type SaveOutcome } from '../../practice/backup/save-file';
import { database } from '../../practice/session';

type Status = { tone: 'ok' | 'error' | 'busy'; lines: string[] } | null;

/** Export (to a file, or shared) and import, each saying what it did or why it did nothing. */
export function BackupActions({ onChange }: { onChange: () => void }) {
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.tone === 'busy';

  const run = async (what: string, action: () => Promise<Status>) => {
    setStatus({ tone: 'busy', lines: [what] });
    setStatus(await action().catch((error: unknown) => ({ tone: 'error' as const, lines: [String(error)] })));
    onChange();
  };
  const saved = (outcome: SaveOutcome): Status =>
    outcome.ok
      ? { tone: 'ok', lines: [`Backup saved as ${outcome.fileName}.`, ...outcome.notes] }
      : outcome.cancelled
        ? null
        : { tone: 'error', lines: [outcome.message] };
  const withDb = async <T,>(act: (db: NonNullable<Awaited<ReturnType<typeof database>>>) => Promise<T>, none: T) => {
    const db = await database();
    return db ? act(db) : none;
  };
  const unavailable: SaveOutcome = { ok: false, message: 'Storage is not available in this browser.' };

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still imports
    if (!file) return;
    void run(`Checking ${file.name}…`, () =>
      withDb(
        async (db) => {
          const outcome = await importBackup(db, file);
          return outcome.ok
            ? { tone: 'ok', lines: ['Imported.', ...outcome.summary.lines] }
            : { tone: 'error', lines: [outcome.message, ...(outcome.summary?.lines ?? [])] };
        },
        { tone: 'error', lines: [unavailable.message] } as Status,
      ),
    );
  };

  return (
    <section class="section card" aria-labelledby="backup">
      <h2 id="backup">Backup</h2>
      <p>
        One .zip file with your drafts and their history, stories, your own questions, settings and every take’s audio. Importing merges it with what is here:
        nothing newer of yours is overwritten.
      </p>
      <div class="row">
        <button
          type="button"
          class="button primary"
          disabled={busy}
          onClick={() => void run('Writing the backup…', async () => saved(await withDb((db) => saveBackup(db), unavailable)))}
        >
          Export everything
        </button>
        {canShareFiles() && (
          <button
            type="button"
            class="button"
            disabled={busy}
            onClick={() => void run('Preparing the file…', async () => saved(await withDb((db) => shareBackup(db), unavailable)))}
          >
            Share a backup
          </button>
        )}
        <label class="button file-button">
          Import a backup
          <input type="file" accept=".zip,application/zip" class="visually-hidden" disabled={busy} onChange={(e) => onFile(e.currentTarget)} />
        </label>
      </div>
      <div role={status?.tone === 'error' ? 'alert' : 'status'} class={status?.tone === 'error' ? 'banner' : undefined}>
        {status?.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}
