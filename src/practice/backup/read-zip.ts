/**
 * Opening a backup file: zip.js reads the central directory by slices (never the whole file), and
 * every entry is checked for what a hostile zip tries: unsafe or duplicate names, lying sizes, bombs.
 */
import { BlobReader, ERR_AMBIGUOUS_ARCHIVE, ZipReader, configure, type Entry, type FileEntry } from '@zip.js/zip.js/lib/zip-core-custom.js';
import { BACKUP_LIMITS } from './format';

// The 'custom' build: no workers (the CSP allows none from blob:), no wasm, no JS inflate; the browser's DecompressionStream inflates.
configure({ useWebWorkers: false });

/** A file that is not imported, with the reason the user is shown. */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
}
// A declaration, not an arrow: TypeScript narrows after a call only to a declared `never` function.
export function refuse(message: string): never {
  throw new BackupRefused(message);
}

export interface BackupZip {
  /** Entry names and their declared (uncompressed) sizes. */
  sizes: Map<string, number>;
  /** One entry's bytes, refused when it holds more or fewer than it declared. */
  read(name: string): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

const unsafeName = (name: string) =>
  name === '' ||
  name.startsWith('/') ||
  /^[a-z]:/i.test(name) ||
  name.includes('\\') ||
  name.includes('\0') ||
  name.split('/').some((part) => part === '..' || part === '.');

export async function openBackupZip(file: Blob): Promise<BackupZip> {
  const reader = new ZipReader(new BlobReader(file), { useWebWorkers: false, checkCrc32: true, strictness: 'strict' });
  let entries: Entry[];
  try {
    entries = await reader.getEntries({ filenameValidation: 'tolerant' }); // names are judged below, with our own message
  } catch (error) {
    if (error instanceof Error && error.message === ERR_AMBIGUOUS_ARCHIVE) {
      return refuse('The file reads in more than one way (an entry twice, or data hidden around the zip): refused.');
    }
    return refuse('This is not a Rehearse backup: it is not a zip file, or the file is damaged or cut short.');
  }
  if (entries.length > BACKUP_LIMITS.entries) refuse(`The file holds ${entries.length} entries; a backup holds at most ${BACKUP_LIMITS.entries}.`);
  const byName = new Map<string, FileEntry>();
  let total = 0;
  for (const entry of entries) {
    const name = entry.filename;
    if (unsafeName(name)) refuse(`The file holds an entry with an unsafe name (“${name.slice(0, 80)}”).`);
    if (byName.has(name)) refuse(`The file holds “${name}” twice.`);
    if (entry.directory) refuse(`The file holds a folder entry (“${name}”) that no Rehearse backup has.`);
    if (entry.encrypted) refuse(`“${name}” is encrypted.`);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) refuse(`“${name}” uses a compression this app does not read.`);
    const size = entry.uncompressedSize;
    if (!Number.isSafeInteger(size) || size < 0 || size > BACKUP_LIMITS.audioBytes)
      refuse(`“${name}” claims ${size} bytes, more than a backup entry may hold.`);
    if (entry.compressionMethod === 8 && size > Math.max(1024, entry.compressedSize * BACKUP_LIMITS.compressionRatio)) {
      refuse(`“${name}” expands ${Math.round(size / Math.max(1, entry.compressedSize))} times: refused as a zip bomb.`);
    }
    total += size;
    if (total > BACKUP_LIMITS.totalBytes) refuse('The file unpacks to more than a backup may hold: refused as a zip bomb.');
    byName.set(name, entry as FileEntry);
  }
  return {
    sizes: new Map([...byName].map(([name, e]) => [name, e.uncompressedSize])),
    read: (name) => readEntry(byName.get(name) ?? refuse(`“${name}” is missing from the file.`)),
    close: () => reader.close(),
  };
}

/** Read into a buffer of the declared size; a stream that runs past it is stopped there, not trusted. */
async function readEntry(entry: FileEntry): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(entry.uncompressedSize);
  let filled = 0;
  const writable = new WritableStream<Uint8Array>({
    write(chunk) {
      if (filled + chunk.byteLength > out.byteLength) throw new BackupRefused(`“${entry.filename}” holds more than it declares.`);
      out.set(chunk, filled);
      filled += chunk.byteLength;
    },
  });
  try {
    await entry.getData(writable);
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    refuse(`“${entry.filename}” is damaged (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (filled !== out.byteLength) refuse(`“${entry.filename}” holds fewer bytes than it declares: the file is damaged or cut short.`);
  return out;
}
