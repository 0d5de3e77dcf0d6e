import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/types';
import { addDays, dayStart, progress, streak, weekStart, wordCount, type ProgressInput } from './progress';
import type { RoundRun } from './rounds/schema';

const q = (id: string, categories: string[], kind: Question['kind'] = 'question'): Question => ({
  id,
  text: id,
  categories,
  companies: ['OpenAI'],
  sources: [],
  testing: '',
  kind,
});
const bank = [
  q('lead-1', ['Leadership & Ownership']),
  q('lead-2', ['Leadership & Ownership']),
  q('fail-1', ['Failure & Learning']),
  q('pat', ['Failure & Learning'], 'pattern'),
];
// Wednesday 2026-11-25, 15:00 local time.
const NOW = new Date(2026, 10, 25, 15, 0, 0).getTime();
const at = (daysAgo: number, hour = 10) => {
  const d = new Date(NOW);
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 0, 0, 0);
  return d.getTime();
};
const take = (questionId: string, daysAgo: number, durationMs: number, extra: object = {}) => ({ questionId, startedAt: at(daysAgo), durationMs, ...extra });
const empty: ProgressInput = { questions: bank, drafts: [], takes: [], stories: [], reviews: [], rounds: [] };

describe('calendar helpers', () => {
  it('weeks start on local Monday; days are local midnights', () => {
    expect(new Date(weekStart(NOW)).getDay()).toBe(1);
    expect(new Date(weekStart(NOW)).getDate()).toBe(23);
    expect(dayStart(NOW)).toBe(new Date(2026, 10, 25).getTime());
    expect(addDays(NOW, 7)).toBe(new Date(2026, 11, 2).getTime());
  });
  it('counts words, not spaces or punctuation', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  I cut p99 latency by 40% — don’t ask.  ')).toBe(8);
  });
});

describe('streak', () => {
  const days = (...ago: number[]) => new Set(ago.map((n) => dayStart(at(n))));
  it('runs back from today, or from yesterday before today’s practice, and keeps the longest run', () => {
    expect(streak(days(0, 1, 2, 5, 6, 7, 8), NOW)).toEqual({ current: 3, longest: 4, practisedToday: true });
    expect(streak(days(1, 2), NOW)).toEqual({ current: 2, longest: 2, practisedToday: false });
    expect(streak(days(2, 3), NOW)).toEqual({ current: 0, longest: 2, practisedToday: false });
    expect(streak(new Set(), NOW)).toEqual({ current: 0, longest: 0, practisedToday: false });
  });
});

