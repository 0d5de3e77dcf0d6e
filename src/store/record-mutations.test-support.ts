/**
 * For fuzz tests: seeded random mutations of valid records, each labelled good or bad by a contract
 * written here by hand (not by asking the schemas), so the tests check the schemas as well as the reads.
 */
import type { RecordKind } from './records.ts';
import {
  validChunk,
  validCustomQuestion,
  validDraft,
  validReview,
  validReviewCard,
  validRevision,
  validRound,
  validStory,
  validTake,
} from './valid-records.test-support.ts';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FieldRule {
  required: boolean;
  bad: unknown[];
  good: unknown[];
  /** The field holds the record's key at this name (e.g. a round's `round.id`): never dropped, and its key kept. */
  holdsKey?: string;
}

const text: FieldRule = { required: true, bad: [null, 5, {}, ['a'], true], good: ['', 'Δοκιμή — 测试', 'x'.repeat(2000)] };
const date: FieldRule = { required: true, bad: [null, '2024-01-01', Number.NaN, Infinity, -1, 1e20, {}], good: [0, Date.UTC(2030, 0, 1)] };
const count: FieldRule = { required: true, bad: [null, '3', 1.5, -1, Number.NaN], good: [0, 7] };
const duration: FieldRule = { required: true, bad: [null, '3', -1, Number.NaN, Infinity], good: [0, 1.5, 3_600_000] };
const strings: FieldRule = { required: true, bad: [null, 'evals', [1], [null], {}], good: [[], ['a', 'Ω']] };
const framework: FieldRule = { required: true, bad: [null, 'car', 'STAR', 5], good: ['star', 'sail', 'spsil', 'free'] };
const fields: FieldRule = { required: true, bad: [null, 'text', 5, { situation: 5 }, { situation: null }], good: [{}, { free: 'Ünïcode' }] };
const optional = (rule: FieldRule): FieldRule => ({ ...rule, required: false });
const analysis: FieldRule = {
  required: false,
  bad: ['x', { ...validTake().analysis, pauses: null }, { ...validTake().analysis, speakingMs: 'long' }, { ...validTake().analysis, waveform: [Number.NaN] }],
  good: [{ speakingMs: 0, silenceMs: 0, longestPauseMs: 0, longPauses: 0, pauses: [] }],
};

