/**
 * The effect shell around the round machine: holds the run in a signal, stamps events with the clock, ticks
 * it, journals it after every step, and carries out its effects with the one recorder of the app (each answer
 * a normal take of its question) or, when answers are typed, with the text box's text.
 */
import { effect, signal } from '@preact/signals';
import { live, pauseTake, recordingProblem, resumeTake, startTake, stopTake } from '../recordings';
import { holdUpdates } from '../update-guard';
import { keepRound } from './history';
import { clearRound, discardPendingRound, journalledRound, journalRound, type RoundDoc } from './pending';
import { rememberStarted } from '../started';
import { newRun, step, type Round, type RoundEffect, type RoundEvent } from './machine';

export type { RoundDoc } from './pending';

/** The round on screen (running, paused, or finished and under review), or null for the setup. */
export const round = signal<RoundDoc | null>(null);
/** The microphone failed or localStorage refused: what happened, in words the user can act on. */
export const roundProblem = signal<string | null>(null);
/** localStorage refused the last write: the round goes on, but a closed tab would lose it. */
export const journalRefused = signal(false);

/** The clock the round runs on; tests may inject another. */
let now = (): number => Date.now();
export const setRoundClock = (clock: () => number): void => void (now = clock);

const TICK_MS = 250;
const QUIET_WRITE_MS = 1000;
let lastWrite = 0;
let ticker: ReturnType<typeof setInterval> | undefined;
let releaseHold: (() => void) | null = null;
/** The answer being recorded, from capture until the shell itself stops it. */
let recordingFor: string | null = null;
let effects: Promise<void> = Promise.resolve();

function commit(doc: RoundDoc | null, quiet = false): void {
  round.value = doc;
  const open = doc !== null && (doc.run.status === 'running' || doc.run.status === 'paused' || doc.run.status === 'ready');
  if (open && !releaseHold) releaseHold = holdUpdates('mock round');
  if (!open && releaseHold) {
    releaseHold();
    releaseHold = null;
  }
  if (!doc || doc.run.status === 'discarded') return;
  // A tick only moves the clock: journalled once a second, every other step at once.
  if (quiet && now() - lastWrite < QUIET_WRITE_MS) return;
  lastWrite = now();
  journalRefused.value = !journalRound(doc, lastWrite);
}

/** An event as the screen sends it: the shell stamps the time. */
export type RoundAction = RoundEvent extends infer E ? (E extends RoundEvent ? Omit<E, 'now'> : never) : never;

export function dispatch(event: RoundAction): void {
  const doc = round.value;
  if (!doc) return;
  const { run, effects: fx } = step(doc.run, { ...event, now: now() } as RoundEvent);
  commit({ ...doc, run }, event.type === 'tick' && fx.length === 0);
  for (const f of fx) effects = effects.then(() => carryOut(f)).catch(() => undefined);
}

/** Waits for the effects under way (a take being saved): the review shows every take. */
export const settled = (): Promise<void> => effects;

async function carryOut(fx: RoundEffect): Promise<void> {
  const doc = round.value;
  if (!doc) return;
  const item = doc.run.round.items[fx.type === 'finished' || fx.type === 'discarded' ? 0 : fx.at.item];
  switch (fx.type) {
    case 'capture': {
      if (doc.typing || !item) return; // the text box opens; what was typed before a reload stays in it
      recordingFor = item.questionId;
      if (await startTake(item.questionId)) return;
      recordingFor = null;
      roundProblem.value = `${recordingProblem.value ?? 'The microphone could not be used.'} Type your answers instead: the round goes on.`;
      const now = round.value;
      if (now) commit({ ...now, typing: true, typed: '' });
      return;
    }
    case 'endCapture': {
      if (doc.typing || recordingFor === null) {
        if (fx.keep) dispatch({ type: 'attach', item: fx.at.item, probe: fx.at.probe, text: doc.typed.trim() });
        const after = round.value;
        if (after) commit({ ...after, typed: '' });
        return;
      }
      recordingFor = null;
      // A take skipped mid-answer is not in the round, but stays a take of its question: nothing recorded is thrown away.
      const take = (await stopTake()) ?? doc.liveTake;
      if (fx.keep && take) dispatch({ type: 'attach', item: fx.at.item, probe: fx.at.probe, take });
      const after = round.value;
      if (after) commit({ ...after, liveTake: null });
      return;
    }
    case 'pauseCapture':
      return pauseTake();
    case 'resumeCapture':
      return resumeTake();
    case 'finished': {
      // Kept for Progress and the backup once the last answer's take has joined it (effects run in order).
      const finished = round.value?.run;
      if (!finished) return;
      const kept = await keepRound(finished);
      if (!kept.ok) roundProblem.value = `${kept.problem.message} The round stays here for its review; your takes are saved.`;
      return;
    }
    case 'discarded':
      return;
  }
}

