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
    if (op < 0.25) {
      delete copy[field];
      broken.set(field, rule.required);
      edits.push(`delete ${field}`);
    } else if (op < 0.75) {
      copy[field] = pick(random, rule.bad);
      broken.set(field, true);
      edits.push(`${field} = bad`);
    } else {
      copy[field] = pick(random, rule.good);
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
  }
}
