import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InterviewTargetsSchema, RECORD_KINDS, type RecordKind } from './records.ts';
import { validChunk, validCustomQuestion, validDraft, validRevision, validRound, validStory, validTake } from './valid-records.test-support.ts';

const valid = {
  draft: validDraft(),
  revision: validRevision(),
  story: validStory(),
  customQuestion: validCustomQuestion(),
  take: validTake(),
  chunk: validChunk(),
  round: validRound(),
} as const;

const passes = (kind: RecordKind, record: unknown) => v.safeParse(RECORD_KINDS[kind].schema, record).success;

describe('record schemas', () => {
  it.each(Object.entries(valid))('accept a valid %s as written', (kind, record) => {
    const result = v.safeParse(RECORD_KINDS[kind as keyof typeof valid].schema, record);
    expect(result.issues).toBeUndefined();
    expect(result.output).toEqual(record);
  });

  it.each([
    ['story', { ...validStory(), createdAt: undefined }],
    ['story', { ...validStory(), tags: 'evals' }],
    ['revision', { ...validRevision(), savedAt: Number.NaN }],
    ['revision', { ...validRevision(), reason: 'typo' }],
    ['draft', { ...validDraft(), fields: { situation: 5 } }],
    ['draft', { ...validDraft(), framework: 'car' }],
    ['customQuestion', { ...validCustomQuestion(), categories: undefined }],
    ['customQuestion', { ...validCustomQuestion(), id: 'why-openai' }],
    ['take', { ...validTake(), rating: 9 }],
    ['take', { ...validTake(), analysis: { ...validTake().analysis, pauses: null } }],
    ['take', { ...validTake(), startedAt: 1e20 }],
    ['chunk', { ...validChunk(), data: 'audio' }],
    // A kept round is a finished one: not one still going, paused or thrown away, nor one without its end.
    ['round', { ...validRound(), status: 'running' }],
    ['round', { ...validRound(), status: 'paused', pausedAt: validRound().seenAt }],
    ['round', { ...validRound(), status: 'discarded' }],
    ['round', { ...validRound(), finishedAt: null }],
    ['round', { ...validRound(), finishedAt: validRound().startedAt! - 1 }],
    ['round', { ...validRound(), startedAt: 1e20, finishedAt: 1e20, seenAt: 1e20 }],
    ['round', { ...validRound(), answers: [{ ...validRound().answers[0]!, outcome: 'done' }] }],
  ] as const)('reject a %s with a broken field', (kind, record) => {
    expect(passes(kind, record)).toBe(false);
  });

  it('accept a story with or without a save counter', () => {
    expect(passes('story', { ...validStory(), rev: 2 })).toBe(true);
    expect(passes('story', { ...validStory(), rev: -1 })).toBe(false);
  });

  it('accept settings of any stored JSON shape but not undefined or functions', () => {
    for (const value of ['dark', 90, true, null, { preset: 'openai' }, [1]]) expect(passes('setting', value)).toBe(true);
    expect(passes('setting', undefined)).toBe(false);
  });
});

describe('interview targets', () => {
  it('keep an interview day as YYYY-MM-DD, and refuse anything else', () => {
    const ok = (date: unknown) => v.safeParse(InterviewTargetsSchema, { companies: [], level: null, date }).success;
    expect(ok('2026-12-09')).toBe(true);
    expect(ok(null)).toBe(true);
    expect(v.safeParse(InterviewTargetsSchema, { companies: ['OpenAI'], level: 'staff' }).success).toBe(true); // saved before the date existed
    expect(ok('next Tuesday')).toBe(false);
    expect(ok('2026-13-01')).toBe(false);
    expect(ok(20261209)).toBe(false);
  });
});
