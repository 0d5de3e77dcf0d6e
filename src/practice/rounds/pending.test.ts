import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../editing/memory-storage.test-support';
import { SET_ASIDE_PREFIX } from '../journal';
import type { Round } from './build';
import { newRun, step, type RoundRun } from './machine';
import { clearRound, discardPendingRound, journalledRound, journalRound, pendingRound } from './pending';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const KEY = 'rehearse:unsaved-round:current:run';
const round: Round = {
  id: 'custom-abc',
  title: '2 random questions',
  presetId: null,
  items: [
    { questionId: 'q-one', probes: ['Why?'] },
    { questionId: 'q-two', probes: [] },
  ],
  minutes: null,
  thinkingMs: 10_000,
  answerMs: 60_000,
  short: null,
};
const T = 1_000_000;
const running = (): RoundRun => {
  const started = step(newRun(round, T), { type: 'start', now: T }).run;
  return step(started, { type: 'startAnswer', now: T + 2_000 }).run;
};
const doc = (run: RoundRun, liveTake: string | null = null) => ({ run, liveTake, typed: '', typing: false });

describe('the journalled round', () => {
  it('is read back after a closed tab: a running round comes back paused, with the take under way', () => {
    expect(journalRound(doc(running(), 'take-1'), T + 5_000)).toBe(true);
    const back = journalledRound();
    expect(back).toMatchObject({ liveTake: 'take-1', typing: false, run: { status: 'paused', phase: 'answering', reloaded: true } });
    expect(pendingRound()?.round.id).toBe('custom-abc');
  });

  it('a finished round is kept for its review but is not pending; cleared, nothing is', () => {
    const finished = step(running(), { type: 'finish', now: T + 9_000 }).run;
    journalRound(doc(finished), T + 9_000);
    expect(journalledRound()?.run.status).toBe('finished');
    expect(pendingRound()).toBeNull();
    clearRound();
    expect(journalledRound()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('discard takes it away, and its undo puts it back as it was', () => {
    journalRound(doc(running()), T);
    const stored = storage.items.get(KEY);
    const undo = discardPendingRound();
    expect(pendingRound()).toBeNull();
    undo();
    expect(storage.items.get(KEY)).toBe(stored);
    expect(pendingRound()?.status).toBe('paused');
  });

  it('an entry that fails the schema, or whose run does not hold together, is set aside, never used', () => {
    storage.setItem(KEY, JSON.stringify({ run: { version: 1 }, liveTake: null, typed: '', baseRev: 0, at: 1 }));
    expect(pendingRound()).toBeNull();
    expect(storage.items.has(SET_ASIDE_PREFIX + KEY)).toBe(true);
    expect(storage.items.has(KEY)).toBe(false);

    storage.items.clear();
    const bad = { ...running(), at: { item: 5, probe: null } };
    journalRound(doc(bad), T);
    expect(pendingRound()).toBeNull();
    expect(storage.items.has(SET_ASIDE_PREFIX + KEY)).toBe(true);
  });

  it('says so when localStorage refuses the write', () => {
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(journalRound(doc(running()), T)).toBe(false);
  });
});
