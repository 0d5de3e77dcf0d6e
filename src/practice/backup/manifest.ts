/** The manifest's own schema, and the shapes of the JSON files that are not plain records. */
import { TypeConvert, type CardInput } from 'ts-fsrs';
import * as v from 'valibot';
import { ChunkSchema, RECORD_KINDS, settingSchemaFor, SettingValueSchema } from '../../store/records';
import { APP_ID, BACKUP_LIMITS, EXPORTED_STORES, type ExportedStore } from './format';

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const fileEntry = { file: v.pipe(v.string(), v.maxLength(300)), bytes: count, sha256: sha };
const storeEntry = v.object({ ...fileEntry, count: v.pipe(count, v.maxValue(BACKUP_LIMITS.recordsPerStore)) });

/** Read loosely first (app and versions), so a foreign or newer file gets its own message. */
export const ManifestHeadSchema = v.object({ app: v.string(), formatVersion: v.number(), dbVersion: v.number() });

export const ManifestSchema = v.object({
  app: v.literal(APP_ID),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  dbVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.number(),
  /** Empty for a full backup, or what a partial export holds. */
  scope: v.object({ questionId: v.optional(v.string()), takeId: v.optional(v.string()) }),
  /** Only the exported stores: one kept on the device (the assembled audio) in a file is refused. */
  stores: v.record(v.picklist(EXPORTED_STORES), storeEntry),
  audio: v.pipe(v.array(v.object({ ...fileEntry, takeId: v.string(), mimeType: v.pipe(v.string(), v.maxLength(200)) })), v.maxLength(BACKUP_LIMITS.entries)),
});

/** chunks.json: a chunk without its bytes, which are the next `bytes` of its take's audio file. */
export const ChunkEntrySchema = v.object({ ...v.omit(ChunkSchema, ['data']).entries, bytes: count });
/** A setting with a schema of its own (e.g. the interview targets) must fit it. */
export const SettingEntrySchema = v.pipe(
  v.object({ key: v.string(), value: SettingValueSchema }),
  v.check((entry) => {
    const own = settingSchemaFor(entry.key);
    return !own || v.is(own, entry.value);
  }, 'a setting whose value does not fit its shape'),
);

/**
 * JSON keeps a review card's Dates as text: ts-fsrs turns them back (TypeConvert.card), then the record's own
 * schema judges the result. Text that is no date stays as it is, so the schema refuses it instead of a throw.
 */
function reviewFromJson(raw: unknown): unknown {
  const card = (raw as { card?: unknown } | null)?.card;
  if (typeof card !== 'object' || card === null) return raw;
  try {
    const { elapsed_days: _gone, ...restored } = TypeConvert.card(card as CardInput);
    if (restored.last_review === undefined) delete restored.last_review;
    return { ...(raw as object), card: restored };
  } catch {
    return raw;
  }
}
export const ReviewEntrySchema = v.pipe(v.unknown(), v.transform(reviewFromJson), RECORD_KINDS.review.schema);

export type Manifest = v.InferOutput<typeof ManifestSchema>;
export type AudioEntry = Manifest['audio'][number];
/** What the manifest says of any file it lists: its name, size and SHA-256. */
export type FileEntry = Pick<AudioEntry, 'file' | 'bytes' | 'sha256'>;
/** A chunk as chunks.json lists it: its bytes are the next `bytes` of the take's audio file. */
export type ChunkEntry = v.InferOutput<typeof ChunkEntrySchema>;

/** The schema each store's JSON records must pass (after upgrading to this database version). */
export const RECORD_SCHEMAS: Record<ExportedStore, v.GenericSchema> = {
  drafts: RECORD_KINDS.draft.schema,
  revisions: RECORD_KINDS.revision.schema,
  stories: RECORD_KINDS.story.schema,
  customQuestions: RECORD_KINDS.customQuestion.schema,
  takes: RECORD_KINDS.take.schema,
  settings: SettingEntrySchema,
  chunks: ChunkEntrySchema,
  reviews: ReviewEntrySchema,
  rounds: RECORD_KINDS.round.schema,
};
