import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badRecords, forgetBadRecords } from '../store/attention';
import { STORES } from '../store/schema';
import {
  dueBy,
  dueQuestionIds,
  gradeItem,
  isDue,
  loadDueToday,
  loadReviews,
  moveReview,
  previewGrades,
  restoreReview,
  reviewOf,
  reviews,
  type ReviewGrade,
} from './review';
import { dueToday } from './review-state';
import { graded, previewDue } from './scheduler';
import { database, resetSession } from './session';

vi.stubGlobal('navigator', {});

const DAY = 86_400_000;
// 9 am local time, so "today" and "tomorrow" mean the same days wherever the test runs.
const T0 = new Date(2026, 10, 2, 9).getTime();
const days = (a: number, b: number) => Math.round((b - a) / DAY);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetSession();
  reviews.value = new Map();
  dueToday.value = null;
  forgetBadRecords();
});

/** Grade the same question on the day it falls due, each time with `grade`; returns each interval in days. */
function intervals(grades: ReviewGrade[]): number[] {
  let review = undefined as ReturnType<typeof graded> | undefined;
  let now = T0;
  const out: number[] = [];
  for (const grade of grades) {
    review = graded(review, 'question', 'why-openai', grade, now);
    out.push(days(now, review.card.due.getTime()));
    now = review.card.due.getTime();
  }
  return out;
}