// The take's id once its first chunk is stored, journalled so a reload keeps the take as cut; and a take the
// recorder ended by itself (microphone unplugged, storage full) stops the answer.
let leaving = false;
if (typeof window !== 'undefined') {
  // A closing tab ends the microphone too: that is not the user stopping, the answer is kept as cut on reopen.
  window.addEventListener('pagehide', () => (leaving = true));
  window.addEventListener('pageshow', () => (leaving = false));
}
effect(() => {
  const take = live.value;
  const doc = round.peek();
  if (!doc || recordingFor === null || leaving) return;
  if (take?.takeId && take.takeId !== doc.liveTake) commit({ ...doc, liveTake: take.takeId });
  if (!take && doc.run.status === 'running' && doc.run.phase === 'answering') {
    recordingFor = null;
    dispatch({ type: 'stopAnswer', take: doc.liveTake ?? undefined });
  }
});

/** A new round: the last one's journal entry goes (its takes stay takes of their questions). */
export function beginRound(built: Round, typing: boolean): void {
  clearRound();
  rememberStarted(true); // a round left unfinished comes first in the home page's What next
  roundProblem.value = null;
  commit({ run: newRun(built, now()), liveTake: null, typed: '', typing });
  dispatch({ type: 'start' });
}

/**
 * The round screen opens: the round in memory, else the journalled one. A take recorded when the tab went
 * joins its answer as cut. Starts the clock's ticks.
 */
export function openRound(): void {
  const stored = journalledRound();
  if (!stored) {
    if (round.value && round.value.run.status !== 'finished') void stopTake(); // discarded from another page
    commit(null);
  } else if (!round.value || round.value.run.round.id !== stored.run.round.id) {
    let doc = stored;
    if (doc.liveTake && doc.run.reloaded && doc.run.phase === 'answering') {
      doc = { ...doc, run: step(doc.run, { type: 'interrupted', now: now(), take: doc.liveTake }).run, liveTake: null };
    }
    commit(doc);
  }
  clearInterval(ticker);
  ticker = setInterval(() => round.value?.run.status === 'running' && dispatch({ type: 'tick' }), TICK_MS);
}

/** The round screen closes: the clock stops and a running round pauses (the home page offers to resume it). */
export function closeRound(): void {
  clearInterval(ticker);
  if (round.value?.run.status === 'running') dispatch({ type: 'pause' });
}

export function typeAnswers(): void {
  const doc = round.value;
  if (doc) commit({ ...doc, typing: true });
}

export function typeAnswer(text: string): void {
  const doc = round.value;
  if (doc) commit({ ...doc, typed: text });
}

/** Discard with Undo: the journal entry is taken whole and put back by the undo. */
export function discardRound(): () => void {
  const doc = round.value;
  const undo = discardPendingRound();
  if (doc && (doc.run.status === 'running' || doc.run.status === 'paused')) void stopTake();
  commit(null);
  return () => {
    undo();
    commit(journalledRound());
  };
}

/** Done with the review, or starting over. */
export function leaveReview(): void {
  clearRound();
  commit(null);
}
