import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Depth, Question, Rounds } from '../../bank/types';
import { buildRound, type Round } from './build';
import { currentStep, newRun, remainingMs, restore, serialise, step, type RoundEffect, type RoundEvent, type RoundRun } from './machine';

/** Two questions, the first with two follow-ups: thinking 10 s, answers up to 60 s. */
const round: Round = {
  id: 'test-round',
  title: 'Test round',
  presetId: null,
  items: [
    { questionId: 'q-one', probes: ['Why did you make that call?', 'What would you do differently?'] },
    { questionId: 'q-two', probes: [] },
  ],
  minutes: null,
  thinkingMs: 10_000,
  answerMs: 60_000,
  short: null,
};

/** An injected clock: events are stamped with its time, and tests move it. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** Runs events in order; returns the last run and every effect. */
function play(from: RoundRun, ...events: RoundEvent[]) {
  let run = from;
  const effects: RoundEffect[] = [];
  for (const event of events) {
    const next = step(run, event);
    run = next.run;
    effects.push(...next.effects);
  }
  return { run, effects, types: effects.map((e) => e.type) };
}

describe('the round machine', () => {
  it('starts in thinking on the first question; Space starts and stops the answer', () => {
    const c = clock();
    let { run, types } = play(newRun(round, c.now()), { type: 'start', now: c.now() });
    expect(run).toMatchObject({ status: 'running', phase: 'thinking', at: { item: 0, probe: null }, startedAt: c.now() });
    expect(types).toEqual([]);
    expect(currentStep(run)).toEqual({ questionId: 'q-one', probe: null, index: 0, total: 2 });
    expect(remainingMs(run, c.advance(4_000))).toBe(6_000);

    ({ run, types } = play(run, { type: 'startAnswer', now: c.now() }));
    expect(run.phase).toBe('answering');
    expect(types).toEqual(['capture']);
    expect(remainingMs(run, c.advance(20_000))).toBe(40_000);

    const stopped = play(run, { type: 'stopAnswer', now: c.now(), take: 'take-1' });
    run = stopped.run;
    expect(stopped.effects).toEqual([{ type: 'endCapture', at: { item: 0, probe: null }, keep: true }]);
    expect(run.answers).toEqual([
      { item: 0, probe: null, questionId: 'q-one', prompt: null, outcome: 'answered', take: 'take-1', text: null, thinkingMs: 4_000, answerMs: 20_000 },
    ]);
    // The question has follow-ups: the first one is next, with its own thinking time.
    expect(run).toMatchObject({ phase: 'thinking', at: { item: 0, probe: 0 } });
    expect(currentStep(run)?.probe).toBe('Why did you make that call?');
    expect(remainingMs(run, c.now())).toBe(10_000);
  });

  it('goes through every follow-up, then the next question, then finishes', () => {
    const c = clock();
    const answer = (text: string): RoundEvent[] => [
      { type: 'startAnswer', now: c.advance(1_000) },
      { type: 'stopAnswer', now: c.advance(5_000), text },
    ];
    const { run, types } = play(newRun(round, c.now()), { type: 'start', now: c.now() }, ...answer('a'), ...answer('b'), ...answer('c'), ...answer('d'));
    expect(run.status).toBe('finished');
    expect(run.finishedAt).toBe(c.now());
    expect(run.answers.map((a) => [a.item, a.probe, a.prompt, a.text, a.outcome])).toEqual([
      [0, null, null, 'a', 'answered'],
      [0, 0, 'Why did you make that call?', 'b', 'answered'],
      [0, 1, 'What would you do differently?', 'c', 'answered'],
      [1, null, null, 'd', 'answered'],
    ]);
    expect(types.at(-1)).toBe('finished');
    expect(types.filter((t) => t === 'capture')).toHaveLength(4);
    expect(currentStep(run)).toBeNull();
    expect(remainingMs(run, c.now())).toBeNull();
  });

  it('skip: a question with its follow-ups, or one follow-up; mid-answer the capture is thrown away', () => {
    const c = clock();
    const started = play(newRun(round, c.now()), { type: 'start', now: c.now() }).run;
    const skipped = play(started, { type: 'skip', now: c.advance(3_000) });
    expect(skipped.run.at).toEqual({ item: 1, probe: null });
    expect(skipped.run.answers).toMatchObject([{ item: 0, probe: null, outcome: 'skipped', thinkingMs: 3_000, answerMs: 0 }]);
    expect(skipped.types).toEqual([]);

    const onProbe = play(started, { type: 'startAnswer', now: c.now() }, { type: 'stopAnswer', now: c.advance(5_000) }).run;
    expect(onProbe.at).toEqual({ item: 0, probe: 0 });
    const midAnswer = play(onProbe, { type: 'startAnswer', now: c.advance(2_000) }, { type: 'skip', now: c.advance(4_000) });
    expect(midAnswer.effects.at(-1)).toEqual({ type: 'endCapture', at: { item: 0, probe: 0 }, keep: false });
    expect(midAnswer.run.at).toEqual({ item: 0, probe: 1 });
    expect(midAnswer.run.answers.at(-1)).toMatchObject({ probe: 0, outcome: 'skipped', take: null, answerMs: 4_000 });

    const last = play(skipped.run, { type: 'skip', now: c.advance(1_000) });
    expect(last.run.status).toBe('finished');
    expect(last.types).toEqual(['finished']);
  });

  it('pause and resume: paused time does not count, in thinking or answering', () => {
    const c = clock();
    let { run } = play(newRun(round, c.now()), { type: 'start', now: c.now() });
    ({ run } = play(run, { type: 'pause', now: c.advance(4_000) }));
    expect(run.status).toBe('paused');
    expect(remainingMs(run, c.advance(120_000))).toBe(6_000);
    // Events that need a running round do nothing while paused.
    expect(play(run, { type: 'tick', now: c.now() }).run).toEqual({ ...run, seenAt: c.now() });
    expect(play(run, { type: 'startAnswer', now: c.now() }).run.phase).toBe('thinking');
    ({ run } = play(run, { type: 'resume', now: c.now() }));
    expect(run.pausedMs).toBe(120_000);
    expect(remainingMs(run, c.advance(1_000))).toBe(5_000);

    let types: string[];
    ({ run } = play(run, { type: 'startAnswer', now: c.now() }));
    ({ run, types } = play(run, { type: 'pause', now: c.advance(30_000) }));
    expect(types).toEqual(['pauseCapture']);
    expect(remainingMs(run, c.advance(600_000))).toBe(30_000);
    ({ run, types } = play(run, { type: 'resume', now: c.now() }, { type: 'tick', now: c.advance(29_000) }));
    expect(types).toEqual(['resumeCapture']);
    expect(run.phase).toBe('answering');
    expect(remainingMs(run, c.now())).toBe(1_000);
    ({ run } = play(run, { type: 'stopAnswer', now: c.now() }));
    expect(run.answers[0]).toMatchObject({ thinkingMs: 5_000, answerMs: 59_000 });
  });

  it('time limits by tick: thinking runs out → the answer starts; the limit → the answer stops', () => {
    const c = clock();
    let { run, effects } = play(newRun(round, c.now()), { type: 'start', now: c.now() }, { type: 'tick', now: c.advance(9_999) });
    expect(run.phase).toBe('thinking');
    expect(effects).toEqual([]);
    ({ run, effects } = play(run, { type: 'tick', now: c.advance(1_500) }));
    expect(run.phase).toBe('answering');
    expect(effects).toEqual([{ type: 'capture', at: { item: 0, probe: null } }]);
    // The answer began when thinking ran out (10 s in), not at the late tick (11.499 s in).
    expect(remainingMs(run, c.now())).toBe(58_501);
    ({ run, effects } = play(run, { type: 'tick', now: c.advance(58_500) }));
    expect(run.phase).toBe('answering');
    expect(effects).toEqual([]);
    ({ run, effects } = play(run, { type: 'tick', now: c.advance(1) }));
    expect(effects).toEqual([{ type: 'endCapture', at: { item: 0, probe: null }, keep: true }]);
    expect(run.answers).toMatchObject([{ outcome: 'timeUp', thinkingMs: 10_000, answerMs: 60_000, take: null }]);
    expect(run).toMatchObject({ phase: 'thinking', at: { item: 0, probe: 0 }, phaseStart: c.now() });
    // The take saved after the limit joins its answer.
    ({ run } = play(run, { type: 'attach', now: c.advance(300), item: 0, probe: null, take: 'take-late' }));
    expect(run.answers[0]!.take).toBe('take-late');
    // A tick long after both limits: the answer starts and stops, nothing more.
    ({ run, effects } = play(run, { type: 'tick', now: c.advance(500_000) }));
    expect(effects.map((e) => e.type)).toEqual(['capture', 'endCapture']);
    expect(run.answers.at(-1)).toMatchObject({ probe: 0, outcome: 'timeUp' });
    expect(run.at).toEqual({ item: 0, probe: 1 });
  });

  it('no thinking time: each step opens on its answer', () => {
    const c = clock();
    const { run, types } = play(newRun({ ...round, thinkingMs: 0 }, c.now()), { type: 'start', now: c.now() });
    expect(run.phase).toBe('answering');
    expect(types).toEqual(['capture']);
  });

  it('finish early keeps the answer under way as cut; discard throws it away', () => {
    const c = clock();
    const answering = play(newRun(round, c.now()), { type: 'start', now: c.now() }, { type: 'startAnswer', now: c.advance(2_000) }).run;
    const finished = play(answering, { type: 'finish', now: c.advance(7_000) });
    expect(finished.effects).toEqual([{ type: 'endCapture', at: { item: 0, probe: null }, keep: true }, { type: 'finished' }]);
    expect(finished.run).toMatchObject({ status: 'finished', finishedAt: c.now() });
    expect(finished.run.answers).toMatchObject([{ outcome: 'cut', answerMs: 7_000 }]);
    expect(play(finished.run, { type: 'start', now: c.now() }).run).toEqual({ ...finished.run, seenAt: c.now() });

    const discarded = play(answering, { type: 'pause', now: c.now() }, { type: 'discard', now: c.advance(1_000) });
    expect(discarded.types).toEqual(['pauseCapture', 'endCapture', 'discarded']);
    expect(discarded.effects[1]).toMatchObject({ keep: false });
    expect(discarded.run.status).toBe('discarded');
    expect(play(discarded.run, { type: 'resume', now: c.now() }).types).toEqual([]);
  });

  it('an empty round finishes as it starts', () => {
    const { run, types } = play(newRun({ ...round, items: [] }, 5), { type: 'start', now: 5 });
    expect(run.status).toBe('finished');
    expect(types).toEqual(['finished']);
  });
});

