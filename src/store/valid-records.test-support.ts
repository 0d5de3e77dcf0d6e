/** For store tests: one valid record of each kind, as the app writes them. */
import type { ChunkRecord, CustomQuestion, Draft, Review, ReviewCard, Revision, RoundRecord, Story, Take } from './records.ts';

export const validDraft = (questionId = 'why-openai'): Draft => ({
  questionId,
  framework: 'star',
  fields: { situation: 'We shipped an eval harness', result: 'Cut regressions by 40%' },
  rev: 3,
  updatedAt: 1_700_000_000_000,
});

export const validRevision = (questionId = 'why-openai', id = 1): Revision => ({
  id,
  questionId,
  framework: 'sail',
  fields: { situation: 'Earlier text' },
  savedAt: 1_700_000_000_000,
  reason: 'autosave',
});

export const validStory = (id = 'story-abc'): Story => ({
  id,
  title: 'The eval harness',
  framework: 'star',
  fields: { situation: 'Regressions slipped into releases' },
  tags: ['evals'],
  metric: '40% fewer regressions',
  questionIds: ['why-openai'],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
});

export const validCustomQuestion = (id = 'custom-why-mistral-abc123'): CustomQuestion => ({
  id,
  text: 'Why Mistral?',
  categories: ['Motivation'],
  companies: ['Mistral'],
  testing: 'Real interest in the company',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
});

export const validTake = (id = 'take-abc', questionId = 'why-openai'): Take => ({
  id,
  questionId,
  mimeType: 'audio/webm;codecs=opus',
  status: 'complete',
  startedAt: 1_700_000_000_000,
  durationMs: 3000,
  chunkCount: 1,
  bytes: 4,
  name: '',
  rating: 4,
  notes: '',
  analysis: { speakingMs: 2500, silenceMs: 500, longestPauseMs: 400, longPauses: 0, pauses: [{ startMs: 100, endMs: 500 }], waveform: [0.1, 0.5] },
  updatedAt: 1_700_000_003_000,
});

export const validChunk = (takeId = 'take-abc', seq = 0): ChunkRecord => ({
  takeId,
  seq,
  data: new Uint8Array([1, 2, 3, 4]).buffer,
  atMs: 1000,
});

export const validReviewCard = (): ReviewCard => ({
  due: new Date(1_700_259_200_000),
  stability: 3.17,
  difficulty: 5.28,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: new Date(1_700_000_000_000),
});

export const validReview = (itemId = 'why-openai', kind: Review['kind'] = 'question'): Review => ({
  id: `${kind}:${itemId}`,
  kind,
  itemId,
  card: validReviewCard(),
  log: [{ at: 1_700_000_000_000, grade: 'good' }],
  updatedAt: 1_700_000_000_000,
});

/** A finished two-question round: one answer recorded, one typed (no microphone), one follow-up skipped. */
export const validRound = (id = 'round-abc', questionId = 'why-openai'): RoundRecord => ({
  version: 1,
  round: {
    id,
    title: 'Two questions',
    presetId: null,
    items: [
      { questionId, probes: ['What would you do differently?'] },
      { questionId: 'conflict', probes: [] },
    ],
    minutes: null,
    thinkingMs: 10_000,
    answerMs: 120_000,
    short: null,
  },
  status: 'finished',
  at: { item: 1, probe: null },
  phase: 'answering',
  phaseStart: 1_700_000_090_000,
  thought: 4_000,
  pausedAt: null,
  reloaded: false,
  answers: [
    { item: 0, probe: null, questionId, prompt: null, outcome: 'answered', take: 'take-abc', text: null, thinkingMs: 6_000, answerMs: 50_000 },
    { item: 0, probe: 0, questionId, prompt: 'What would you do differently?', outcome: 'skipped', take: null, text: null, thinkingMs: 2_000, answerMs: 0 },
    {
      item: 1,
      probe: null,
      questionId: 'conflict',
      prompt: null,
      outcome: 'timeUp',
      take: null,
      text: 'I asked both leads to write down…',
      thinkingMs: 4_000,
      answerMs: 120_000,
    },
  ],
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_210_000,
  seenAt: 1_700_000_210_000,
  pausedMs: 0,
});
