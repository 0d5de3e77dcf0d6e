import { readFileSync } from 'node:fs';

export interface RelevanceQuery {
  q: string;
  ids: string[];
}
export type Tier = 'typos' | 'plain' | 'paraphrase';
export const TIERS: readonly Tier[] = ['typos', 'plain', 'paraphrase'];

export const relevanceSet = (): Record<Tier, RelevanceQuery[]> =>
  (JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as { tiers: Record<Tier, RelevanceQuery[]> }).tiers;

export interface TierScore {
  queries: number;
  hit1: number;
  hit3: number;
  /** Queries whose top three hold none of their right questions. */
  misses: { q: string; top: string[] }[];
}

/** hit@1 and hit@3 per tier (shares of queries, 0–1) for a search that returns question ids, best first. */
export function score(search: (query: string) => readonly string[]): Record<Tier, TierScore> {
  const set = relevanceSet();
  const out = {} as Record<Tier, TierScore>;
  for (const tier of TIERS) {
    let hit1 = 0;
    let hit3 = 0;
    const misses: TierScore['misses'] = [];
    for (const { q, ids } of set[tier]) {
      const top = search(q).slice(0, 3);
      if (top[0] !== undefined && ids.includes(top[0])) hit1++;
      if (top.some((id) => ids.includes(id))) hit3++;
      else misses.push({ q, top });
    }
    out[tier] = { queries: set[tier].length, hit1: hit1 / set[tier].length, hit3: hit3 / set[tier].length, misses };
  }
  return out;
}
