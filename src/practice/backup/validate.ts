/** The whole file is checked before anything is written: manifest, every record, every byte of audio. */
import * as v from 'valibot';
import { describeIssues } from '../../store/checked';
import { upgradeRecords, type StoreRecords } from '../../store/backup-upgrade';
import { DB_VERSION, type Take } from '../../store/schema';
import { APP_ID, FORMAT_VERSION, BACKUP_LIMITS, MANIFEST, audioFileOf, audioMatchesType, sha256, type ExportedStore } from './format';
import { ManifestHeadSchema, ManifestSchema, RECORD_SCHEMAS, type AudioEntry, type ChunkEntry, type FileEntry, type Manifest } from './manifest';
import { BackupRefused, openBackupZip, refuse, type BackupZip } from './read-zip';

export interface ValidBackup {
  manifest: Manifest;
  /** Upgraded to this database version and checked against its schemas. */
  records: StoreRecords;
  chunks: Map<string, ChunkEntry[]>;
  /** A take's audio, read again and checked again against its SHA-256 (the file may change under us). */
  audio(take: Take): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readChecked(zip: BackupZip, entry: FileEntry): Promise<Uint8Array<ArrayBuffer>> {
  if (zip.sizes.get(entry.file) !== entry.bytes) refuse(`“${entry.file}” is ${zip.sizes.get(entry.file)} bytes but the manifest says ${entry.bytes}.`);
  const data = await zip.read(entry.file);
  if ((await sha256(data)) !== entry.sha256) refuse(`“${entry.file}” does not match its checksum: the file is damaged or was edited.`);
  return data;
}

function parseJson(name: string, data: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(data));
  } catch {
    return refuse(`“${name}” is not valid JSON.`);
  }
}

async function readManifest(zip: BackupZip): Promise<Manifest> {
  const size = zip.sizes.get(MANIFEST) ?? refuse('This is not a Rehearse backup: it has no manifest.json.');
  if (size > BACKUP_LIMITS.manifestBytes) refuse('manifest.json is far larger than a backup’s manifest.');
  const raw = parseJson(MANIFEST, await zip.read(MANIFEST));
  const head = v.safeParse(ManifestHeadSchema, raw);
  if (!head.success || head.output.app !== APP_ID) refuse('This is not a Rehearse backup (its manifest is another app’s).');
  const { formatVersion, dbVersion } = head.output;
  if (formatVersion > FORMAT_VERSION || dbVersion > DB_VERSION)
    refuse('This backup was made by a newer version of Rehearse. Update the app (reload it online), then import again.');
  const manifest = v.safeParse(ManifestSchema, raw);
  if (!manifest.success) refuse(`The manifest is malformed: ${describeIssues(manifest.issues)}.`);
  return manifest.output;
}

export async function validateBackup(file: Blob, factory: IDBFactory): Promise<ValidBackup> {
  const zip = await openBackupZip(file);
  try {
    const manifest = await readManifest(zip);
    const listed = [MANIFEST, ...Object.values(manifest.stores).map((s) => s.file), ...manifest.audio.map((a) => a.file)];
    if (new Set(listed).size !== listed.length) refuse('The manifest lists a file twice.');
    for (const name of zip.sizes.keys()) if (!listed.includes(name)) refuse(`The file holds “${name}”, which its manifest does not list.`);
    for (const name of listed) if (!zip.sizes.has(name)) refuse(`“${name}” is missing: the file is incomplete or cut short.`);

    let raw: StoreRecords = {};
    for (const [store, entry] of Object.entries(manifest.stores) as [ExportedStore, (typeof manifest.stores)[ExportedStore] & object][]) {
      if (entry.file !== `${store}.json`) refuse(`The manifest files “${store}” under an unexpected name.`);
      if (entry.bytes > BACKUP_LIMITS.jsonBytes) refuse(`“${entry.file}” is larger than a backup’s records may be.`);
      const list = parseJson(entry.file, await readChecked(zip, entry));
      if (!Array.isArray(list) || list.length !== entry.count) refuse(`“${entry.file}” does not hold the ${entry.count} records the manifest counts.`);
      raw[store] = list as unknown[];
    }
    try {
      raw = await upgradeRecords(factory, manifest.dbVersion, raw);
    } catch (error) {
      refuse(`The records could not be brought up to this version of Rehearse (${error instanceof Error ? error.message : 'upgrade failed'}).`);
    }
    const records = checkRecords(raw);
    const chunks = checkAudioLayout(manifest, records);
    const audioOf = new Map(manifest.audio.map((a) => [a.takeId, a]));
    for (const entry of manifest.audio) await checkAudio(entry, await readChecked(zip, entry));
    return {
      manifest,
      records,
      chunks,
      audio: (take) => readChecked(zip, audioOf.get(take.id)!),
      close: () => zip.close(),
    };
  } catch (error) {
    await zip.close().catch(() => {});
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`The file could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function checkRecords(raw: StoreRecords): StoreRecords {
  const out: StoreRecords = {};
  for (const [store, list] of Object.entries(raw) as [ExportedStore, unknown[]][]) {
    out[store] = list.map((record, i) => {
      const result = v.safeParse(RECORD_SCHEMAS[store], record);
      return result.success ? result.output : refuse(`Record ${i + 1} of “${store}” is not valid: ${describeIssues(result.issues)}.`);
    });
  }
  return out;
}

/** Every take has exactly one audio file of its type, and its chunks add up to that file. */
function checkAudioLayout(manifest: Manifest, records: StoreRecords): Map<string, ChunkEntry[]> {
  const takes = (records.takes ?? []) as Take[];
  if (new Set(takes.map((t) => t.id)).size !== takes.length) refuse('Two takes in the file share one id.');
  const audio = new Map(manifest.audio.map((a) => [a.takeId, a]));
  if (audio.size !== manifest.audio.length || audio.size !== takes.length) refuse('The audio files do not match the takes one for one.');
  const chunks = new Map<string, ChunkEntry[]>(takes.map((t) => [t.id, []]));
  for (const chunk of (records.chunks ?? []) as ChunkEntry[]) {
    (chunks.get(chunk.takeId) ?? refuse(`A piece of audio belongs to no take in the file (“${chunk.takeId}”).`)).push(chunk);
  }
  for (const take of takes) {
    const entry = audio.get(take.id) ?? refuse(`The take “${take.id}” has no audio file.`);
    if (entry.mimeType !== take.mimeType || entry.file !== audioFileOf(take.id, take.mimeType)) refuse(`The audio of “${take.id}” is not of the take’s type.`);
    const list = chunks.get(take.id)!.sort((a, b) => a.seq - b.seq);
    if (new Set(list.map((c) => c.seq)).size !== list.length) refuse(`The take “${take.id}” lists a piece of audio twice.`);
    const sum = list.reduce((s, c) => s + c.bytes, 0);
    if (sum !== entry.bytes || take.bytes !== entry.bytes || take.chunkCount !== list.length)
      refuse(`The audio of “${take.id}” does not add up to the size its take records.`);
  }
  return chunks;
}

async function checkAudio(entry: AudioEntry, data: Uint8Array): Promise<void> {
  if (entry.bytes > 0 && !audioMatchesType(entry.mimeType, data.subarray(0, 16))) refuse(`“${entry.file}” is not ${entry.mimeType} audio.`);
}
