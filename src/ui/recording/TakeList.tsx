import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../bank/types';
import { OVER_LONG_PAUSE } from '../../practice/delivery';
import { justStopped, loadTakes, removeTake, takes } from '../../practice/takes';
import type { Take } from '../../practice/types';
import { undoOffer } from '../../practice/undo';
import { targetSeconds } from '../../practice/speaking-time';
import { clock, count, dayAndTime } from '../../shared/format';
import { ReviewGrade } from '../review/ReviewGrade';
import { TakePlayer } from './TakePlayer';

/** What tells takes apart, each figure kept whole on a narrow screen: "1 pause over 2 s" never breaks. */
function summaryFigures(take: Take, score?: number): string[] {
  const figures = [dayAndTime(take.startedAt), clock(take.durationMs)];
  if (take.analysis) figures.push(`${count(take.analysis.longPauses, 'pause', 'pauses')} ${OVER_LONG_PAUSE}`);
  if (take.rating) figures.push(`rated ${take.rating}/5`);
  if (score !== undefined) figures.push(`coach ${score}/100`);
  return figures;
}

/** The coach's score of each take with a transcript; its code loads only when there is one. */
function useTakeScores(list: readonly Take[], question: Question): ReadonlyMap<string, number> {
  const [scores, setScores] = useState<ReadonlyMap<string, number>>(new Map());
  const current = useRef(list);
  current.current = list;
  const key = list
    .filter((t) => t.transcript)
    .map((t) => `${t.id}:${t.transcript!.length}:${t.analysis?.speakingMs ?? ''}`)
    .join('|');
  useEffect(() => {
    if (!key) return;
    let gone = false;
    void import('../coach/take-scores')
      .then((m) => m.scoreTakes(current.current, question))
      .then(
        (s) => !gone && setScores(s),
        () => {}, // no score beside the take; the take itself is unaffected
      );
    return () => {
      gone = true;
    };
  }, [key, question]);
  return scores;
}

/** Every take of a question, newest first; one open at a time in the player, the one just recorded at once. */
export function TakeList({ question }: { question: Question }) {
  useEffect(() => void loadTakes(question.id), [question.id]);
  const list = takes.value.get(question.id) ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const scores = useTakeScores(list, question);
  const stopped = justStopped.value;
  useEffect(() => {
    if (stopped?.questionId !== question.id) return;
    setOpen(stopped.takeId);
    justStopped.value = null;
  }, [stopped, question.id]);

  const remove = async (take: Take, label: string) => {
    const run = await removeTake(take);
    if (open === take.id) setOpen(null);
    if (!run) return;
    undoOffer.value = {
      label: `${label} deleted.`,
      undo: async () => {
        await run();
        setOpen(take.id);
      },
      // Back on the take's own row after Undo; otherwise on the newest take left, or on Record.
      afterwards: (undone) =>
        (undone
          ? document.getElementById(`take-${take.id}`)
          : (document.querySelector<HTMLElement>('.take-summary') ?? document.querySelector<HTMLElement>('.button.record'))
        )?.focus(),
    };
  };

  return (
    <div class="takes">
      {list.length === 0 ? (
        <p class="lede">No takes yet. Record one: hearing yourself is the fastest way to tighten an answer.</p>
      ) : (
        <ol class="take-list">
          {list.map((take, i) => {
            const label = take.name || `Take ${list.length - i}`;
            const figures = summaryFigures(take, scores.get(take.id));
            return (
              <li key={take.id} class="take">
                <button
                  type="button"
                  id={`take-${take.id}`}
                  class="take-summary"
                  aria-expanded={open === take.id}
                  onClick={() => setOpen(open === take.id ? null : take.id)}
                >
                  <span class="take-heading">
                    <strong dir="auto">{label}</strong>
                    <span class="lede">
                      {figures.map((f, n) => (
                        <Fragment key={n}>
                          <span class="take-figure">{n < figures.length - 1 ? `${f} ·` : f}</span>
                          {n < figures.length - 1 && ' '}
                        </Fragment>
                      ))}
                    </span>
                    {take.status === 'recovered' && <span class="badge">Recovered after the tab closed</span>}
                  </span>
                  <span class="chevron" aria-hidden="true" />
                </button>
                {open === take.id && (
                  <>
                    <TakePlayer
                      take={take}
                      label={label}
                      questionText={question.text}
                      question={question}
                      target={targetSeconds(question.text)}
                      previous={list.slice(i + 1).find((t) => t.analysis)}
                      onDelete={() => void remove(take, label)}
                    />
                    {/* Right after hearing it back is when the user knows how well they knew it. */}
                    <ReviewGrade kind="question" itemId={question.id} />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