describe('progress', () => {
  it('is all zeros for a new user, with every category listed against the bank', () => {
    const p = progress(empty, NOW);
    expect(p.totals).toEqual({ questions: 3, practised: 0, recorded: 0, takes: 0, recordedMs: 0, stories: 0, rounds: 0 });
    expect(p.categories).toEqual([
      { name: 'Leadership & Ownership', total: 2, practised: 0, recorded: 0 },
      { name: 'Failure & Learning', total: 1, practised: 0, recorded: 0 },
    ]);
    expect(p.weeks).toHaveLength(8);
    expect(p.weeks.every((w) => w.ms === 0 && w.takes === 0)).toBe(true);
    expect(p.dueWeek.map((d) => d.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(p.uncoveredCategories).toEqual(['Leadership & Ownership', 'Failure & Learning']);
  });

  it('counts questions practised and recorded per category, minutes per week and speaking time per take', () => {
    const p = progress(
      {
        ...empty,
        drafts: [
          { questionId: 'lead-1', fields: { situation: 'We had a slow model', task: '' }, updatedAt: at(0) },
          { questionId: 'fail-1', fields: { situation: '   ' }, updatedAt: at(0) }, // empty: not practised
          { questionId: 'gone', fields: { situation: 'a deleted question of one’s own' }, updatedAt: at(0) },
        ],
        takes: [
          take('lead-2', 0, 90_000, { analysis: { speakingMs: 80_000, silenceMs: 10_000, longestPauseMs: 3000, longPauses: 1, pauses: [] } }),
          take('lead-2', 15, 30_000, { transcript: 'I led the migration and cut cost by half' }),
          take('lead-1', 2, 60_000),
        ],
      },
      NOW,
    );
    expect(p.categories[0]).toEqual({ name: 'Leadership & Ownership', total: 2, practised: 2, recorded: 2 });
    expect(p.categories[1]).toEqual({ name: 'Failure & Learning', total: 1, practised: 0, recorded: 0 });
    expect(p.totals).toMatchObject({ practised: 2, recorded: 2, takes: 3, recordedMs: 180_000 });
    // This week (Mon 23 – Wed 25): 90 s + 60 s; the week before last: 30 s.
    expect(p.weeks.at(-1)).toEqual({ start: weekStart(NOW), ms: 150_000, takes: 2 });
    expect(p.weeks.at(-2)!.ms).toBe(0);
    expect(p.weeks.at(-3)).toMatchObject({ ms: 30_000, takes: 1 });
    const lead2 = p.questions.find((x) => x.questionId === 'lead-2')!;
    expect(lead2.takes).toEqual([
      { at: at(15), speakingMs: 30_000, words: 9 },
      { at: at(0), speakingMs: 80_000, words: null },
    ]);
    expect(p.questions.find((x) => x.questionId === 'lead-1')!.draftWords).toBe(5);
    expect(p.questions.map((x) => x.questionId)).toEqual(['lead-1', 'lead-2']); // the most recent first (draft at 10:00 today, take at 10:00 today: stable)
  });

  it('lists reviews due over the coming week, overdue ones today, and skips reviews of questions that are gone', () => {
    const review = (itemId: string, dueDaysAhead: number, kind: 'question' | 'story' = 'question') => ({
      kind,
      itemId,
      card: { due: new Date(addDays(NOW, dueDaysAhead) + 9 * 3_600_000) } as never,
      log: [{ at: at(3), grade: 'good' as const }],
    });
    const p = progress(
      { ...empty, reviews: [review('lead-1', -2), review('lead-2', 0), review('fail-1', 3), review('s1', 6, 'story'), review('gone', 1), review('lead-1', 9)] },
      NOW,
    );
    expect(p.dueWeek.map((d) => d.count)).toEqual([2, 0, 0, 1, 0, 0, 1]);
    expect(p.streak).toEqual({ current: 0, longest: 1, practisedToday: false });
  });

  it('counts a day of any practice in the streak: a take, a draft, a story, a grade, a finished round', () => {
    const round = (finishedAt: number | null): Pick<RoundRun, 'round' | 'answers' | 'startedAt' | 'finishedAt'> => ({
      round: {
        id: `r-${finishedAt}`,
        title: 'OpenAI behavioral',
        presetId: 'openai',
        items: [
          { questionId: 'lead-1', probes: [] },
          { questionId: 'lead-2', probes: ['What did you learn?'] },
        ],
        minutes: 45,
        thinkingMs: 0,
        answerMs: 1,
        short: null,
      },
      answers: [
        { item: 0, probe: null, questionId: 'lead-1', prompt: null, outcome: 'answered', take: null, text: 'typed', thinkingMs: 0, answerMs: 1 },
        { item: 1, probe: null, questionId: 'lead-2', prompt: null, outcome: 'skipped', take: null, text: null, thinkingMs: 0, answerMs: 0 },
      ],
      startedAt: finishedAt,
      finishedAt,
    });
    const p = progress(
      {
        ...empty,
        takes: [take('lead-1', 0, 1000)],
        drafts: [{ questionId: 'lead-2', fields: { s: 'x' }, updatedAt: at(1) }],
        stories: [{ id: 's', questionIds: [], tags: ['failure'], updatedAt: at(2) }],
        reviews: [{ kind: 'question', itemId: 'lead-1', card: { due: new Date(addDays(NOW, 30)) } as never, log: [{ at: at(3), grade: 'good' }] }],
        rounds: [round(at(4)), round(null)],
      },
      NOW,
    );
    expect(p.streak).toEqual({ current: 5, longest: 5, practisedToday: true });
    expect(p.rounds).toEqual([{ id: `r-${at(4)}`, title: 'OpenAI behavioral', finishedAt: at(4), questions: 2, answered: 1, skipped: 1 }]);
    expect(p.totals.rounds).toBe(1);
    expect(p.uncoveredCategories).toEqual(['Leadership & Ownership']);
  });

  it('counts a question answered in a finished mock round (typed) as practised; a skipped one, or one of a round not finished, is not', () => {
    const answer = (questionId: string, outcome: 'answered' | 'skipped') => ({
      item: 0,
      probe: null,
      questionId,
      prompt: null,
      outcome,
      take: null,
      text: outcome === 'answered' ? 'I chose the cheaper model and said why' : null,
      thinkingMs: 0,
      answerMs: 1,
    });
    const round = (finishedAt: number | null, answers: ReturnType<typeof answer>[]) => ({
      round: { id: `r-${finishedAt}`, title: 'Custom', presetId: null, items: [], minutes: null, thinkingMs: 0, answerMs: 1, short: null },
      answers,
      startedAt: at(1),
      finishedAt,
    });
    const p = progress(
      { ...empty, rounds: [round(at(1), [answer('fail-1', 'answered'), answer('lead-1', 'skipped')]), round(null, [answer('lead-2', 'answered')])] },
      NOW,
    );
    expect(p.totals.practised).toBe(1);
    expect(p.categories.find((c) => c.name === 'Failure & Learning')).toEqual({ name: 'Failure & Learning', total: 1, practised: 1, recorded: 0 });
    expect(p.questions).toEqual([{ questionId: 'fail-1', draftWords: 0, takes: [], rounds: 1, lastAt: at(1) }]);
  });
});
