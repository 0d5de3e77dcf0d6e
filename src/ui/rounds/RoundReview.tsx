import { useEffect, useRef } from 'preact/hooks';
import { loadTakes, removeTake, takes } from '../../practice/takes';
import { leaveReview, roundProblem, type RoundDoc } from '../../practice/rounds/running';
import type { Outcome, RoundAnswer } from '../../practice/rounds/machine';
import { targetSeconds } from '../../practice/speaking-time';
import type { Take } from '../../practice/types';
import { undoOffer } from '../../practice/undo';
import { clock, count } from '../../shared/format';
import { questionById } from '../bank-state';
import { TakePlayer } from '../recording/TakePlayer';
import { ReviewGrade } from '../review/ReviewGrade';

const OUTCOME: Record<Outcome, string> = {
  answered: 'Answered',
  timeUp: 'Time up',
  skipped: 'Skipped',
  cut: 'Cut short',
};

/** The round is over: each answer replayed with its delivery figures (or its typed text), and each question graded for review. */
export function RoundReview({ doc }: { doc: RoundDoc }) {
  const { run } = doc;
  const heading = useRef<HTMLHeadingElement>(null);
  const questionIds = run.round.items.map((i) => i.questionId);
  useEffect(() => {
    for (const id of new Set(questionIds)) void loadTakes(id);
    heading.current?.focus();
    // The round's questions are fixed once it is built.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run.round.id]);
  const answered = run.answers.filter((a) => a.outcome !== 'skipped').length;
  const minutes = run.startedAt !== null && run.finishedAt !== null ? run.finishedAt - run.startedAt - run.pausedMs : 0;

  return (
    <section class="round-review" aria-labelledby="round-review-title">
      <h1 id="round-review-title" ref={heading} tabIndex={-1}>
        Round review: {run.round.title}
      </h1>
      <p class="lede">
        {count(answered, 'answer', 'answers')} in {clock(minutes)}. Replay each one, then say how well you knew the question: it comes back for review just
        before you would forget it.
      </p>
      {roundProblem.value && (
        <p class="note" role="alert">
          {roundProblem.value}
        </p>
      )}
      <ol class="round-review-list">
        {run.round.items.map((item, i) => {
          const question = questionById(item.questionId);
          const answers = run.answers.filter((a) => a.item === i);
          return (
            <li key={i} class="card round-review-item">
              <h2>
                <span class="lede">Question {i + 1}: </span>
                <a href={`/q/${item.questionId}`}>{question?.text ?? item.questionId}</a>
              </h2>
              {answers.length === 0 && <p class="hint">Not reached: the round was finished before it.</p>}
              {answers.map((a, n) => (
                <ReviewedAnswer key={n} answer={a} label={a.probe === null ? `Question ${i + 1} answer` : `Question ${i + 1} follow-up ${a.probe + 1}`} />
              ))}
              {answers.length > 0 && <ReviewGrade kind="question" itemId={item.questionId} />}
            </li>
          );
        })}
      </ol>
      <div class="row">
        <button type="button" class="button primary" onClick={leaveReview}>
          New round
        </button>
        <a class="button" href="/" onClick={leaveReview}>
          Done
        </a>
      </div>
    </section>
  );
}

function ReviewedAnswer({ answer, label }: { answer: RoundAnswer; label: string }) {
  const question = questionById(answer.questionId);
  const take = answer.take ? takes.value.get(answer.questionId)?.find((t) => t.id === answer.take) : undefined;
  const remove = async (t: Take) => {
    const undo = await removeTake(t);
    if (undo) undoOffer.value = { label: `${label} deleted.`, undo };
  };
  return (
    <div class="round-answer">
      <h3>
        {answer.prompt ? (
          <>
            <span class="lede">Follow-up: </span>
            {answer.prompt}
          </>
        ) : (
          'Your answer'
        )}{' '}
        <span class={`badge outcome-${answer.outcome}`}>{OUTCOME[answer.outcome]}</span>
      </h3>
      {answer.outcome === 'skipped' ? null : answer.text !== null ? (
        answer.text ? (
          <blockquote class="round-typed" dir="auto">
            {answer.text}
          </blockquote>
        ) : (
          <p class="hint">Nothing was typed.</p>
        )
      ) : answer.take === null ? (
        <p class="hint">No recording was saved for this answer.</p>
      ) : take ? (
        <TakePlayer
          take={take}
          label={label}
          questionText={question?.text ?? ''}
          target={targetSeconds(question?.text ?? '')}
          onDelete={() => void remove(take)}
          compact
        />
      ) : (
        <p class="skeleton">Loading the take…</p>
      )}
    </div>
  );
}
