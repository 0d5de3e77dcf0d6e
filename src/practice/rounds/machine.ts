/**
 * A mock round in progress: a pure reducer, run + event → run + effects, like the editing machine. Each
 * step (a question, then each follow-up it has) goes 'thinking' → 'answering' → the next step. No
 * timers, storage, recorder or clock inside: every event carries `now` from the shell's injected clock,
 * the shell ticks it, journals the run (plain JSON) after each step and carries out the effects.
 */
import * as v from 'valibot';
import type { Round } from './build';
import { RUN_VERSION, RoundRunSchema, type Cursor, type Outcome, type RoundAnswer, type RoundRun } from './schema';

export type * from './schema';
export type { Round } from './build';

export type RoundEvent =
  | { type: 'start'; now: number }
  /** Space: thinking is over, the answer starts. */
  | { type: 'startAnswer'; now: number }
  /** Space again: the answer stops; the take id or typed text if the shell already has it (else `attach` it later). */
  | { type: 'stopAnswer'; now: number; take?: string; text?: string }
  /** The take of an answer that has stopped is saved: it joins the answer. */
  | { type: 'attach'; now: number; item: number; probe: number | null; take?: string; text?: string }
  /** Skips the current step: a question with its follow-ups, or one follow-up. */
  | { type: 'skip'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  /** The clock moved: thinking time out → the answer starts; answer limit reached → the answer stops. */
  | { type: 'tick'; now: number }
  /** Ends the round now; an answer under way is kept, as cut. */
  | { type: 'finish'; now: number }
  | { type: 'discard'; now: number }
  /**
   * Read back after a reload mid-answer: the take recorded before the tab went (its chunks were stored as it
   * recorded) joins the step as cut. The step stays paused in its answer: resuming records the rest anew.
   */
  | { type: 'interrupted'; now: number; take: string };

/** What the shell does: capture = start recording (or show the text box) for the step `at`. */
export type RoundEffect =
  | { type: 'capture'; at: Cursor }
  /** Stop capturing the answer at `at`; keep: save it as a take of the question (false: throw it away). */
  | { type: 'endCapture'; at: Cursor; keep: boolean }
  | { type: 'pauseCapture'; at: Cursor }
  | { type: 'resumeCapture'; at: Cursor }
  /** The round is over: clear its journal entry, show the review. */
  | { type: 'finished' }
  | { type: 'discarded' };

export interface RoundStep {
  run: RoundRun;
  effects: RoundEffect[];
}

export function newRun(round: Round, now: number): RoundRun {
  return {
    version: RUN_VERSION,
    round,
    status: 'ready',
    at: { item: 0, probe: null },
    phase: 'thinking',
    phaseStart: now,
    thought: 0,
    pausedAt: null,
    reloaded: false,
    answers: [],
    startedAt: null,
    finishedAt: null,
    seenAt: now,
    pausedMs: 0,
  };
}

export function step(run: RoundRun, event: RoundEvent): RoundStep {
  const fx: RoundEffect[] = [];
  const now = Math.max(event.now, run.seenAt); // a clock never runs back inside a round
  const next = reduce({ ...run, seenAt: now }, event, now, fx);
  return { run: next, effects: fx };
}

/** Time spent in the current phase, pauses left out. */
export function elapsedMs(run: RoundRun, now: number): number {
  const until = run.status === 'paused' ? (run.pausedAt ?? now) : run.status === 'running' ? Math.max(now, run.seenAt) : run.seenAt;
  return Math.max(0, until - run.phaseStart);
}

/** What the countdown shows: the thinking or answer time left in the current phase; null when no phase runs. */
export function remainingMs(run: RoundRun, now: number): number | null {
  if (run.status !== 'running' && run.status !== 'paused') return null;
  const limit = run.phase === 'thinking' ? run.round.thinkingMs : run.round.answerMs;
  return Math.max(0, limit - elapsedMs(run, now));
}

/** The step on screen: its question, the follow-up asked (null for the question itself), and where it is in the round. */
export function currentStep(run: RoundRun): { questionId: string; probe: string | null; index: number; total: number } | null {
  const item = run.round.items[run.at.item];
  if (!item || run.status === 'finished' || run.status === 'discarded') return null;
  return {
    questionId: item.questionId,
    probe: run.at.probe === null ? null : (item.probes[run.at.probe] ?? null),
    index: run.at.item,
    total: run.round.items.length,
  };
}

function reduce(s: RoundRun, e: RoundEvent, now: number, fx: RoundEffect[]): RoundRun {
  switch (e.type) {
    case 'start':
      if (s.status !== 'ready') return s;
      if (s.round.items.length === 0) return finished({ ...s, startedAt: now }, now, fx);
      return enter({ ...s, status: 'running', startedAt: now }, { item: 0, probe: null }, now, fx);
    case 'startAnswer':
      if (s.status !== 'running' || s.phase !== 'thinking') return s;
      return answering(s, now, now - s.phaseStart, fx);
    case 'stopAnswer':
      if (s.status !== 'running' || s.phase !== 'answering') return s;
      fx.push({ type: 'endCapture', at: s.at, keep: true });
      return advance(record(s, 'answered', now - s.phaseStart, e), now, fx);
    case 'attach': {
      if (s.status === 'discarded') return s;
      // The last answer of the step: one cut by a reload may come before it.
      const i = s.answers.findLastIndex((a) => a.item === e.item && a.probe === e.probe && a.outcome !== 'skipped');
      if (i < 0) return s;
      const answers = [...s.answers];
      answers[i] = { ...answers[i]!, take: e.take ?? answers[i]!.take, text: e.text ?? answers[i]!.text };
      return { ...s, answers };
    }
    case 'skip': {
      if (s.status !== 'running' && s.status !== 'paused') return s;
      const answeringFor = s.phase === 'answering' ? elapsedMs(s, now) : 0;
      if (s.phase === 'answering') fx.push({ type: 'endCapture', at: s.at, keep: false });
      const resumed = s.status === 'paused' ? unpause(s, now) : s;
      const skipped = record({ ...resumed, thought: s.phase === 'thinking' ? elapsedMs(s, now) : s.thought }, 'skipped', answeringFor, {});
      // Skipping a question skips its follow-ups too: they dig into an answer that was not given.
      return s.at.probe === null ? next(skipped, s.at.item + 1, now, fx) : advance(skipped, now, fx);
    }
    case 'pause':
      if (s.status !== 'running') return s;
      if (s.phase === 'answering') fx.push({ type: 'pauseCapture', at: s.at });
      return { ...s, status: 'paused', pausedAt: now };
    case 'resume': {
      if (s.status !== 'paused') return s;
      if (s.phase === 'answering') fx.push(s.reloaded ? { type: 'capture', at: s.at } : { type: 'resumeCapture', at: s.at });
      return unpause(s, now);
    }
    case 'tick': {
      if (s.status !== 'running') return s;
      if (s.phase === 'thinking' && now - s.phaseStart >= s.round.thinkingMs) {
        // The answer starts when thinking time ran out, not at this tick: a late tick takes nothing from it.
        s = answering(s, s.phaseStart + s.round.thinkingMs, s.round.thinkingMs, fx);
      }
      if (s.phase === 'answering' && now - s.phaseStart >= s.round.answerMs) {
        fx.push({ type: 'endCapture', at: s.at, keep: true });
        return advance(record(s, 'timeUp', s.round.answerMs, {}), now, fx);
      }
      return s;
    }
    case 'finish': {
      if (s.status !== 'ready' && s.status !== 'running' && s.status !== 'paused') return s;
      if (s.status !== 'ready' && s.phase === 'answering') {
        fx.push({ type: 'endCapture', at: s.at, keep: true });
        s = record(s, 'cut', elapsedMs(s, now), {});
      }
      return finished(s.status === 'paused' ? unpause(s, now) : s, now, fx);
    }
    case 'interrupted':
      if (s.status !== 'paused' || !s.reloaded || s.phase !== 'answering') return s;
      if (s.answers.some((a) => a.take === e.take)) return s;
      return record(s, 'cut', elapsedMs(s, now), { take: e.take });
    case 'discard':
      if (s.status === 'discarded') return s;
      if ((s.status === 'running' || s.status === 'paused') && s.phase === 'answering') fx.push({ type: 'endCapture', at: s.at, keep: false });
      fx.push({ type: 'discarded' });
      return { ...s, status: 'discarded', pausedAt: null, finishedAt: now };
  }
}

function unpause(s: RoundRun, now: number): RoundRun {
  const paused = now - (s.pausedAt ?? now);
  return { ...s, status: 'running', pausedAt: null, reloaded: false, phaseStart: s.phaseStart + paused, pausedMs: s.pausedMs + paused };
}

function answering(s: RoundRun, at: number, thought: number, fx: RoundEffect[]): RoundRun {
  fx.push({ type: 'capture', at: s.at });
  return { ...s, phase: 'answering', phaseStart: at, thought };
}

/** The current step's answer (or skip) into the record. */
function record(s: RoundRun, outcome: Outcome, answerMs: number, given: { take?: string; text?: string }): RoundRun {
  const item = s.round.items[s.at.item]!;
  const answer: RoundAnswer = {
    item: s.at.item,
    probe: s.at.probe,
    questionId: item.questionId,
    prompt: s.at.probe === null ? null : (item.probes[s.at.probe] ?? null),
    outcome,
    take: given.take ?? null,
    text: given.text ?? null,
    thinkingMs: Math.max(0, Math.round(s.thought)),
    answerMs: Math.max(0, Math.round(answerMs)),
  };
  return { ...s, answers: [...s.answers, answer] };
}

/** After an answer: the question's next follow-up, or the next question, or the end. */
function advance(s: RoundRun, now: number, fx: RoundEffect[]): RoundRun {
  const probes = s.round.items[s.at.item]!.probes;
  const nextProbe = s.at.probe === null ? 0 : s.at.probe + 1;
  if (nextProbe < probes.length) return enter(s, { item: s.at.item, probe: nextProbe }, now, fx);
  return next(s, s.at.item + 1, now, fx);
}

function next(s: RoundRun, item: number, now: number, fx: RoundEffect[]): RoundRun {
  if (item >= s.round.items.length) return finished(s, now, fx);
  return enter(s, { item, probe: null }, now, fx);
}

function enter(s: RoundRun, at: Cursor, now: number, fx: RoundEffect[]): RoundRun {
  const entered: RoundRun = { ...s, at, phase: 'thinking', phaseStart: now, thought: 0 };
  return entered.round.thinkingMs === 0 ? answering(entered, now, 0, fx) : entered;
}

function finished(s: RoundRun, now: number, fx: RoundEffect[]): RoundRun {
  fx.push({ type: 'finished' });
  return { ...s, status: 'finished', pausedAt: null, finishedAt: now };
}

/** The run as journalled. */
export const serialise = (run: RoundRun): string => JSON.stringify(run);

export type Restored = { ok: true; run: RoundRun } | { ok: false; reason: string };

/**
 * A journalled run read back (text or parsed JSON). A bad one is rejected with a reason. A round that was
 * running when its tab closed or crashed comes back paused where it was last seen: the time the tab was
 * gone does not count, and resuming an answer starts a new capture (the old recorder is gone).
 */
export function restore(json: unknown): Restored {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return { ok: false, reason: 'The saved round is not valid JSON.' };
    }
  }
  const parsed = v.safeParse(RoundRunSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, reason: `The saved round is damaged: ${path ? `"${path}" ` : ''}${issue.message}.` };
  }
  const run = parsed.output;
  const problem = inconsistency(run);
  if (problem) return { ok: false, reason: `The saved round is damaged: ${problem}.` };
  if (run.status === 'running') return { ok: true, run: { ...run, status: 'paused', pausedAt: run.seenAt, reloaded: true } };
  if (run.status === 'paused') return { ok: true, run: { ...run, reloaded: true } };
  return { ok: true, run };
}

