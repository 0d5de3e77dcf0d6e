import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawPool } from '../../bank/rounds';
import type { Depth, Question, RoundPreset, Rounds } from '../../bank/types';
import { validateRounds } from '../../bank/validate';
import { buildRound, type CustomRound, type Round } from './build';
import { prng as seeded } from '../../store/record-mutations.test-support'; // mulberry32: each seed gives the same round every run

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as T;
const bank = read<Question[]>('questions.json');
const depth = read<Depth>('depth.json');
const rounds = read<Rounds>('rounds.json');
const byId = new Map(bank.map((q) => [q.id, q]));
const probesOf = (id: string) => depth.questions.find((d) => d.id === id)!.probes;

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);
const preset = (id: string) => rounds.presets.find((p) => p.id === id)!;

/** What every round must keep, whatever its spec: no question twice, only questions, probes from the question's depth. */
function expectWellFormed(round: Round) {
  const ids = round.items.map((i) => i.questionId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of round.items) {
    expect(byId.get(item.questionId)?.kind).toBe('question');
    expect(probesOf(item.questionId).slice(0, item.probes.length)).toEqual(item.probes);
  }
}

describe('data/rounds.json', () => {
  it('passes the check against the bank and the depth', () => {
    expect(validateRounds(rounds, bank, depth)).toMatchObject({ ok: true });
  });

  it('has the presets the product names', () => {
    expect(rounds.presets.map((p) => p.title)).toEqual([
      'OpenAI behavioral',
      'Anthropic culture & safety',
      'Staff leadership round (45 min)',
      'Staff collaboration round (30 min)',
      'First five minutes (tell me about yourself in 60 s)',
    ]);
  });
});

describe('each preset keeps its rules over 50 seeds', () => {
  it.each(rounds.presets.map((p) => [p.id, p] as const))('%s', (_, spec: RoundPreset) => {
    const fixed = spec.picks.filter((p) => p.question !== undefined);
    const draws = spec.picks.filter((p) => p.draw !== undefined);
    const total = fixed.length + draws.reduce((n, p) => n + (p.count ?? 0), 0);
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const round = buildRound(spec, bank, depth, seeded(seed));
      expectWellFormed(round);
      expect(round.short).toBeNull();
      expect(round.items).toHaveLength(total);
      expect(round.presetId).toBe(spec.id);
      expect(round.id.startsWith(`${spec.id}-`)).toBe(true);
      expect(round.thinkingMs).toBe(spec.thinkingSeconds * 1000);
      expect(round.answerMs).toBe(spec.answerSeconds * 1000);
      expect(round.minutes).toBe(spec.minutes);
      // Fixed questions first, in their order, each with the follow-ups asked for.
      fixed.forEach((pick, i) => {
        expect(round.items[i]!.questionId).toBe(pick.question);
        expect(round.items[i]!.probes).toHaveLength(pick.probes ?? 0);
      });
      // Then each draw's count, from its pool, with its follow-ups.
      let at = fixed.length;
      for (const pick of draws) {
        const pool = new Set(drawPool(pick.draw!, bank).map((q) => q.id));
        for (const item of round.items.slice(at, at + pick.count!)) {
          expect(pool.has(item.questionId)).toBe(true);
          expect(item.probes).toHaveLength(pick.probes ?? 0);
          seen.add(item.questionId);
        }
        at += pick.count!;
      }
    }
    // The draws do vary with the seed (where the pool is bigger than the draw).
    if (draws.some((p) => drawPool(p.draw!, bank).length > p.count! + fixed.length)) expect(seen.size).toBeGreaterThan(draws.reduce((n, p) => n + p.count!, 0));
  });

  it('OpenAI behavioral opens with "Why OpenAI?" and digs into one conflict with follow-ups', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const round = buildRound(preset('openai-behavioral'), bank, depth, seeded(seed));
      expect(round.items[0]!.questionId).toBe('why-openai');
      const conflicts = round.items.filter((i) => byId.get(i.questionId)!.categories.includes('Conflict & Collaboration'));
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.probes.length).toBeGreaterThanOrEqual(3);
      expect(conflicts[0]!.probes).toContain('Why did you make those calls?');
    }
  });

  it('the same seed builds the same round', () => {
    const a = buildRound(preset('staff-collaboration'), bank, depth, seeded(42));
    const b = buildRound(preset('staff-collaboration'), bank, depth, seeded(42));
    expect(b).toEqual(a);
  });

  it('never draws an answer pattern, even from a pool that has them', () => {
    const patterns = bank.filter((q) => q.kind === 'pattern');
    expect(patterns.length).toBeGreaterThan(0);
    const company = patterns[0]!.companies[0]!;
    for (const seed of SEEDS) {
      const round = buildRound({ count: 50, by: { company }, thinkingSeconds: 0, answerSeconds: 60 }, bank, depth, seeded(seed));
      expect(round.items.map((i) => i.questionId)).not.toContain(patterns[0]!.id);
      expectWellFormed(round);
    }
  });
});

