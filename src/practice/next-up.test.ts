import { describe, expect, it, vi } from 'vitest';
import { loadNextUp, pickNextUp } from './next-up';
import { nextUp } from './next-up-state';

// Storage that never answers, as when another tab blocks an upgrade.
vi.mock('./session', () => ({ database: () => new Promise(() => {}) }));

const draft = (questionId: string, text: string, updatedAt: number) => ({ questionId, fields: { situation: text }, updatedAt });
const take = (questionId: string, startedAt: number) => ({ questionId, startedAt });

describe('pickNextUp', () => {
  it('offers drafts never said out loud, newest first, and skips blank ones', () => {
    const next = pickNextUp([draft('a', 'x', 1), draft('b', 'y', 3), draft('c', '  ', 5), draft('d', 'z', 4)], [take('d', 10)]);
    expect(next.sayAloud).toEqual([
      { questionId: 'b', at: 3 },
      { questionId: 'a', at: 1 },
    ]);
  });

  it('offers recorded questions again, the longest unpractised first, with their take count', () => {
    const next = pickNextUp([], [take('a', 50), take('b', 10), take('a', 70), take('c', 30)]);
    expect(next.again).toEqual([
      { questionId: 'b', at: 10, takes: 1 },
      { questionId: 'c', at: 30, takes: 1 },
      { questionId: 'a', at: 70, takes: 2 },
    ]);
  });

  it('keeps each list short', () => {
    const drafts = Array.from({ length: 6 }, (_, i) => draft(`q${i}`, 'text', i));
    expect(pickNextUp(drafts, [], 3).sayAloud.map((d) => d.questionId)).toEqual(['q5', 'q4', 'q3']);
  });
});

describe('loadNextUp', () => {
  it('gives up on storage that never answers, so the home page still shows', async () => {
    vi.useFakeTimers();
    nextUp.value = null;
    const loading = loadNextUp();
    await vi.advanceTimersByTimeAsync(1500);
    await loading;
    expect(nextUp.value).toEqual({ sayAloud: [], again: [], stories: [], started: false, interviewDate: null });
    vi.useRealTimers();
  });
});
