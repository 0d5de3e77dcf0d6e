/**
 * Builds a mock round from a preset of data/rounds.json or a custom choice: which questions, in which
 * order, with which follow-up probes, and the round's clock. Pure: the bank, the depth and the random
 * source are passed in, so a seeded `random` gives the same round every time.
 */
import { askable, describeDraw, drawPool } from '../../bank/rounds';
import type { Depth, Question, RoundDraw, RoundPreset } from '../../bank/types';

/** A round chosen on the spot: N questions by random draw, category or company. */
export interface CustomRound {
  count: number;
  by: 'random' | { category: string } | { company: string };
  thinkingSeconds: number;
  answerSeconds: number;
  /** Follow-up probes after every k-th answer (the k-th, 2k-th, …); 0 or absent: none. */
  probeEvery?: number;
  /** How many probes each such answer gets (1 when absent). */
  probes?: number;
}

export type RoundSpec = RoundPreset | CustomRound;

export interface RoundItem {
  questionId: string;
  /** The follow-ups asked after the answer, in order; empty for none. */
  probes: string[];
}

export interface Round {
  /** Unique per round built: the preset's id (or "custom") and a random tail. */
  id: string;
  title: string;
  /** The preset it was built from; null for a custom round. */
  presetId: string | null;
  items: RoundItem[];
  /** How long the real round lasts (a preset's minutes); null for a custom round. */
  minutes: number | null;
  thinkingMs: number;
  answerMs: number;
  /** Set when the bank had fewer questions than asked: says what is missing; the round has what there was. */
  short: string | null;
}

export const isPreset = (spec: RoundSpec): spec is RoundPreset => 'picks' in spec;

const probesFor = (depth: Depth, id: string, n: number): string[] => (n > 0 ? (depth.questions.find((d) => d.id === id)?.probes.slice(0, n) ?? []) : []);

/** `n` of `pool` in an order set by `random` (a partial Fisher–Yates shuffle of a copy). */
function draw<T>(pool: readonly T[], n: number, random: () => number): T[] {
  const copy = [...pool];
  const take = Math.min(n, copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, take);
}

const tail = (random: () => number) => Array.from({ length: 8 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]).join('');

export function buildRound(spec: RoundSpec, bank: readonly Question[], depth: Depth, random: () => number): Round {
  const items: RoundItem[] = [];
  const chosen = new Set<string>();
  const missing: string[] = [];
  const add = (q: Question, probes: number) => {
    chosen.add(q.id);
    items.push({ questionId: q.id, probes: probesFor(depth, q.id, probes) });
  };
  const drawFrom = (from: RoundDraw, count: number, probes: (index: number) => number) => {
    const pool = drawPool(from, bank).filter((q) => !chosen.has(q.id));
    const got = draw(pool, count, random);
    for (const q of got) add(q, probes(items.length));
    if (got.length < count) missing.push(`${count} from ${describeDraw(from)} (the bank has ${got.length} more)`);
  };

  if (isPreset(spec)) {
    const byId = new Map(bank.map((q) => [q.id, q]));
    // Fixed questions first, in their order; then each draw, never a question already in the round.
    for (const pick of spec.picks) {
      if (pick.question === undefined) continue;
      const q = byId.get(pick.question);
      if (!q || !askable(q)) missing.push(`"${pick.question}" (not a question of the bank)`);
      else if (!chosen.has(q.id)) add(q, pick.probes ?? 0);
    }
    for (const pick of spec.picks) if (pick.draw) drawFrom(pick.draw, pick.count ?? 1, () => pick.probes ?? 0);
  } else {
    const from: RoundDraw = spec.by === 'random' ? {} : 'category' in spec.by ? { category: spec.by.category } : { company: spec.by.company };
    const every = spec.probeEvery ?? 0;
    drawFrom(from, Math.max(0, Math.floor(spec.count)), (index) => (every > 0 && (index + 1) % every === 0 ? (spec.probes ?? 1) : 0));
  }

  const title = isPreset(spec)
    ? spec.title
    : spec.by === 'random'
      ? `${items.length} random questions`
      : `${items.length} questions: ${'category' in spec.by ? spec.by.category : spec.by.company}`;
  return {
    id: `${isPreset(spec) ? spec.id : 'custom'}-${tail(random)}`,
    title,
    presetId: isPreset(spec) ? spec.id : null,
    items,
    minutes: isPreset(spec) ? spec.minutes : null,
    thinkingMs: spec.thinkingSeconds * 1000,
    answerMs: spec.answerSeconds * 1000,
    short: missing.length ? `The bank has fewer questions than asked: wanted ${missing.join('; ')}. The round has the ${items.length} there are.` : null,
  };
}
