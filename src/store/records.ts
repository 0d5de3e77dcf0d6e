/**
 * What every record kind in IndexedDB looks like, as valibot schemas. Records read back (and, later,
 * import files) are checked against these; the record types are inferred from them, never written twice.
 */
import * as v from 'valibot';
import { FRAMEWORK_IDS } from '../shared/frameworks.ts';
import { RoundRunSchema } from '../shared/round-run.ts';
import { RECORD_KIND_LABELS } from './record-kinds.ts';

// Dates past ±8.64e15 ms or NaN make Intl and Date throw in a render: a record holding one is bad.
const epochMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const durationMs = v.pipe(v.number(), v.finite(), v.minValue(0));
const framework = v.picklist(FRAMEWORK_IDS);
/** Text per framework part key (situation, task, …, free). */
const frameworkFields = v.record(v.string(), v.string());
const strings = v.array(v.string());

export const DraftSchema = v.object({
  questionId: v.string(),
  framework,
  /** Switching framework keeps every key. */
  fields: frameworkFields,
  /** +1 on every successful save; tells a tab that another tab wrote in between. */
  rev: count,
  updatedAt: epochMs,
  deviceId: v.optional(v.string()),
});

export const RevisionSchema = v.object({
  /** Handed out by the store (autoIncrement); absent only before the first write. */
  id: v.optional(count),
  questionId: v.string(),
  framework,
  fields: frameworkFields,
  savedAt: epochMs,
  reason: v.picklist(['autosave', 'restore', 'framework-switch', 'manual', 'import']),
});

export const StorySchema = v.object({
  id: v.string(),
  title: v.string(),
  framework,
  fields: frameworkFields,
  tags: strings,
  metric: v.string(),
  questionIds: strings,
  createdAt: epochMs,
  updatedAt: epochMs,
  /** Save counter for the rev check of story saves; older stories have none. */
  rev: v.optional(count),
});

export const CustomQuestionSchema = v.object({
  /** 'custom-' + slug + short random suffix; never changes, drafts are keyed by it. */
  id: v.pipe(v.string(), v.startsWith('custom-')),
  text: v.string(),
  categories: strings,
  companies: strings,
  testing: v.string(),
  createdAt: epochMs,
  updatedAt: epochMs,
});

export const TAKE_STATUSES = ['recording', 'complete', 'recovered'] as const;

export const TakeAnalysisSchema = v.object({
  speakingMs: durationMs,
  silenceMs: durationMs,
  longestPauseMs: durationMs,
  longPauses: count,
  pauses: v.array(v.object({ startMs: durationMs, endMs: durationMs })),
  /** Peaks 0..1 for the waveform, so opening a long take does not decode it again. */
  waveform: v.optional(v.array(v.pipe(v.number(), v.finite()))),
});

/** One recorded answer. Its audio lives in chunks, apart, so listing takes never loads audio. */
export const TakeSchema = v.object({
  /** 'take-' + randomId(12) */
  id: v.string(),
  questionId: v.string(),
  /** e.g. 'audio/webm;codecs=opus', from the first chunk; never assumed. */
  mimeType: v.string(),
  status: v.picklist(TAKE_STATUSES),
  startedAt: epochMs,
  /** Measured by the recorder (Chrome's WebM carries none); for a recovered take, an estimate. */
  durationMs,
  chunkCount: count,
  bytes: count,
  /** '' → the UI shows a default ("Take 3"). */
  name: v.string(),
  /** 0 = unrated, 1–5 */
  rating: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5)),
  notes: v.string(),
  analysis: v.optional(TakeAnalysisSchema),
  /** The audio could not be decoded on this device: no figures, and no retry at every start. */
  analysisFailed: v.optional(v.boolean()),
  transcript: v.optional(v.string()),
  updatedAt: epochMs,
});

/** A piece of a take's audio, stored as it is recorded. ArrayBuffer: Safari cannot store Blobs. */
export const ChunkSchema = v.object({
  takeId: v.string(),
  /** 0, 1, 2… in recording order. */
  seq: count,
  // Checked by tag, not instanceof: a buffer from another realm (a test's fake IndexedDB) is still one.
  data: v.custom<ArrayBuffer>((data) => Object.prototype.toString.call(data) === '[object ArrayBuffer]', 'Expected an ArrayBuffer'),
  /** ms since the take started when the chunk arrived. */
  atMs: durationMs,
});

/**
 * A finished take's chunks joined into one file (derived data, see store/takes keepAssembledAudio). It
 * records what it was built from, so a copy that no longer matches its take is never played.
 * A Blob where the engine can store one (Chromium reads it back as a lazy file reference: no copy);
 * an ArrayBuffer where it cannot (WebKit).
 */
export const AssembledAudioSchema = v.object({
  takeId: v.string(),
  /** The take's chunkCount and bytes when it was built. */
  chunkCount: count,
  bytes: count,
  // By tag, not instanceof: a value from another realm (a test's fake IndexedDB) is still one.
  audio: v.custom<Blob | ArrayBuffer>(
    (data) => ['[object Blob]', '[object File]', '[object ArrayBuffer]'].includes(Object.prototype.toString.call(data)),
    'Expected a Blob or an ArrayBuffer',
  ),
});

/** A Date that Intl and the scheduler can use (IndexedDB keeps Dates; a backup's JSON turns them into text, see manifest.ts). */
const validDate = v.pipe(
  v.date(),
  v.check((d) => Math.abs(d.getTime()) <= 8.64e15 && d.getTime() >= 0, 'a date in range'),
);