describe('a round read back after a reload', () => {
  it('mid-answer: comes back paused where last seen, with the right time left; the time away does not count', () => {
    const c = clock();
    let { run } = play(
      newRun(round, c.now()),
      { type: 'start', now: c.now() },
      { type: 'startAnswer', now: c.advance(3_000) },
      { type: 'pause', now: c.advance(5_000) },
      { type: 'resume', now: c.advance(50_000) },
      { type: 'tick', now: c.advance(15_000) },
    );
    // 20 s answered (5 before the pause, 15 after): 40 s left. Then the tab crashes and is opened an hour later.
    expect(remainingMs(run, c.now())).toBe(40_000);
    const saved = serialise(run);
    c.advance(3_600_000);
    const restored = restore(saved);
    if (!restored.ok) throw new Error(restored.reason);
    ({ run } = restored);
    expect(run).toMatchObject({ status: 'paused', phase: 'answering', at: { item: 0, probe: null }, reloaded: true });
    expect(remainingMs(run, c.now())).toBe(40_000);
    // Resuming starts a new capture (the old recorder is gone) and the countdown goes on from 40 s.
    const resumed = play(run, { type: 'resume', now: c.now() });
    expect(resumed.effects).toEqual([{ type: 'capture', at: { item: 0, probe: null } }]);
    expect(resumed.run.reloaded).toBe(false);
    expect(remainingMs(resumed.run, c.advance(10_000))).toBe(30_000);
    const stopped = play(resumed.run, { type: 'tick', now: c.advance(30_000) });
    expect(stopped.run.answers).toMatchObject([{ outcome: 'timeUp', answerMs: 60_000 }]);
  });

  it('mid-answer with a take under way: the take joins the step as cut, and the answer resumed after it gets the next take', () => {
    const c = clock();
    const before = play(
      newRun(round, c.now()),
      { type: 'start', now: c.now() },
      { type: 'startAnswer', now: c.advance(2_000) },
      { type: 'tick', now: c.advance(12_000) },
    );
    const restored = restore(serialise(before.run));
    if (!restored.ok) throw new Error(restored.reason);
    const cut = play(restored.run, { type: 'interrupted', now: c.advance(60_000), take: 'take-partial' });
    expect(cut.run.answers).toMatchObject([{ item: 0, probe: null, outcome: 'cut', take: 'take-partial', answerMs: 12_000 }]);
    expect(cut.run).toMatchObject({ status: 'paused', phase: 'answering', reloaded: true });
    expect(cut.effects).toEqual([]);
    // Said twice (two tabs, or a second read), it is kept once; not after a reload, it changes nothing.
    expect(play(cut.run, { type: 'interrupted', now: c.now(), take: 'take-partial' }).run.answers).toHaveLength(1);
    expect(play(before.run, { type: 'interrupted', now: c.now(), take: 'take-x' }).run).toEqual({ ...before.run, seenAt: c.now() });
    const answered = play(
      cut.run,
      { type: 'resume', now: c.now() },
      { type: 'stopAnswer', now: c.advance(5_000) },
      { type: 'attach', now: c.now(), item: 0, probe: null, take: 'take-rest' },
    );
    expect(answered.run.answers.map((a) => [a.outcome, a.take])).toEqual([
      ['cut', 'take-partial'],
      ['answered', 'take-rest'],
    ]);
    expect(currentStep(answered.run)?.probe).toBe('Why did you make that call?');
  });

  it('a paused, a finished and a fresh round come back as they were', () => {
    const c = clock();
    const paused = play(newRun(round, c.now()), { type: 'start', now: c.now() }, { type: 'pause', now: c.advance(2_000) }).run;
    expect(restore(JSON.parse(serialise(paused)))).toEqual({ ok: true, run: { ...paused, reloaded: true } });
    const done = play(paused, { type: 'finish', now: c.advance(1) }).run;
    expect(restore(serialise(done))).toEqual({ ok: true, run: done });
    const fresh = newRun(round, 7);
    expect(restore(serialise(fresh))).toEqual({ ok: true, run: fresh });
  });

  it('rejects a bad saved state with a reason', () => {
    const c = clock();
    const run = play(newRun(round, c.now()), { type: 'start', now: c.now() }, { type: 'startAnswer', now: c.advance(1_000) }).run;
    const reason = (value: unknown) => {
      const r = restore(value);
      return r.ok ? null : r.reason;
    };
    expect(reason('{ not json')).toBe('The saved round is not valid JSON.');
    expect(reason(null)).toMatch(/^The saved round is damaged: /);
    expect(reason({ ...run, version: 2 })).toBe('The saved round is damaged: "version" must be 1.');
    expect(reason({ ...run, status: 'dancing' })).toBe('The saved round is damaged: "status" must be one of ready, running, paused, finished, discarded.');
    expect(reason({ ...run, phaseStart: 'soon' })).toBe('The saved round is damaged: "phaseStart" must be a clock time.');
    expect(reason({ ...run, extra: 1 })).toMatch(/^The saved round is damaged: "extra" /);
    expect(reason({ ...run, at: { item: 5, probe: null } })).toBe('The saved round is damaged: "at.item" 5 is outside the round\'s 2 questions.');
    expect(reason({ ...run, at: { item: 1, probe: 0 } })).toBe('The saved round is damaged: "at.probe" 0 is outside the question\'s 0 follow-ups.');
    expect(reason({ ...run, phaseStart: run.seenAt + 1 })).toBe('The saved round is damaged: "phaseStart" is after "seenAt".');
    expect(reason({ ...run, pausedAt: run.seenAt })).toBe('The saved round is damaged: "pausedAt" does not match the status.');
    expect(reason({ ...run, answers: [{ ...play(run, { type: 'stopAnswer', now: c.now() }).run.answers[0]!, questionId: 'q-other' }] })).toBe(
      'The saved round is damaged: "answers.0" is not a question of the round.',
    );
    expect(reason({ ...run, round: { ...run.round, items: [{ questionId: 'q-one' }] } })).toMatch(/^The saved round is damaged: "round\.items\.0\.probes" /);
  });
});

describe('a preset round left to the clock', () => {
  it('asks every question and every follow-up once, each stopped by its limit, then finishes', () => {
    const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as T;
    const preset = read<Rounds>('rounds.json').presets.find((p) => p.id === 'openai-behavioral')!;
    const built = buildRound(preset, read<Question[]>('questions.json'), read<Depth>('depth.json'), () => 0.5);
    const c = clock();
    let { run } = play(newRun(built, c.now()), { type: 'start', now: c.now() });
    let ticks = 0;
    while (run.status === 'running' && ticks++ < 10_000) ({ run } = play(run, { type: 'tick', now: c.advance(1_000) }));
    expect(run.status).toBe('finished');
    const steps = built.items.flatMap((item) => [[item.questionId, null], ...item.probes.map((p) => [item.questionId, p])]);
    expect(run.answers.map((a) => [a.questionId, a.prompt])).toEqual(steps);
    expect(run.answers.every((a) => a.outcome === 'timeUp' && a.answerMs === built.answerMs && a.thinkingMs === built.thinkingMs)).toBe(true);
    expect(steps.length).toBe(3 + 1 + 4 + 1);
  });
});