describe('scheduling over simulated weeks', () => {
  it('Good each time it falls due moves the next review further out every time', () => {
    const gaps = intervals(['good', 'good', 'good', 'good', 'good']);
    expect(gaps[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
    expect(gaps.reduce((a, b) => a + b)).toBeGreaterThan(28); // five good reviews reach past four weeks
  });

  it('Again brings it back tomorrow, even after weeks of Good', () => {
    const gaps = intervals(['good', 'good', 'good', 'again']);
    expect(gaps[2]).toBeGreaterThan(7);
    expect(gaps[3]).toBe(1);
    expect(intervals(['again'])).toEqual([1]);
  });

  it('from any card, Easy is further than Good, Good than Hard, Hard no nearer than Again', () => {
    let review = undefined as ReturnType<typeof graded> | undefined;
    let now = T0;
    for (const step of ['good', 'hard', 'easy', 'again', 'good'] as const) {
      const next = previewDue(review?.card, now);
      const gap = (g: ReviewGrade) => days(now, next[g].getTime());
      expect(gap('easy'), `after ${step}`).toBeGreaterThan(gap('good'));
      expect(gap('good')).toBeGreaterThan(gap('hard'));
      expect(gap('hard')).toBeGreaterThanOrEqual(gap('again'));
      expect(gap('again')).toBeGreaterThanOrEqual(1);
      review = graded(review, 'question', 'q', step, now);
      expect(review.card.due.getTime()).toBe(next[step].getTime()); // the preview is what grading does
      now = review.card.due.getTime() + DAY;
    }
    expect(review!.log.map((l) => l.grade)).toEqual(['good', 'hard', 'easy', 'again', 'good']);
    expect(review!.card).not.toHaveProperty('elapsed_days');
    expect(review!.card.lapses).toBe(1);
  });
});

describe('what is due at a given clock', () => {
  it('lists what is due by the end of today, oldest first, and the next day after', () => {
    const a = graded(undefined, 'question', 'a', 'good', T0); // due in a few days
    const b = graded(undefined, 'story', 'b', 'again', T0); // tomorrow
    const c = graded(undefined, 'question', 'c', 'easy', T0); // later still
    expect(dueBy([a, b, c], T0)).toEqual({ due: [], next: b.card.due.getTime() });
    const lateTomorrow = new Date(T0 + DAY).setHours(23, 59);
    expect(isDue(b, lateTomorrow)).toBe(true);
    expect(isDue(a, lateTomorrow)).toBe(false);
    const muchLater = c.card.due.getTime() + 3 * DAY;
    expect(dueBy([c, a, b], muchLater).due.map((r) => r.itemId)).toEqual(['b', 'a', 'c']);
    expect(dueQuestionIds(new Map([a, b, c].map((r) => [r.id, r])), muchLater)).toEqual(new Set(['a', 'c']));
  });
});

describe('grading through the store', () => {
  it('stores the grade, survives a fresh read, and Undo puts the item back as it was', async () => {
    const preview = await previewGrades('question', 'why-openai', T0);
    if (!preview) throw new Error('the scheduler did not load');
    const result = await gradeItem('question', 'why-openai', 'good', T0);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.value.before).toBeUndefined();
    expect(result.value.review.card.due.getTime()).toBe(preview.good);

    reviews.value = new Map();
    await loadReviews(true);
    const stored = reviewOf('question', 'why-openai')!;
    expect(stored.card.due).toBeInstanceOf(Date);
    expect(stored.card.due.getTime()).toBe(preview.good);

    const again = await gradeItem('question', 'why-openai', 'again', stored.card.due.getTime());
    if (!again.ok) throw new Error('grade failed');
    expect(again.value.before).toEqual(stored);
    expect(await restoreReview('question', 'why-openai', again.value.before)).toMatchObject({ ok: true });
    await loadReviews(true);
    expect(reviewOf('question', 'why-openai')).toEqual(stored);
    expect(await restoreReview('question', 'why-openai', undefined)).toMatchObject({ ok: true });
    await loadReviews(true);
    expect(reviewOf('question', 'why-openai')).toBeUndefined();
  });

  it('a chosen day moves the next review and keeps the grades', async () => {
    await gradeItem('story', 'story-a', 'good', T0);
    const moved = await moveReview('story', 'story-a', { year: 2026, month: 11, date: 24 }, T0 + 1000);
    if (!moved.ok) throw new Error(moved.problem.message);
    const due = moved.value.card.due;
    expect([due.getFullYear(), due.getMonth(), due.getDate()]).toEqual([2026, 11, 24]);
    expect(moved.value.card.scheduled_days).toBe(days(T0, due.getTime()));
    expect(moved.value.log).toHaveLength(1);
    expect(await moveReview('story', 'nothing-yet', { year: 2026, month: 11, date: 24 }, T0)).toMatchObject({ ok: false });
  });

  it('Due today lists due questions and kept stories, and names the next day when none is due', async () => {
    const db = (await database())!;
    await db.put(STORES.stories, {
      id: 'story-a',
      title: 'Eval rewrite',
      framework: 'star',
      fields: {},
      tags: [],
      metric: '',
      questionIds: [],
      createdAt: T0,
      updatedAt: T0,
    });
    await gradeItem('question', 'why-openai', 'good', T0);
    await gradeItem('story', 'story-a', 'again', T0);
    await gradeItem('story', 'story-deleted', 'again', T0);
    await gradeItem('question', 'gone-question', 'again', T0);
    const exists = (id: string) => id === 'why-openai';

    await loadDueToday(T0, exists);
    expect(dueToday.value).toMatchObject({ items: [], any: true });
    expect(days(T0, dueToday.value!.next!)).toBe(1);

    await loadDueToday(T0 + 6 * DAY, exists);
    expect(dueToday.value!.items).toEqual([
      { kind: 'story', itemId: 'story-a', title: 'Eval rewrite', due: T0 + DAY },
      { kind: 'question', itemId: 'why-openai', title: undefined, due: reviewOf('question', 'why-openai')!.card.due.getTime() },
    ]);
    expect(dueToday.value!.next).toBeNull();
  });

  it('a bad record is reported under Needs attention, never thrown, and the rest still load', async () => {
    await gradeItem('question', 'why-openai', 'good', T0);
    const db = (await database())!;
    await db.put(STORES.reviews, { id: 'question:broken', kind: 'question', itemId: 'broken', card: { due: 'tomorrow' }, log: [], updatedAt: T0 } as never);
    await loadReviews(true);
    expect([...reviews.value.keys()]).toEqual(['question:why-openai']);
    expect(badRecords()).toEqual([expect.objectContaining({ kind: 'review', key: 'question:broken' })]);
    await loadDueToday(T0 + 30 * DAY);
    expect(dueToday.value!.items.map((i) => i.itemId)).toEqual(['why-openai']);
  });
});