export const REVIEW_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export const REVIEW_ITEM_KINDS = ['question', 'story'] as const;

/** An FSRS card as ts-fsrs 5 gives it, without `elapsed_days` (gone in FSRS 6: worked out from last_review). */
export const ReviewCardSchema = v.object({
  due: validDate,
  stability: v.pipe(v.number(), v.finite(), v.minValue(0)),
  difficulty: v.pipe(v.number(), v.finite(), v.minValue(0)),
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  /** 0 new, 1 learning, 2 review, 3 relearning */
  state: v.picklist([0, 1, 2, 3]),
  last_review: v.optional(validDate),
});

/** When a question or story comes back for review, and the last few grades the user gave it. */
export const ReviewSchema = v.pipe(
  v.object({
    /** `question:<questionId>` or `story:<storyId>` */
    id: v.string(),
    kind: v.picklist(REVIEW_ITEM_KINDS),
    itemId: v.pipe(v.string(), v.minLength(1)),
    card: ReviewCardSchema,
    /** Oldest first, the newest few kept (the card holds what the scheduler needs). */
    log: v.pipe(v.array(v.object({ at: epochMs, grade: v.picklist(REVIEW_GRADES) })), v.maxLength(50)),
    updatedAt: epochMs,
  }),
  v.check((r) => r.id === `${r.kind}:${r.itemId}`, 'an id made of its kind and item'),
);

/** The largest clock time Date and Intl can show (a Progress page lists rounds by when they ended). */
const MAX_EPOCH_MS = 8.64e15;

/**
 * A finished mock round, kept for the Progress page: the run as the round screen ended it (answers with their
 * outcomes, takes and typed text), keyed by `round.id`. A run still going, or thrown away, is not one.
 */
export const RoundRecordSchema = v.pipe(
  RoundRunSchema,
  v.forward(
    v.check((run) => run.status === 'finished', 'should be finished (a round still going or thrown away is not kept)'),
    ['status'],
  ),
  v.forward(
    v.check(
      (run) => run.finishedAt !== null && run.finishedAt <= MAX_EPOCH_MS && (run.startedAt === null || run.startedAt <= run.finishedAt),
      'should be the time the round finished, not before it started',
    ),
    ['finishedAt'],
  ),
);

/** Settings are key → value; each value is checked where it is read, against the fallback's type or its own schema below. */
export const SettingValueSchema = v.union([v.string(), v.number(), v.boolean(), v.null(), v.record(v.string(), v.unknown()), v.array(v.unknown())]);

/** The level the user interviews at: it sets how many stories coverage asks for. */
export const INTERVIEW_LEVELS = ['senior', 'staff', 'manager'] as const;
/** The companies the user interviews with and at what level (Stories → Coverage). */
export const InterviewTargetsSchema = v.object({
  companies: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(200)),
  level: v.nullable(v.picklist(INTERVIEW_LEVELS)),
  /** The day of the interview (YYYY-MM-DD, the user's calendar day), when set: home counts down to it. */
  date: v.optional(v.nullable(v.pipe(v.string(), v.isoDate()))),
});
export type InterviewTargets = v.InferOutput<typeof InterviewTargetsSchema>;
export const INTERVIEW_TARGETS = 'interviewTargets';

/** Settings whose value has a shape of its own: checked when read back and when imported. */
export const SETTING_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = { [INTERVIEW_TARGETS]: InterviewTargetsSchema };
export const settingSchemaFor = (key: unknown): v.GenericSchema | undefined =>
  typeof key === 'string' && Object.hasOwn(SETTING_SCHEMAS, key) ? SETTING_SCHEMAS[key] : undefined;

export type Draft = v.InferOutput<typeof DraftSchema>;
export type Revision = v.InferOutput<typeof RevisionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type CustomQuestion = v.InferOutput<typeof CustomQuestionSchema>;
export type TakeStatus = v.InferOutput<typeof TakeSchema>['status'];
export type TakeAnalysis = v.InferOutput<typeof TakeAnalysisSchema>;
export type Take = v.InferOutput<typeof TakeSchema>;
export type ChunkRecord = v.InferOutput<typeof ChunkSchema>;
export type AssembledAudio = v.InferOutput<typeof AssembledAudioSchema>;
export type ReviewCard = v.InferOutput<typeof ReviewCardSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
export type ReviewItemKind = (typeof REVIEW_ITEM_KINDS)[number];
export type RoundRecord = v.InferOutput<typeof RoundRecordSchema>;

/** Every record kind, with the store it lives in and how the user would name it. */
export const RECORD_KINDS = {
  draft: { store: 'drafts', schema: DraftSchema, label: RECORD_KIND_LABELS.draft },
  revision: { store: 'revisions', schema: RevisionSchema, label: RECORD_KIND_LABELS.revision },
  story: { store: 'stories', schema: StorySchema, label: RECORD_KIND_LABELS.story },
  customQuestion: { store: 'customQuestions', schema: CustomQuestionSchema, label: RECORD_KIND_LABELS.customQuestion },
  take: { store: 'takes', schema: TakeSchema, label: RECORD_KIND_LABELS.take },
  chunk: { store: 'chunks', schema: ChunkSchema, label: RECORD_KIND_LABELS.chunk },
  setting: { store: 'settings', schema: SettingValueSchema, label: RECORD_KIND_LABELS.setting },
  review: { store: 'reviews', schema: ReviewSchema, label: RECORD_KIND_LABELS.review },
  round: { store: 'rounds', schema: RoundRecordSchema, label: RECORD_KIND_LABELS.round },
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;
