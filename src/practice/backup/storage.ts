/** The Storage page's use cases: how much is kept, whether the browser will keep it, backups, and deleting it all. */
import { bytesByKind, clearEverything, practiceTimes } from '../../store/backup';
import type { Result } from '../../store/errors';
import type { RehearseDb } from '../../store/schema';
import { getSetting, setSetting } from '../../store/settings';
import { journalSetAside } from '../attention';
import { clearAllJournals } from '../journal';
import { database, persisted } from '../session';
import { rememberStarted } from '../started';

export const LAST_BACKUP = 'lastBackupAt';
export const REMINDER_DISMISSED = 'backupReminderDismissedAt';
const WEEK = 7 * 24 * 3600 * 1000;

export interface StorageFigures {
  /** From navigator.storage.estimate(): the origin's whole use (with overheads) and what it may use. */
  usage?: number;
  quota?: number;
  text: number;
  audio: number;
  persistent: boolean | null;
  lastBackupAt: number | null;
}

export async function storageFigures(): Promise<StorageFigures | null> {
  const db = await database();
  if (!db) return null;
  const [estimate, kinds, persistent, last] = await Promise.all([
    navigator.storage?.estimate?.().catch(() => undefined),
    bytesByKind(db),
    navigator.storage?.persisted?.().catch(() => null) ?? Promise.resolve(null),
    getSetting<number | null>(db, LAST_BACKUP, null),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, ...kinds, persistent, lastBackupAt: typeof last === 'number' ? last : null };
}

/** Asks the browser to keep our data under storage pressure; the answer also updates the footer. */
export async function askForPersistence(): Promise<boolean> {
  const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  persisted.value = granted;
  return granted;
}

/** Not ok when the date could not be written: then the reminder and "Last backup" still count the work as not backed up. */
export function markBackedUp(db: RehearseDb, now = Date.now()): Promise<Result<void>> {
  return setSetting(db, LAST_BACKUP, now);
}

/**
 * The reminder shows when the oldest practice not in a backup is a week old or more, and was not
 * dismissed since that practice. Practice = a draft saved or a take recorded.
 */
export async function unbackedPracticeSince(db: RehearseDb, now = Date.now()): Promise<number | null> {
  const [last, dismissed, practised] = await Promise.all([
    getSetting<number>(db, LAST_BACKUP, 0),
    getSetting<number>(db, REMINDER_DISMISSED, 0),
    practiceTimes(db),
  ]);
  const times = practised.filter((t) => t > last);
  if (times.length === 0) return null;
  const oldest = Math.min(...times);
  return now - oldest >= WEEK && now - dismissed >= WEEK ? oldest : null;
}

const UNAVAILABLE: Result<never> = { ok: false, problem: { kind: 'unavailable', message: 'Storage is not available in this browser.' } };

export async function dismissReminder(now = Date.now()): Promise<Result<void>> {
  const db = await database();
  return db ? setSetting(db, REMINDER_DISMISSED, now) : UNAVAILABLE;
}

/**
 * Every store emptied, and the unsaved-text journal too, or the next page would bring drafts back.
 * `journalLeft`: unsaved copies of text the browser would not remove (the screen says so).
 */
export async function deleteEverything(): Promise<Result<{ journalLeft: number }>> {
  const db = await database();
  if (!db) return { ok: false, problem: { kind: 'unavailable', message: 'Storage is not available in this browser.' } };
  const result = await clearEverything(db);
  if (!result.ok) return result;
  const left = clearAllJournals();
  journalSetAside();
  rememberStarted(false); // the next load draws a new user's home page at once
  return { ok: true, value: { journalLeft: left.length } };
}
