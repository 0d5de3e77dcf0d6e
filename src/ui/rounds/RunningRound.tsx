import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { live } from '../../practice/recordings';
import { currentStep, remainingMs } from '../../practice/rounds/machine';
import { discardRound, dispatch, journalRefused, roundProblem, typeAnswer, typeAnswers, type RoundDoc } from '../../practice/rounds/running';
import { undoOffer } from '../../practice/undo';
import { clock, duration } from '../../shared/format';
import { questionById } from '../bank-state';
import { LevelMeter, RecordingTrouble } from '../recording/RecordingTrouble';

const isTextField = (t: EventTarget | null) =>
  t instanceof HTMLTextAreaElement ||
  t instanceof HTMLSelectElement ||
  (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(t.type));

/** The round under way: the question (or its follow-up), the countdown, and the answer being recorded or typed. */
export function RunningRound({ doc }: { doc: RoundDoc }) {
  const { run } = doc;
  const at = currentStep(run);
  const [, redraw] = useState(0);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const paused = run.status === 'paused';
  const answering = run.phase === 'answering' && (run.status === 'running' || paused);
  const recording = live.value;
  const left = remainingMs(run, Date.now()) ?? 0;
  const limit = run.phase === 'thinking' ? run.round.thinkingMs : run.round.answerMs;

  // The round opens at its top, with focus on Start answer (the setup's button it came from is gone).
  // Before the first paint (a layout effect), like the Space key below: a key pressed as soon as the round shows works.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    toggleRef.current?.focus({ preventScroll: true });
  }, []);
  // A paused round does not tick: the countdown still shows what is left.
  useEffect(() => {
    if (!paused) return;
    const t = setInterval(() => redraw((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [paused]);

  const toggle = () => {
    if (run.status !== 'running') return;
    dispatch(run.phase === 'thinking' ? { type: 'startAnswer' } : { type: 'stopAnswer' });
  };
  const toggleRefFn = useRef(toggle);
  toggleRefFn.current = toggle;
  // Space starts and stops an answer anywhere but in a text field (where it types a space).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      e.preventDefault(); // no scroll, and no click of the focused button on keyup
      if (e.type === 'keydown' && !e.repeat) toggleRefFn.current();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
    };
  }, []);

  // Said once per change of step, phase or pause, never each second.
  const question = at ? questionById(at.questionId) : undefined;
  const where = at ? `Question ${at.index + 1} of ${at.total}` : '';
  const said = !at
    ? ''
    : paused
      ? `${where}: paused.`
      : run.phase === 'thinking'
        ? `${where}${at.probe ? ', follow-up' : ''}. Thinking time: ${duration(Math.round(limit / 1000))}. Press Space or Start answer when ready.`
        : `${doc.typing ? 'Type your answer' : 'Recording your answer'}: up to ${duration(Math.round(limit / 1000))}. Press Space or Stop answer when done.`;

  const discard = () => {
    const undo = discardRound();
    undoOffer.value = { label: 'Round discarded.', undo: async () => undo() };
  };

  if (!at) return <p class="skeleton">Opening the round…</p>;
  return (
    <section class="round-running" aria-labelledby="round-step">
      {run.reloaded && (
        <div class="banner round-resume" role="region" aria-label="Unfinished round">
          <p>
            You left this round at question {at.index + 1} of {at.total}
            {run.phase === 'answering' ? `, during an answer (what was ${doc.typing ? 'typed' : 'recorded'} is kept)` : ''}. Resume it, or discard it.
          </p>
          <div class="row">
            <button type="button" class="button primary" onClick={() => dispatch({ type: 'resume' })}>
              Resume round
            </button>
            <button type="button" class="button" onClick={discard}>
              Discard round
            </button>
          </div>
        </div>
      )}
      <p class="round-title lede">{run.round.title}</p>
      <h1 id="round-step" class="round-step">
        {where}
        {at.probe ? ' · follow-up' : ''}
      </h1>
      <p class={at.probe ? 'round-question asked-before' : 'round-question'}>{question?.text ?? 'This question is no longer in the bank.'}</p>
      {at.probe && (
        <p class="round-probe">
          <span class="lede">The interviewer digs in: </span>
          <strong>{at.probe}</strong>
        </p>
      )}
      <div class={`round-clock ${run.phase}`}>
        <span class="round-phase">{paused ? 'Paused' : run.phase === 'thinking' ? 'Thinking time' : 'Answer time'}</span>
        <span class="round-left" role="timer" aria-label={`${run.phase === 'thinking' ? 'Thinking' : 'Answer'} time left`}>
          {clock(left)}
        </span>
        <span class="round-bar" aria-hidden="true">
          <span style={{ transform: `scaleX(${limit ? left / limit : 0})` }} />
        </span>
        {answering && !doc.typing && recording && (
          <span class="round-recording">
            <span class="dot" aria-hidden="true" /> Recording <LevelMeter level={recording.level} />
          </span>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {answering && doc.typing && (
        <div class="field">
          <label for="round-typed">Your answer</label>
          <textarea id="round-typed" dir="auto" rows={8} value={doc.typed} disabled={paused} onInput={(e) => typeAnswer(e.currentTarget.value)} />
        </div>
      )}
      <div class="round-controls">
        <button ref={toggleRef} type="button" class={answering ? 'button primary stop' : 'button primary'} aria-disabled={paused} onClick={toggle}>
          {answering ? 'Stop answer' : 'Start answer'}
        </button>
        {!run.reloaded && (
          <button type="button" class="button" onClick={() => dispatch({ type: paused ? 'resume' : 'pause' })}>
            {paused ? 'Resume' : 'Pause'}
          </button>
        )}
        <button type="button" class="button" onClick={() => dispatch({ type: 'skip' })}>
          Skip
        </button>
        <button type="button" class="button" onClick={() => dispatch({ type: 'finish' })}>
          Finish round
        </button>
        {!doc.typing && !answering && (
          <button type="button" class="link-button" onClick={typeAnswers}>
            Type instead
          </button>
        )}
      </div>
      <p class="hint round-keys">Space starts and stops an answer.</p>
      {roundProblem.value && (
        <p class="note" role="alert">
          {roundProblem.value}
        </p>
      )}
      <RecordingTrouble questionId={null} recording={!!recording} />
      {journalRefused.value && (
        <p class="note" role="alert">
          This browser’s storage refused to keep the round, so a closed tab would lose where you are (your recorded takes are safe). Free some space to be safe.
        </p>
      )}
    </section>
  );
}
