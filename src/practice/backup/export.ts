/** Writing a backup: records and audio streamed into a zip, one take's audio in memory at a time. */
import { makeZip } from 'client-zip';
import { version as appVersion } from '../../../package.json';
import * as v from 'valibot';
import { checkRecord, keepValid } from '../../store/checked';
import { readStore, takeChunks, type BackupScope, type SettingEntry, type TextStore } from '../../store/backup';
import { DB_VERSION, STORES, type RehearseDb, type Take } from '../../store/schema';
import { count } from '../../shared/format';
import { SettingEntrySchema } from './manifest';
import { APP_ID, EXPORTED_STORES, FORMAT_VERSION, LOCAL_SETTINGS, MANIFEST, audioFileOf, fileOf, sha256 } from './format';
import type { ChunkEntry, Manifest } from './manifest';

interface ZipInput {
  name: string;
  input: Uint8Array;
  lastModified: Date;
}

const encoder = new TextEncoder();

/** What a backup left out, for the message after it is saved. */
export interface ExportReport {
  /** Records that fail their own schema (listed under "Needs attention"; an import would refuse them). */
  unreadable: number;
  /** Takes still being recorded (in another tab): their audio is not finished. */
  recording: number;
}
export const emptyReport = (): ExportReport => ({ unreadable: 0, recording: 0 });

const KIND_OF_STORE = {
  drafts: 'draft',
  revisions: 'revision',
  stories: 'story',
  customQuestions: 'customQuestion',
  takes: 'take',
  reviews: 'review',
  rounds: 'round',
} as const;

/**
 * The zip's entries: JSON per store, audio per take, then takes.json and chunks.json (written after the
 * audio, so a take's counts match the chunks actually exported), then the manifest that vouches for them all.
 */
export async function* backupEntries(db: RehearseDb, scope: BackupScope = {}, now = Date.now(), report = emptyReport()): AsyncGenerator<ZipInput> {
  const lastModified = new Date(now);
  const manifest: Manifest = {
    app: APP_ID,
    formatVersion: FORMAT_VERSION,
    appVersion,
    dbVersion: DB_VERSION,
    exportedAt: now,
    scope,
    stores: {},
    audio: [],
  };
  const json = async (store: (typeof EXPORTED_STORES)[number], records: unknown[]) => {
    const input = encoder.encode(JSON.stringify(records));
    manifest.stores[store] = { file: fileOf(store), count: records.length, bytes: input.byteLength, sha256: await sha256(input) };
    return { name: fileOf(store), input, lastModified };
  };
  let takes: Take[] = [];
  for (const store of EXPORTED_STORES) {
    if (store === STORES.chunks) continue;
    let records = await readStore(db, store as TextStore, scope);
    if (store === STORES.settings) records = (records as SettingEntry[]).filter((s) => !LOCAL_SETTINGS.includes(s.key));
    // The store's own check: an unreadable record stays on the device ("Needs attention") and out of the file,
    // which an import would otherwise refuse whole.
    const valid =
      store === STORES.settings
        ? records.filter((entry) => v.is(SettingEntrySchema, entry))
        : keepValid(KIND_OF_STORE[store as keyof typeof KIND_OF_STORE], records);
    report.unreadable += records.length - valid.length;
    if (store === STORES.takes) {
      takes = (valid as Take[]).filter((take) => take.status !== 'recording');
      report.recording += valid.length - takes.length;
      continue;
    }
    yield await json(store, valid);
  }
  const chunks: ChunkEntry[] = [];
  const exported: Take[] = [];
  for (const take of takes) {
    const parts: Uint8Array[] = [];
    for await (const stored of takeChunks(db, take.id)) {
      const chunk = checkRecord('chunk', stored);
      if (!chunk) {
        report.unreadable++;
        continue;
      }
      parts.push(new Uint8Array(chunk.data));
      chunks.push({ takeId: take.id, seq: chunk.seq, atMs: chunk.atMs, bytes: chunk.data.byteLength });
    }
    const input = concat(parts);
    const file = audioFileOf(take.id, take.mimeType);
    manifest.audio.push({ file, takeId: take.id, mimeType: take.mimeType, bytes: input.byteLength, sha256: await sha256(input) });
    exported.push(parts.length === take.chunkCount && input.byteLength === take.bytes ? take : { ...take, chunkCount: parts.length, bytes: input.byteLength });
    yield { name: file, input, lastModified };
  }
  yield await json(STORES.takes, exported);
  yield await json(STORES.chunks, chunks);
  yield { name: MANIFEST, input: encoder.encode(JSON.stringify(manifest, null, 1)), lastModified };
}

/** "2 unreadable records and 1 take still being recorded were left out." — or nothing when all went in. */
export function leftOutNote({ unreadable, recording }: ExportReport): string[] {
  const parts = [
    unreadable ? `${count(unreadable, 'unreadable record', 'unreadable records')} (see Needs attention)` : '',
    recording ? `${count(recording, 'take', 'takes')} still being recorded` : '',
  ].filter(Boolean);
  return parts.length ? [`Left out: ${parts.join(' and ')}.`] : [];
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** The backup as a stream of zip bytes (stored entries, zip64 when large). */
export function backupStream(db: RehearseDb, scope: BackupScope = {}, now = Date.now(), report = emptyReport()): ReadableStream<Uint8Array> {
  return makeZip(backupEntries(db, scope, now, report), { buffersAreUTF8: true });
}

export function backupFileName(now: number, about = 'backup'): string {
  return `rehearse-${about}-${new Date(now).toISOString().slice(0, 10)}.zip`;
}
