/** Importing a backup: validated whole first, then merged kind by kind; the summary says what happened. */
import type { SettingEntry } from '../../store/backup';
import {
  mergeCustomQuestions,
  mergeDrafts,
  mergeReviews,
  mergeRounds,
  mergeSettings,
  mergeStories,
  mergeTake,
  type MergeCount,
} from '../../store/backup-merge';
import type { ChunkRecord, CustomQuestion, Draft, RehearseDb, Review, Revision, RoundRecord, Story, Take } from '../../store/schema';
import type { Result } from '../../store/errors';
import { count } from '../../shared/format';
import { savedOwnWork } from '../session';
import { BackupRefused } from './read-zip';
import { validateBackup, type ValidBackup } from './validate';

export type ImportKind = 'drafts' | 'stories' | 'custom questions' | 'settings' | 'takes' | 'review schedules' | 'mock rounds';
export interface ImportSummary {
  counts: Partial<Record<ImportKind, MergeCount>>;
  /** Sentences for the user, e.g. "2 drafts differed from yours: both kept, the older one in History." */
  lines: string[];
}
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; message: string; summary?: ImportSummary };

export async function importBackup(db: RehearseDb, file: Blob, factory: IDBFactory = indexedDB): Promise<ImportOutcome> {
  let backup: ValidBackup;
  try {
    backup = await validateBackup(file, factory);
  } catch (error) {
    const message = error instanceof BackupRefused ? error.message : 'The file could not be read.';
    return { ok: false, message: `Nothing was imported. ${message}` };
  }
  const summary: ImportSummary = { counts: {}, lines: [] };
  try {
    const r = backup.records;
    const steps: [ImportKind, () => Promise<Result<MergeCount>>][] = [
      ['custom questions', () => mergeCustomQuestions(db, (r.customQuestions ?? []) as CustomQuestion[])],
      ['drafts', () => mergeDrafts(db, (r.drafts ?? []) as Draft[], (r.revisions ?? []) as Revision[])],
      ['stories', () => mergeStories(db, (r.stories ?? []) as Story[])],
      ['settings', () => mergeSettings(db, (r.settings ?? []) as SettingEntry[])],
      ['takes', () => mergeTakes(db, backup)],
      ['review schedules', () => mergeReviews(db, (r.reviews ?? []) as Review[])],
      ['mock rounds', () => mergeRounds(db, (r.rounds ?? []) as RoundRecord[])],
    ];
    for (const [kind, merge] of steps) {
      const stopped = (why: string): ImportOutcome => {
        keptPractice(summary); // the kinds merged before the stop are kept
        return { ok: false, message: `The import stopped at the ${kind}: ${why}`, summary: describe(summary) };
      };
      let result: Result<MergeCount>;
      try {
        result = await merge();
      } catch (error) {
        // backup.audio() reads each file again and refuses one changed on disk, after other kinds were written
        return stopped(error instanceof Error ? error.message : String(error));
      }
      if (!result.ok) return stopped(result.problem.message);
      summary.counts[kind] = result.value;
    }
    keptPractice(summary);
    return { ok: true, summary: describe(summary) };
  } finally {
    await backup.close().catch(() => {});
  }
}

const PRACTICE: readonly ImportKind[] = ['drafts', 'stories', 'takes', 'review schedules', 'mock rounds'];

/**
 * Practice brought in (also by an import that stopped part way) is the user's own work, as if saved here: the next
 * load draws a started user's home page, and the browser is asked to keep it (a restore onto a new device may be all
 * the user does there before a trip).
 */
function keptPractice({ counts }: ImportSummary): void {
  const brought = PRACTICE.some((kind) => {
    const c = counts[kind];
    return c !== undefined && c.added + c.updated + c.keptBoth > 0;
  });
  if (brought) savedOwnWork();
}

async function mergeTakes(db: RehearseDb, backup: ValidBackup): Promise<Result<MergeCount>> {
  const tally: MergeCount = { added: 0, skipped: 0, keptBoth: 0, updated: 0 };
  for (const take of (backup.records.takes ?? []) as Take[]) {
    const audio = await backup.audio(take);
    let offset = 0;
    const chunks: ChunkRecord[] = backup.chunks.get(take.id)!.map(({ takeId, seq, atMs, bytes }) => {
      const data = audio.buffer.slice(offset, offset + bytes);
      offset += bytes;
      return { takeId, seq, atMs, data };
    });
    const result = await mergeTake(db, take, chunks);
    if (!result.ok) return result;
    tally[result.value]++;
  }
  return { ok: true, value: tally };
}

const ONE: Record<ImportKind, string> = {
  drafts: 'draft',
  stories: 'story',
  'custom questions': 'custom question',
  settings: 'setting',
  takes: 'take',
  'review schedules': 'review schedule',
  'mock rounds': 'mock round',
};

function describe(summary: ImportSummary): ImportSummary {
  const lines: string[] = [];
  for (const [kind, c] of Object.entries(summary.counts) as [ImportKind, MergeCount][]) {
    const parts = [c.added && `${c.added} added`, c.skipped && `${c.skipped} already here`, c.updated && `${c.updated} updated from the file`].filter(Boolean);
    if (parts.length) lines.push(`${kind[0]!.toUpperCase()}${kind.slice(1)}: ${parts.join(', ')}.`);
    if (c.keptBoth && kind === 'drafts')
      lines.push(`${count(c.keptBoth, ONE.drafts, kind)} differed from yours and yours was newer: yours stays, the file’s version is in History.`);
    else if (c.keptBoth) lines.push(`${count(c.keptBoth, ONE[kind], kind)} differed from yours: both kept, the file’s as a copy.`);
    if (c.updated && kind === 'drafts') lines.push('Where the file’s draft was newer, your earlier text is kept in History.');
  }
  return { ...summary, lines: lines.length ? lines : ['The file held nothing new.'] };
}
