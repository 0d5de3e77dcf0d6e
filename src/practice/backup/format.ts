/** The backup file: a zip of one JSON file per store, one audio file per take, and manifest.json. */
import { baseType, extensionFor } from '../../audio/mime';
import { STORES, type StoreName } from '../../store/schema';

/** The zip's layout. The records' shapes follow `dbVersion`, upgraded by the database's own steps. */
export const FORMAT_VERSION = 1;
export const APP_ID = 'rehearse';
export const MANIFEST = 'manifest.json';

/** Every store is either in the file or deliberately left on the device (see the coverage test). */
export const EXPORTED_STORES = [
  STORES.drafts,
  STORES.revisions,
  STORES.stories,
  STORES.customQuestions,
  STORES.settings,
  STORES.takes,
  STORES.chunks, // as chunks.json (seq, atMs, bytes) + the take's audio file
  STORES.reviews,
  STORES.rounds,
] as const satisfies readonly StoreName[];
export type ExportedStore = (typeof EXPORTED_STORES)[number];
/** Derived from the exported records and rebuilt from them: the assembled audio doubles nothing in the file. */
export const LOCAL_STORES: readonly StoreName[] = [STORES.assembled];
/** Settings about this device, not about the user's work. */
export const LOCAL_SETTINGS: readonly string[] = ['lastBackupAt', 'backupReminderDismissedAt'];

export const fileOf = (store: StoreName) => `${store}.json`;
export const audioFileOf = (takeId: string, mimeType: string) => `audio/${takeId}.${extensionFor(mimeType)}`;

/** Limits that a real backup stays far below and a hostile one does not. */
export const BACKUP_LIMITS = {
  entries: 20_000,
  recordsPerStore: 200_000,
  jsonBytes: 64 * 1024 * 1024,
  manifestBytes: 8 * 1024 * 1024,
  audioBytes: 1024 * 1024 * 1024,
  totalBytes: 8 * 1024 * 1024 * 1024,
  /** Deflated JSON from another tool: more than this ratio is a zip bomb, not text. */
  compressionRatio: 200,
};

/** The container a MIME type claims, checked against the audio's first bytes. */
export function audioMatchesType(mimeType: string, head: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  switch (extensionFor(mimeType)) {
    case 'webm':
      return head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3;
    case 'ogg':
      return ascii(0, 4) === 'OggS';
    case 'm4a':
      return ascii(4, 8) === 'ftyp' || baseType(mimeType) === 'audio/aac';
    case 'wav':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE';
    default:
      return false;
  }
}

export async function sha256(data: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
