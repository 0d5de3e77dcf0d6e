import type { Question } from '../bank/types';
import { countdown } from '../practice/countdown';
import { nextUp, type NextUp } from '../practice/next-up-state';
import type { DueToday } from '../practice/review-state';
import { count, dayDate } from '../shared/format';
import { undoOffer } from '../practice/undo';
import { hasStarted, whatNextSteps } from '../practice/what-next';
import { questionById } from './bank-state';

/** Drops the round left unfinished (its takes stay takes of their questions), with Undo. */
async function discardRound(next: NextUp): Promise<void> {
  const { discardPendingRound } = await import('../practice/rounds/pending');
  const undo = discardPendingRound();
  nextUp.value = { ...next, round: null };
  undoOffer.value = {
    label: 'Round discarded.',
    undo: async () => {
      undo();
      nextUp.value = next;
    },
  };
}

/**
 * The home page's What next: the countdown to the interview when the user set its day, a round left
 * unfinished, then the ordered steps (practice/what-next.ts).
 */
export function WhatNext({ questions, next, due, now = Date.now() }: { questions: readonly Question[]; next: NextUp; due: DueToday; now?: number }) {
  const steps = whatNextSteps(questions, next, due, questionById, now);
  const started = hasStarted(next, due);
  const dueShown = steps.some((s) => s.key.startsWith('due-'));
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
        {next.round && (
          <li class="round-left">
            <a href="/round" dir="auto">
              Resume your mock round: {next.round.title}
            </a>
            <span class="lede">
              Stopped at question {next.round.step} of {next.round.total} · {next.round.answered} answered
            </span>
            <button type="button" class="button" onClick={() => void discardRound(next)}>
              Discard round
            </button>
          </li>
        )}
        {steps.map((s) => (
          <li key={s.key}>
            <a href={s.href} dir="auto">
              {s.text}
            </a>
            <span class="lede">{s.why}</span>
          </li>
        ))}
      </ol>
      {due.any && !dueShown && <p class="lede">{due.next === null ? 'Nothing due today.' : `Nothing due today — next review ${dayDate(due.next)}.`}</p>}
      <p class="what-next-links">
        {started && <a href="/round">Start a mock round</a>}
        <a href="/progress">Your progress</a>
        {!c && <a href="/progress#interview">Set your interview date</a>}
      </p>
    </section>
  );
}