/** What the schema cannot see: a cursor outside the round, times out of order, answers for steps that do not exist. */
function inconsistency(run: RoundRun): string | null {
  const items = run.round.items;
  const live = run.status === 'running' || run.status === 'paused';
  if (live) {
    const item = items[run.at.item];
    if (!item) return `"at.item" ${run.at.item} is outside the round's ${items.length} questions`;
    if (run.at.probe !== null && run.at.probe >= item.probes.length)
      return `"at.probe" ${run.at.probe} is outside the question's ${item.probes.length} follow-ups`;
    if (run.phaseStart > run.seenAt) return '"phaseStart" is after "seenAt"';
    if (run.startedAt === null) return '"startedAt" is missing for a started round';
  }
  if ((run.status === 'paused') !== (run.pausedAt !== null)) return '"pausedAt" does not match the status';
  if (run.pausedAt !== null && (run.pausedAt < run.phaseStart || run.pausedAt > run.seenAt)) return '"pausedAt" is outside the current phase';
  for (const [i, a] of run.answers.entries()) {
    const item = items[a.item];
    if (!item || item.questionId !== a.questionId) return `"answers.${i}" is not a question of the round`;
    if (a.probe !== null && a.probe >= item.probes.length) return `"answers.${i}.probe" is not a follow-up of its question`;
  }
  return null;
}
