import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../editing/memory-storage.test-support';
import type { Round } from './build';

// The one recorder of the app, faked: what the shell asks of it is recorded, its live take is a signal the test moves.
const recorder = vi.hoisted(() => ({ calls: [] as string[], startOk: true, takeId: 'take-1' }));
vi.mock('../recordings', () => {
  const live = signal<{ questionId: string; takeId: string | null; elapsedMs: number; level: number; interrupted: boolean } | null>(null);
  return {
    live,
    recordingProblem: signal<string | null>('Microphone access was denied.'),
    startTake: vi.fn(async (questionId: string) => {
      recorder.calls.push(`start ${questionId}`);
      if (recorder.startOk) live.value = { questionId, takeId: null, elapsedMs: 0, level: 0, interrupted: false };
      return recorder.startOk;
    }),
    stopTake: vi.fn(async () => {
      recorder.calls.push('stop');
      const had = live.value;
      live.value = null;
      return had ? recorder.takeId : null;
    }),
    pauseTake: vi.fn(() => recorder.calls.push('pause')),
    resumeTake: vi.fn(() => recorder.calls.push('resume')),
  };
});
vi.mock('../update-guard', () => ({ holdUpdates: () => () => {} }));
const kept = vi.hoisted(() => [] as unknown[]);
vi.mock('./history', () => ({ keepRound: vi.fn(async (run: unknown) => (kept.push(run), { ok: true, value: undefined })) }));

const { live } = await import('../recordings');
const { beginRound, dispatch, round, roundProblem, setRoundClock, settled, typeAnswer } = await import('./running');
const { journalledRound } = await import('./pending');

const built: Round = {
  id: 'custom-x',
  title: 'Two questions',
  presetId: null,
  items: [
    { questionId: 'q-one', probes: [] },
    { questionId: 'q-two', probes: [] },
  ],
  minutes: null,
  thinkingMs: 10_000,
  answerMs: 60_000,
  short: null,
};

let t = 1_000_000;
beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
  recorder.calls = [];
  recorder.startOk = true;
  kept.length = 0;
  t = 1_000_000;
  setRoundClock(() => t);
});
afterEach(() => vi.unstubAllGlobals());

describe('the round shell', () => {
  it('records each answer as a take of its question and attaches it; journals every step', async () => {
    beginRound(built, false);
    dispatch({ type: 'startAnswer' });
    await settled();
    expect(recorder.calls).toEqual(['start q-one']);
    live.value = { ...live.value!, takeId: 'take-1' }; // the first chunk is stored
    expect(journalledRound()?.liveTake).toBe('take-1');
    t += 5_000;
    dispatch({ type: 'stopAnswer' });
    await settled();
    expect(recorder.calls).toEqual(['start q-one', 'stop']);
    expect(round.value!.run.answers).toMatchObject([{ questionId: 'q-one', outcome: 'answered', take: 'take-1', answerMs: 5_000 }]);
    expect(round.value!.liveTake).toBeNull();
    expect(journalledRound()?.run.answers[0]?.take).toBe('take-1');
    expect(journalledRound()?.run.at).toEqual({ item: 1, probe: null });
  });

  it('pause and resume hold the take; a take the recorder ended by itself stops the answer', async () => {
    beginRound(built, false);
    dispatch({ type: 'startAnswer' });
    await settled();
    dispatch({ type: 'pause' });
    dispatch({ type: 'resume' });
    await settled();
    expect(recorder.calls).toEqual(['start q-one', 'pause', 'resume']);
    live.value = { ...live.value!, takeId: 'take-9' };
    live.value = null; // the microphone was unplugged: the recorder stopped and kept the take
    await settled();
    expect(round.value!.run.answers).toMatchObject([{ outcome: 'answered', take: 'take-9' }]);
    expect(round.value!.run.at.item).toBe(1);
  });

  it('no microphone: says why, and the answers are typed from then on', async () => {
    recorder.startOk = false;
    beginRound(built, false);
    dispatch({ type: 'startAnswer' });
    await settled();
    expect(roundProblem.value).toMatch(/^Microphone access was denied\. Type your answers instead/);
    expect(round.value!.typing).toBe(true);
    typeAnswer('  We measured it first.  ');
    expect(journalledRound()?.typed).toBe('  We measured it first.  ');
    dispatch({ type: 'stopAnswer' });
    await settled();
    dispatch({ type: 'startAnswer' });
    await settled();
    expect(recorder.calls).toEqual(['start q-one']); // not asked again
    t += 60_000;
    typeAnswer('Half an answer when time ran out');
    dispatch({ type: 'tick' });
    await settled();
    expect(round.value!.run.answers.map((a) => [a.outcome, a.text, a.take])).toEqual([
      ['answered', 'We measured it first.', null],
      ['timeUp', 'Half an answer when time ran out', null],
    ]);
    expect(round.value!.run.status).toBe('finished');
    expect(journalledRound()?.run.status).toBe('finished'); // kept for the review
    // …and in the rounds store, with the last answer's text in it.
    expect(kept).toEqual([round.value!.run]);
  });
});
