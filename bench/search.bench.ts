import { readFileSync } from 'node:fs';
import { createSearch } from '../src/bank/search';
import type { Synonyms } from '../src/bank/synonyms';
import type { Question } from '../src/bank/types';
import { measure, summarise, table } from './stats';

const QUERIES = [
  'halucinations',
  'antropic',
  'stakeholdr',
  'conflict',
  'why openai',
  'tell me about a time you showed leadership',
  'cost latency',
  'mentor',
  'eval framework vibes',
  'z',
  'difficult stakehodler',
  'fell out with a peer',
  'the chatbot invents facts',
  'resolve conflict acme',
];

/** A bank of `n` entries made by recombining the real one's words, so lengths and vocabulary stay realistic. */
export function syntheticBank(real: readonly Question[], n: number, seed = 42): Question[] {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = real.flatMap((q) => q.text.split(/\s+/));
  // A real bank of 5,000 has a far larger vocabulary than ours: coin new words so the index grows like one.
  const syllables = ['ra', 'to', 'ven', 'lix', 'mor', 'dex', 'qua', 'sil', 'ber', 'nos'];
  const word = () => (rand() < 0.35 ? pick(words) + pick(syllables) + pick(syllables) : pick(words));
  const testing = real.map((q) => q.testing);
  return Array.from({ length: n }, (_, i) => {
    const base = pick(real);
    const text = Array.from({ length: 8 + Math.floor(rand() * 14) }, word).join(' ');
    return { ...base, id: `synthetic-${i}`, text, testing: pick(testing), alsoAskedAs: rand() < 0.1 ? [pick(real).text] : undefined };
  });
}

export function benchSearch(): void {
  const bank = JSON.parse(readFileSync(new URL('../data/questions.json', import.meta.url), 'utf8')) as Question[];
  const synonyms = JSON.parse(readFileSync(new URL('../data/synonyms.json', import.meta.url), 'utf8')) as Synonyms;
  for (const [label, items, budget] of [
    [`shipped bank (${bank.length} entries)`, bank, 2],
    ['synthetic bank (5,000 entries)', syntheticBank(bank, 5000), 16],
  ] as const) {
    const search = createSearch(items, synonyms);
    const rows = QUERIES.map((q) => [`"${q}"`, measure(() => search.search(q), items.length > 1000 ? 40 : 300)] as [string, ReturnType<typeof measure>]);
    // All queries pooled: what a user feels across typical searches.
    const pooled: number[] = [];
    for (let round = 0; round < (items.length > 1000 ? 20 : 100); round++) {
      for (const q of QUERIES) {
        const t = performance.now();
        search.search(q);
        pooled.push(performance.now() - t);
      }
    }
    const all = summarise(pooled);
    table(`Search latency — ${label}`, [...rows, ['all queries pooled', all, `p95 < ${budget} ms: ${all.p95 < budget ? 'OK' : 'OVER'}`]]);
    console.log(
      `  vocabulary: ${
        new Set(
          items.flatMap(
            (q) =>
              [q.text, q.testing]
                .join(' ')
                .toLowerCase()
                .match(/[a-z0-9]+/g) ?? [],
          ),
        ).size
      } distinct words`,
    );
    // A fresh index: nothing cached from the runs above.
    const build = measure(() => createSearch(items, synonyms), items.length > 1000 ? 5 : 50, 2);
    table(`Index build — ${label}`, [['createSearch()', build, items.length > 1000 ? `p95 < 100 ms: ${build.p95 < 100 ? 'OK' : 'OVER'}` : '']]);
  }
}
