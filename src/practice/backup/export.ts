/** Writing a backup: records and audio streamed into a zip, one take's audio in memory at a time. */
import { makeZip } from 'client-zip';
import * as v from 'valibot';
import { version as appVersion } from '../../../package.json';
import { readStore, takeChunks, type BackupScope, type SettingEntry, type TextStore } from '../../store/backup';
import { DB_VERSION, STORES, type RehearseDb, type Take } from '../../store/schema';
import { RECORD_SCHEMAS } from './manifest';
import { APP_ID, EXPORTED_STORES, FORMAT_VERSION, LOCAL_SETTINGS, MANIFEST, audioFileOf, fileOf, sha256, type ChunkEntry, type Manifest } from './format';

interface ZipInput {
  name: string;
  input: Uint8Array;
  lastModified: Date;
}

const encoder = new TextEncoder();

/** The zip's entries in order: JSON per store, audio per take, chunks.json, then the manifest that vouches for them all. */
export async function* backupEntries(db: RehearseDb, scope: BackupScope = {}, now = Date.now()): AsyncGenerator<ZipInput> {
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
    // A record the app itself sets aside as unreadable would make the whole file refused on import.
    records = records.filter((record) => v.is(RECORD_SCHEMAS[store], record));
    if (store === STORES.takes) takes = records as Take[];
    yield await json(store, records);
  }
  const chunks: ChunkEntry[] = [];
  for (const take of takes) {
    const parts: Uint8Array[] = [];
    for await (const chunk of takeChunks(db, take.id)) {
      parts.push(new Uint8Array(chunk.data));
      chunks.push({ takeId: take.id, seq: chunk.seq, atMs: chunk.atMs, bytes: chunk.data.byteLength });
    }
    const input = concat(parts);
    const file = audioFileOf(take.id, take.mimeType);
    manifest.audio.push({ file, takeId: take.id, mimeType: take.mimeType, bytes: input.byteLength, sha256: await sha256(input) });
    yield { name: file, input, lastModified };
  }
  yield await json(STORES.chunks, chunks);
  yield { name: MANIFEST, input: encoder.encode(JSON.stringify(manifest, null, 1)), lastModified };
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
export function backupStream(db: RehearseDb, scope: BackupScope = {}, now = Date.now()): ReadableStream<Uint8Array> {
  return makeZip(backupEntries(db, scope, now), { buffersAreUTF8: true });
}

export function backupFileName(now: number, about = 'backup'): string {
  return `rehearse-${about}-${new Date(now).toISOString().slice(0, 10)}.zip`;
}
