import type { Question } from '../bank/types';
import { countdown } from '../practice/countdown';
import type { NextUp } from '../practice/next-up-state';
import type { DueToday } from '../practice/review-state';
import { uncoveredCategories } from '../practice/story-gaps';
import { count, dayDate, list, relativeDate } from '../shared/format';
import { questionById } from './bank-state';

interface Step {
  key: string;
  href: string;
  text: string;
  /** What to do, and why now. */
  why: string;
}

const DUE_SHOWN = 3;

/**
 * The home page's one short list of what to practise next, in order: reviews due, drafts not yet said
 * out loud, categories without a story, takes to record again. Above it, the countdown to the interview
 * when the user set its day. A new user gets a first step instead of an empty list.
 */
export function WhatNext({ questions, next, due, now = Date.now() }: { questions: readonly Question[]; next: NextUp; due: DueToday; now?: number }) {
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
  const started = next.started || due.any;
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
  for (const a of next.again.slice(0, 2)) {
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

  const c = countdown(next.interviewDate, now, due.dueTimes);
  return (
    <section aria-labelledby="what-next" class="what-next">
      <h2 id="what-next">What next</h2>
      {c && (
        <p class="countdown">
          {c.days === 0
            ? `Your interview is today (${dayDate(c.day)}). Good luck.`
            : `Interview in ${count(c.days, 'day', 'days')} (${dayDate(c.day)}): ${count(c.reviewsBefore, 'review', 'reviews')} due before then, and time for ${count(c.rounds, 'mock round', 'mock rounds')} at one a day.`}
        </p>
      )}
      <ol class="continue">
        {steps.map((s) => (
          <li key={s.key}>
            <a href={s.href} dir="auto">
              {s.text}
            </a>
            <span class="lede">{s.why}</span>
          </li>
        ))}
      </ol>
      {due.any && dueItems.length === 0 && (
        <p class="lede">{due.next === null ? 'Nothing due today.' : `Nothing due today — next review ${dayDate(due.next)}.`}</p>
      )}
      <p class="what-next-links">
        {started && <a href="/round">Start a mock round</a>}
        <a href="/progress">Your progress</a>
        {!c && <a href="/progress#interview">Set your interview date</a>}
      </p>
    </section>
  );
}