describe('a custom round', () => {
  const custom = (over: Partial<CustomRound>): CustomRound => ({ count: 4, by: 'random', thinkingSeconds: 15, answerSeconds: 120, ...over });

  it('draws N at random from the whole bank, seeded', () => {
    const ids = new Set<string>();
    for (const seed of SEEDS) {
      const round = buildRound(custom({ count: 6 }), bank, depth, seeded(seed));
      expect(round.items).toHaveLength(6);
      expect(round.presetId).toBeNull();
      expect(round.id).toMatch(/^custom-[a-z0-9]{8}$/);
      expect(round.thinkingMs).toBe(15_000);
      expect(round.answerMs).toBe(120_000);
      expectWellFormed(round);
      round.items.forEach((i) => ids.add(i.questionId));
    }
    expect(ids.size).toBeGreaterThan(40);
  });

  it('draws by category', () => {
    for (const seed of SEEDS) {
      const round = buildRound(custom({ count: 5, by: { category: 'Failure & Learning' } }), bank, depth, seeded(seed));
      expect(round.items).toHaveLength(5);
      for (const i of round.items) expect(byId.get(i.questionId)!.categories).toContain('Failure & Learning');
      expect(round.title).toBe('5 questions: Failure & Learning');
      expectWellFormed(round);
    }
  });

  it('draws by company', () => {
    for (const seed of SEEDS) {
      const round = buildRound(custom({ count: 3, by: { company: 'Meta' } }), bank, depth, seeded(seed));
      expect(round.items).toHaveLength(3);
      for (const i of round.items) expect(byId.get(i.questionId)!.companies).toContain('Meta');
      expectWellFormed(round);
    }
  });

  it('asks follow-ups after every k-th answer', () => {
    const round = buildRound(custom({ count: 7, probeEvery: 3, probes: 2 }), bank, depth, seeded(3));
    expect(round.items.map((i) => i.probes.length)).toEqual([0, 0, 2, 0, 0, 2, 0]);
    expectWellFormed(round);
    const none = buildRound(custom({ count: 4 }), bank, depth, seeded(3));
    expect(none.items.every((i) => i.probes.length === 0)).toBe(true);
    const every = buildRound(custom({ count: 4, probeEvery: 1 }), bank, depth, seeded(3));
    expect(every.items.map((i) => i.probes.length)).toEqual([1, 1, 1, 1]);
  });

  it('from a short bank: as many as exist, and a note saying so', () => {
    const pool = drawPool({ company: 'Microsoft' }, bank);
    const round = buildRound(custom({ count: 10, by: { company: 'Microsoft' } }), bank, depth, seeded(9));
    expect(round.items).toHaveLength(pool.length);
    expect(new Set(round.items.map((i) => i.questionId))).toEqual(new Set(pool.map((q) => q.id)));
    expect(round.short).toMatch(/wanted 10 from company "Microsoft" \(the bank has 4 more\)/);
    expect(round.short).toMatch(/The round has the 4 there are/);
  });

  it('from an empty draw: no items, a note, no crash', () => {
    const round = buildRound(custom({ count: 3, by: { category: 'Nothing like it' } }), bank, depth, seeded(1));
    expect(round.items).toEqual([]);
    expect(round.short).toMatch(/wanted 3/);
  });
});

describe('a preset against a bank that lost questions', () => {
  it('keeps what it can and says what is missing', () => {
    const smaller = bank.filter((q) => q.id !== 'why-openai' && !(q.companies.includes('OpenAI') && q.categories.includes('Project Deep Dives')));
    const round = buildRound(preset('openai-behavioral'), smaller, depth, seeded(5));
    expect(round.items.map((i) => i.questionId)).toEqual(['tell-me-about-a-specific-conflict-with-another-person']);
    expect(round.short).toMatch(/"why-openai" \(not a question of the bank\)/);
    expect(round.short).toMatch(/1 from category "Project Deep Dives", company "OpenAI"/);
  });
});
