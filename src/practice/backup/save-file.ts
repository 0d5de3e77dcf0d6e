/** Getting a backup out of the browser: straight to a file where it can, else a download; shared where files can be. */
import type { BackupScope } from '../../store/backup';
import type { RehearseDb } from '../../store/schema';
import { backupFileName, backupStream, emptyReport, leftOutNote } from './export';
import { markBackedUp } from './storage';

type SavePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<{
  createWritable(): Promise<WritableStream<Uint8Array>>;
}>;

/** `notes`: what the file left out (unreadable records, takes still recording), to show beside the file name. */
export type SaveOutcome = { ok: true; fileName: string; notes: string[] } | { ok: false; cancelled?: boolean; message: string };

/**
 * Streams the zip into a file the user picks (Chromium: no copy of the backup in memory); elsewhere it is
 * built as a Blob and downloaded. Zipped here on the page, not in the service worker (Firefox kills those downloads).
 */
export async function saveBackup(db: RehearseDb, scope: BackupScope = {}, about = 'backup', now = Date.now()): Promise<SaveOutcome> {
  const fileName = backupFileName(now, about);
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  const report = emptyReport();
  try {
    if (picker) {
      let handle;
      try {
        handle = await picker({ suggestedName: fileName, types: [{ description: 'Rehearse backup', accept: { 'application/zip': ['.zip'] } }] });
      } catch (error) {
        if ((error as Error).name === 'AbortError') return { ok: false, cancelled: true, message: 'Export cancelled.' };
        throw error;
      }
      await backupStream(db, scope, now, report).pipeTo(await handle.createWritable());
    } else {
      download(await backupBlob(db, scope, now, report), fileName);
    }
  } catch (error) {
    return { ok: false, message: `The backup could not be written (${error instanceof Error ? error.message : String(error)}).` };
  }
  const notes = leftOutNote(report);
  if (!scope.questionId && !scope.takeId) notes.push(...(await notRecorded(db, now)));
  return { ok: true, fileName, notes };
}

/** The backup's date noted for the reminder, or a sentence saying it could not be. */
async function notRecorded(db: RehearseDb, now: number): Promise<string[]> {
  const result = await markBackedUp(db, now);
  return result.ok ? [] : [`This device could not note that it was backed up (${result.problem.message}), so it will still remind you to back up.`];
}

export function backupBlob(db: RehearseDb, scope: BackupScope = {}, now = Date.now(), report = emptyReport()): Promise<Blob> {
  return new Response(backupStream(db, scope, now, report), { headers: { 'content-type': 'application/zip' } }).blob();
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // the download has started by then
}

/** Web Share of the backup file (to Files, a drive, another device) where the browser can share files. */
export function canShareFiles(): boolean {
  const probe = new File([''], 'probe.zip', { type: 'application/zip' });
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
}

export async function shareBackup(db: RehearseDb, now = Date.now()): Promise<SaveOutcome> {
  const fileName = backupFileName(now);
  const report = emptyReport();
  try {
    const file = new File([await backupBlob(db, {}, now, report)], fileName, { type: 'application/zip' });
    await navigator.share({ files: [file], title: 'Rehearse backup' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') return { ok: false, cancelled: true, message: 'Sharing cancelled.' };
    return { ok: false, message: `The backup could not be shared (${error instanceof Error ? error.message : String(error)}).` };
  }
  return { ok: true, fileName, notes: [...leftOutNote(report), ...(await notRecorded(db, now))] };
}
