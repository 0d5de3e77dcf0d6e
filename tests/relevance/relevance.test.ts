import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/bank/search';
import type { Question } from '../../src/bank/types';
import type { Synonyms } from '../../src/bank/synonyms';
import { relevanceSet, score, TIERS } from './relevance';

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;
const questions = read<Question[]>('questions.json');
const search = createSearch(questions, read<Synonyms>('synonyms.json'));
const scores = score((q) => search.search(q).map((h) => h.item.id));

// The floor: relevance may not drop below the targets. Misses are listed so a failure says what broke.
const FLOOR = { typos: 1, plain: 1, paraphrase: 0.8 } as const;

describe('relevance of search on the shipped bank (tests/relevance/queries.json)', () => {
  it('has at least 60 queries in three tiers, each naming questions of the bank', () => {
    const set = relevanceSet();
    const ids = new Set(questions.map((q) => q.id));
    expect(TIERS.reduce((n, t) => n + set[t].length, 0)).toBeGreaterThanOrEqual(60);
    for (const t of TIERS) {
      expect(set[t].length).toBeGreaterThanOrEqual(15);
      for (const { ids: right } of set[t]) for (const id of right) expect(ids, id).toContain(id);
    }
  });

  it.each(TIERS)('%s: hit@3 stays at or above the floor', (tier) => {
    const { hit3, misses } = scores[tier];
    expect(hit3, `missed: ${JSON.stringify(misses)}`).toBeGreaterThanOrEqual(FLOOR[tier]);
  });

  it('a search without the vocabulary of the field misses paraphrases: the floor can fail', () => {
    const bare = createSearch(questions);
    expect(score((q) => bare.search(q).map((h) => h.item.id)).paraphrase.hit3).toBeLessThan(FLOOR.paraphrase);
  });
});
