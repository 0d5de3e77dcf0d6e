/**
 * A mock round as it runs and as it is kept: plain JSON, checked with valibot so a damaged or foreign
 * entry is rejected with a reason, never half-used. Shared by the round's journal (practice/rounds) and
 * the store of finished rounds (store/records.ts), which may not import practice/.
 */
import * as v from 'valibot';

const time = v.pipe(v.number('must be a clock time'), v.finite('must be a clock time'), v.minValue(0, 'must be a clock time'));
const ms = v.pipe(v.number('must be milliseconds'), v.integer('must be whole milliseconds'), v.minValue(0, 'must be milliseconds'));
const index = v.pipe(v.number('must be an index'), v.integer('must be an index'), v.minValue(0, 'must be an index'));
const id = v.pipe(v.string('must be a non-empty string'), v.minLength(1, 'must be a non-empty string'));

export const RoundItemSchema = v.strictObject({ questionId: id, probes: v.array(id, 'must be a list of probes') });
export const RoundSchema = v.strictObject({
  id,
  title: v.string('must be a string'),
  presetId: v.nullable(id),
  items: v.array(RoundItemSchema, 'must be a list of items'),
  minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  thinkingMs: ms,
  answerMs: v.pipe(ms, v.minValue(1, 'must be at least 1 ms')),
  short: v.nullable(v.string()),
});

/** Where a round is: item `item`, and `probe` null for the question itself or the index of its follow-up. */
export const CursorSchema = v.strictObject({ item: index, probe: v.nullable(index) });

export const OUTCOMES = ['answered', 'timeUp', 'skipped', 'cut'] as const;
export const RoundAnswerSchema = v.strictObject({
  item: index,
  probe: v.nullable(index),
  questionId: id,
  /** The follow-up asked, or null for the question itself. */
  prompt: v.nullable(v.string()),
  /** answered: stopped by the user; timeUp: the limit stopped it; skipped; cut: the round was finished mid-answer. */
  outcome: v.picklist(OUTCOMES, `must be one of ${OUTCOMES.join(', ')}`),
  /** The recorded take, once saved (it may arrive after the answer stopped); null when typed or none. */
  take: v.nullable(id),
  /** The typed answer when there is no microphone. */
  text: v.nullable(v.string()),
  thinkingMs: ms,
  answerMs: ms,
});

export const STATUSES = ['ready', 'running', 'paused', 'finished', 'discarded'] as const;
export const RUN_VERSION = 1;
export const RoundRunSchema = v.strictObject({
  version: v.literal(RUN_VERSION, `must be ${RUN_VERSION}`),
  round: RoundSchema,
  status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  at: CursorSchema,
  phase: v.picklist(['thinking', 'answering'], 'must be thinking or answering'),
  /** Clock time the current phase began, moved on by each pause, so paused time never counts. */
  phaseStart: time,
  /** The thinking the current step took (set when its answer starts). */
  thought: ms,
  pausedAt: v.nullable(time),
  /** Read back after a reload: the recorder is gone, so resuming an answer starts a new capture. */
  reloaded: v.boolean('must be true or false'),
  answers: v.array(RoundAnswerSchema, 'must be a list of answers'),
  startedAt: v.nullable(time),
  finishedAt: v.nullable(time),
  /** The last clock time the run saw (every event, every tick): a crashed tab's round is read back paused here. */
  seenAt: time,
  pausedMs: ms,
});

export type Cursor = v.InferOutput<typeof CursorSchema>;
export type RoundAnswer = v.InferOutput<typeof RoundAnswerSchema>;
export type Outcome = RoundAnswer['outcome'];
export type RoundStatus = (typeof STATUSES)[number];
export type RoundRun = v.InferOutput<typeof RoundRunSchema>;
