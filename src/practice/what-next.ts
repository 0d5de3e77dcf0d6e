/**
 * The home page's one short list of what to practise next, in order: reviews due, drafts not yet said
 * out loud, a category without a story, takes to record again; a new user gets a first step instead.
 * Pure: the question texts come from `questionById`, the clock from `now`.
 */
import type { Question } from '../bank/types';
import { count, list, relativeDate } from '../shared/format';
import type { NextUp } from './next-up-state';
import type { DueToday } from './review-state';
import { uncoveredCategories } from './story-gaps';

export interface Step {
  key: string;
  href: string;
  text: string;
  /** What to do, and why now. */
  why: string;
}

const DUE_SHOWN = 3;

/** Whether the user has practised at all (a draft, a take, a story, a grade, a round): a new user gets a first step. */
export const hasStarted = (next: NextUp, due: DueToday): boolean => next.started || due.any || next.round !== null;

export function whatNextSteps(
  questions: readonly Question[],
  next: NextUp,
  due: DueToday,
  questionById: (id: string) => Pick<Question, 'id' | 'text'> | undefined,
  now: number,
): Step[] {
  const steps: Step[] = [];
  const dueItems = due.items.flatMap((item) => {
    if (item.kind === 'story') return [{ ...item, href: `/stories/${encodeURIComponent(item.itemId)}`, text: item.title ?? 'Untitled story' }];
    const q = questionById(item.itemId);
    return q ? [{ ...item, href: `/q/${encodeURIComponent(q.id)}`, text: q.text }] : []; // a deleted question of one's own
  });
  const overdue = (t: number) => (relativeDate(t, now) === relativeDate(now, now) ? 'due today' : `due since ${relativeDate(t, now)}`);
  for (const item of dueItems.slice(0, DUE_SHOWN))
    steps.push({
      key: `due-${item.kind}-${item.itemId}`,
      href: item.href,
      text: item.text,
      why: `${item.kind === 'story' ? 'Story review' : 'Review'} · ${overdue(item.due)} · say it out loud, then grade it`,
    });
  if (dueItems.length > DUE_SHOWN)
    steps.push({
      key: 'due-more',
      href: '/questions?status=due',
      text: `${count(dueItems.length - DUE_SHOWN, 'more review', 'more reviews')} due`,
      why: 'Every question due, in the list',
    });
  for (const d of next.sayAloud.slice(0, 2)) {
    const q = questionById(d.questionId);
    if (q) steps.push({ key: `say-${q.id}`, href: `/q/${q.id}`, text: q.text, why: `Drafted ${relativeDate(d.at, now)} · not said out loud yet` });
  }
  const started = hasStarted(next, due);
  if (started) {
    const gaps = uncoveredCategories(next.stories, questions);
    if (gaps.length > 0)
      steps.push({
        key: 'stories',
        href: '/stories',
        text:
          gaps.length <= 2
            ? `Write a story for ${list(gaps)}`
            : `Write a story for ${gaps[0]!} (and ${count(gaps.length - 1, 'other category', 'other categories')})`,
        why: 'No story of yours answers it yet',
      });
  }
  // A question already listed (due for review, to say out loud) is not listed again to record again.
  const listed = new Set([...dueItems.filter((d) => d.kind === 'question').map((d) => d.itemId), ...next.sayAloud.map((d) => d.questionId)]);
  for (const a of next.again.filter((x) => !listed.has(x.questionId)).slice(0, 2)) {
    const q = questionById(a.questionId);
    if (q)
      steps.push({
        key: `again-${q.id}`,
        href: `/q/${q.id}`,
        text: q.text,
        why: `${count(a.takes, 'take', 'takes')} · last recorded ${relativeDate(a.at, now)} · record it again`,
      });
  }
  if (!started && steps.length === 0)
    steps.push({
      key: 'first',
      href: '/round',
      text: 'Try a first mock round',
      why: 'A few questions against the clock, said out loud or typed, then replayed',
    });

  return steps;
}
