import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/types';
import type { NextUp } from './next-up-state';
import type { DueToday } from './review-state';
import { whatNextSteps } from './what-next';

const q = (id: string, category: string): Question => ({
  id,
  text: `${id}?`,
  categories: [category],
  companies: ['OpenAI'],
  sources: [],
  testing: '',
  kind: 'question',
});
const bank = [
  q('why-openai', 'Career Motivation'),
  q('conflict', 'Conflict & Collaboration'),
  q('failure', 'Failure & Learning'),
  q('tmay', 'Career Motivation'),
];
const byId = (id: string) => bank.find((x) => x.id === id);
const NOW = Date.UTC(2026, 11, 6, 12);
const DAY = 86_400_000;
const none: NextUp = { sayAloud: [], again: [], stories: [], started: false, interviewDate: null, round: null };
const noDue: DueToday = { items: [], next: null, any: false, dueTimes: [] };
const keys = (next: NextUp, due: DueToday = noDue) => whatNextSteps(bank, next, due, byId, NOW).map((s) => s.key);

describe('whatNextSteps', () => {
  it('gives a new user one first step: a mock round', () => {
    expect(whatNextSteps(bank, none, noDue, byId, NOW)).toEqual([
      { key: 'first', href: '/round', text: 'Try a first mock round', why: 'A few questions against the clock, said out loud or typed, then replayed' },
    ]);
  });

  it('orders reviews due, drafts to say out loud, a category without a story, then takes to record again, and lists a question once', () => {
    const next: NextUp = {
      ...none,
      started: true,
      sayAloud: [{ questionId: 'conflict', at: NOW - DAY }],
      again: [
        { questionId: 'why-openai', at: NOW - 5 * DAY, takes: 2 }, // also due: listed as a review only
        { questionId: 'conflict', at: NOW - 4 * DAY, takes: 1 }, // also to say out loud
        { questionId: 'tmay', at: NOW - 2 * DAY, takes: 3 },
      ],
      stories: [{ questionIds: ['why-openai'], tags: ['conflict'] }],
    };
    const due: DueToday = { items: [{ kind: 'question', itemId: 'why-openai', due: NOW - 3 * DAY }], next: null, any: true, dueTimes: [NOW - 3 * DAY] };
    const steps = whatNextSteps(bank, next, due, byId, NOW);
    expect(steps.map((s) => s.key)).toEqual(['due-question-why-openai', 'say-conflict', 'stories', 'again-tmay']);
    expect(steps[2]!.text).toBe('Write a story for Failure & Learning');
    expect(steps[3]!.why).toMatch(/^3 takes · last recorded .+ · record it again$/);
  });

  it('shows three reviews and links to the rest; skips a review of a question that is gone', () => {
    const item = (id: string, days: number) => ({ kind: 'question' as const, itemId: id, due: NOW - days * DAY });
    const due: DueToday = {
      items: [item('gone', 9), item('why-openai', 5), item('conflict', 4), item('failure', 3), item('tmay', 2)],
      next: null,
      any: true,
      dueTimes: [],
    };
    const steps = whatNextSteps(bank, { ...none, started: true, stories: [{ questionIds: bank.map((b) => b.id), tags: [] }] }, due, byId, NOW);
    expect(steps.map((s) => s.key)).toEqual(['due-question-why-openai', 'due-question-conflict', 'due-question-failure', 'due-more']);
    expect(steps[3]).toMatchObject({ href: '/questions?status=due', text: '1 more review due' });
  });

  it('names up to two categories without a story, else the first and how many more', () => {
    expect(whatNextSteps(bank, { ...none, started: true }, noDue, byId, NOW)[0]!.text).toBe('Write a story for Career Motivation (and 2 other categories)');
    expect(keys({ ...none, started: true, stories: [{ questionIds: bank.map((b) => b.id), tags: [] }] })).toEqual([]); // every category has one
  });
});
