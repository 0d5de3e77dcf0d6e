import type { Question } from '../../bank/types';
import type { Take } from '../../practice/types';
import { Checklist, RemarkList, ScoreLine } from './RemarkList';
import { coachRulesError, useCoaching } from './use-coaching';
import './coach.css';

export interface TakeCoachProps {
  take: Take;
  question: Question;
  target: number;
}

/** What the coach makes of a take's transcript: its pace, the score and what to fix, the words quoted from the transcript. */
export default function TakeCoach({ take, question, target }: TakeCoachProps) {
  const transcript = take.transcript ?? '';
  const coaching = useCoaching(
    {
      framework: 'free',
      parts: [{ key: 'transcript', text: transcript }],
      question,
      targetSeconds: target,
      spoken: { durationMs: take.durationMs, speakingMs: take.analysis?.speakingMs },
    },
    `${take.id}\u0000${transcript}\u0000${take.analysis?.speakingMs ?? ''}`,
    0,
  );
  const id = `take-coach-${take.id}`;
  return (
    <section class="take-coach" aria-labelledby={id}>
      <h3 id={id}>Answer coach</h3>
      {coachRulesError.value ? (
        <p class="note">{coachRulesError.value}</p>
      ) : !coaching ? (
        <p class="hint">Reading the transcript…</p>
      ) : (
        <>
          <ScoreLine coaching={coaching} label="Coach score for this take" />
          {coaching.score !== null && (
            <>
              <p class="take-pace">
                Pace: {coaching.figures.wpm === null ? 'too little speech to tell' : `about ${coaching.figures.wpm} words a minute (conversational is 120–160)`}
                {coaching.figures.fillersPerMinute !== null && ` · filler words: about ${Math.round(coaching.figures.fillersPerMinute)} a minute`}
              </p>
              <RemarkList coaching={coaching} texts={{ transcript }} idPrefix={id} />
            </>
          )}
          <Checklist items={coaching.checklist} />
        </>
      )}
    </section>
  );
}