/** Every field that is not the record's key, with what breaks it and what does not. */
const RULES: Record<Exclude<RecordKind, 'setting'>, Record<string, FieldRule>> = {
  draft: { framework, fields, rev: count, updatedAt: date, deviceId: optional(text) },
  revision: { questionId: text, framework, fields, savedAt: date, reason: { required: true, bad: [null, 'typo', 1], good: ['restore', 'manual'] } },
  story: { title: text, framework, fields, tags: strings, metric: text, questionIds: strings, createdAt: date, updatedAt: date, rev: optional(count) },
  customQuestion: { text, categories: strings, companies: strings, testing: text, createdAt: date, updatedAt: date },
  take: {
    questionId: text,
    mimeType: text,
    status: { required: true, bad: [null, 'done', 1], good: ['complete', 'recovered'] },
    startedAt: date,
    durationMs: duration,
    chunkCount: count,
    bytes: count,
    name: text,
    rating: { required: true, bad: [null, 6, -1, 2.5, '4'], good: [0, 5] },
    notes: text,
    analysis,
    analysisFailed: { required: false, bad: ['yes', 1, null], good: [true, false] },
    transcript: optional(text),
    updatedAt: date,
  },
  review: {
    kind: { required: true, bad: [null, 'story', 'draft', 1], good: ['question'] },
    card: {
      required: true,
      bad: [
        null,
        'soon',
        { ...validReviewCard(), due: '2026-12-01T00:00:00.000Z' },
        { ...validReviewCard(), due: new Date(Number.NaN) },
        { ...validReviewCard(), state: 7 },
        { ...validReviewCard(), stability: Number.NaN },
        { ...validReviewCard(), last_review: 5 },
      ],
      good: [validReviewCard(), { ...validReviewCard(), last_review: undefined, state: 0 }],
    },
    log: { required: true, bad: [null, 'good', [{ at: 1, grade: 'meh' }], [{ at: -1, grade: 'good' }]], good: [[], [{ at: 0, grade: 'easy' }]] },
    updatedAt: date,
  },
  // `round` holds the key (round.id), so it is broken inside, never dropped (a record without its key cannot be put).
  round: {
    version: { required: true, bad: [null, 2, '1', 0], good: [1] },
    status: { required: true, bad: [null, 'running', 'paused', 'discarded', 'ready', 'done'], good: ['finished'] },
    at: { required: true, bad: [null, { item: -1, probe: null }, { item: 0 }, { item: 0, probe: 'a' }], good: [{ item: 0, probe: 2 }] },
    phase: { required: true, bad: [null, 'talking', 1], good: ['thinking', 'answering'] },
    phaseStart: { required: true, bad: [null, -1, Number.NaN, Infinity, '0'], good: [0, 1.5] },
    thought: { required: true, bad: [null, -1, 1.5, '3'], good: [0, 9_000] },
    pausedAt: { required: true, bad: [-1, 'later', Number.NaN], good: [null, 0] },
    reloaded: { required: true, bad: [null, 'no', 0], good: [true, false] },
    answers: {
      required: true,
      bad: [
        null,
        'answered',
        [{ ...validRound().answers[0]!, outcome: 'done' }],
        [{ ...validRound().answers[0]!, take: 5 }],
        [{ ...validRound().answers[0]!, text: undefined }],
        [{ ...validRound().answers[0]!, answerMs: -1 }],
        [{ ...validRound().answers[0]!, extra: 1 }],
      ],
      good: [[], [{ ...validRound().answers[2]!, text: '' }], [{ ...validRound().answers[0]!, outcome: 'cut', take: null }]],
    },
    // (finishedAt before startedAt is refused too: a rule across two fields, tested in records.test.ts.)
    startedAt: { required: true, bad: [-1, '2024', Number.NaN], good: [null, 0, 1_700_000_000_000] },
    // Never null once finished, nor past what a Date can show.
    finishedAt: { required: true, bad: [null, -1, '2024', 1e20], good: [1_700_000_210_000, 1_800_000_000_000] },
    seenAt: { required: true, bad: [null, -1, Number.NaN], good: [0, 1_800_000_000_000] },
    pausedMs: { required: true, bad: [null, -1, 0.5], good: [0, 30_000] },
    round: {
      required: true,
      holdsKey: 'id',
      bad: [
        { ...validRound().round, items: 'two' },
        { ...validRound().round, answerMs: 0 },
        { ...validRound().round, items: [{ questionId: '', probes: [] }] },
        { ...validRound().round, colour: 'red' },
      ],
      good: [{ ...validRound().round, title: '', minutes: 30, presetId: 'quick' }],
    },
  },
  chunk: {
    data: { required: true, bad: [null, 'audio', [1, 2], new Uint8Array([1])], good: [new ArrayBuffer(0)] },
    atMs: duration,
  },
};

export interface Mutant {
  kind: Exclude<RecordKind, 'setting'>;
  record: Record<string, unknown>;
  /** By the hand-written contract above. */
  bad: boolean;
  /** What was done, for a failure message. */
  edits: string[];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** 1–3 random edits of `record`: drop a field, or set it to a value the contract accepts or rejects. */
export function mutate(random: () => number, kind: Mutant['kind'], record: object): Mutant {
  const copy: Record<string, unknown> = structuredClone(record) as Record<string, unknown>;
  const rules = RULES[kind];
  /** field → broken by its last edit (a later edit of the same field may mend it). */
  const broken = new Map<string, boolean>();
  const edits: string[] = [];
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    const field = pick(random, Object.keys(rules));
    const rule = rules[field]!;
    const op = random();
    const set = (value: unknown) => {
      const key = rule.holdsKey;
      copy[field] = key === undefined ? value : { ...(value as object), [key]: (copy[field] as Record<string, unknown>)[key] };
    };
    if (op < 0.25 && !rule.holdsKey) {
      delete copy[field];
      broken.set(field, rule.required);
      edits.push(`delete ${field}`);
    } else if (op < 0.75) {
      set(pick(random, rule.bad));
      broken.set(field, true);
      edits.push(`${field} = bad`);
    } else {
      set(pick(random, rule.good));
      broken.set(field, false);
      edits.push(`${field} = good`);
    }
  }
  return { kind, record: copy, bad: [...broken.values()].some(Boolean), edits };
}

/** One valid record of `kind` with keys made unique by `n`. */
export function validRecord(kind: Mutant['kind'], n: number, questionId: string): Record<string, unknown> {
  switch (kind) {
    case 'draft':
      return validDraft(`${questionId}-d${n}`);
    case 'revision':
      return validRevision(questionId, n);
    case 'story':
      return { ...validStory(`story-${n}`), questionIds: [questionId] };
    case 'customQuestion':
      return validCustomQuestion(`custom-q-${n}`);
    case 'take':
      return validTake(`take-${n}`, questionId);
    case 'chunk':
      return validChunk(`take-${n}`, 0);
    case 'review':
      return validReview(`${questionId}-r${n}`);
    case 'round':
      return validRound(`round-${n}`, questionId);
  }
}
