// Relevance on tests/relevance/queries.json: Rehearse's search side by side with plain Fuse.js over the whole
// text and with MiniSearch (a dev dependency, here only as a yardstick), hit@1 and hit@3 per tier.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearch } from '../src/bank/search';
import type { Synonyms } from '../src/bank/synonyms';
import type { Question } from '../src/bank/types';
import { score, TIERS, type TierScore, type Tier } from '../tests/relevance/relevance';

const read = <T>(file: string) => JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as T;

/** The fields every engine searches, weighted as Rehearse weighs them. */
const FIELDS = [
  { name: 'text', weight: 3 },
  { name: 'alsoAskedAs', weight: 2 },
  { name: 'reportedAs', weight: 2 },
  { name: 'companies', weight: 1.5 },
  { name: 'categories', weight: 1 },
  { name: 'testing', weight: 1 },
] as const;

export function relevanceRows(bank: readonly Question[], synonyms: Synonyms): [string, Record<Tier, TierScore>][] {
  const rehearse = createSearch(bank, synonyms);
  const fuse = new Fuse(bank, { keys: FIELDS.map((f) => ({ name: f.name, weight: f.weight })), ignoreLocation: true });
  const mini = new MiniSearch<Question>({
    fields: FIELDS.map((f) => f.name),
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
    },
    searchOptions: { prefix: true, fuzzy: 0.2, boost: Object.fromEntries(FIELDS.map((f) => [f.name, f.weight])) },
  });
  mini.addAll(bank);
  return [
    ['Rehearse', score((q) => rehearse.search(q).map((h) => h.item.id))],
    ['Fuse.js, whole text', score((q) => fuse.search(q).map((r) => r.item.id))],
    ['MiniSearch 7.2', score((q) => mini.search(q).map((r) => r.id as string))],
  ];
}

export function benchRelevance(): void {
  const bank = read<Question[]>('questions.json');
  const rows = relevanceRows(bank, read<Synonyms>('synonyms.json'));
  const pct = (n: number) => `${Math.round(n * 100)}%`.padStart(5);
  console.log('\nRelevance — tests/relevance/queries.json on the shipped bank (hit@1 / hit@3)');
  console.log(`  ${'engine'.padEnd(22)}${TIERS.map((t) => `${t} (${rows[0]![1][t].queries})`.padStart(18)).join('')}`);
  for (const [name, s] of rows) console.log(`  ${name.padEnd(22)}${TIERS.map((t) => `${pct(s[t].hit1)} / ${pct(s[t].hit3)}`.padStart(18)).join('')}`);
  const misses = rows[0]![1];
  for (const t of TIERS) for (const m of misses[t].misses) console.log(`  Rehearse misses (${t}): "${m.q}" → ${m.top.join(', ') || 'nothing'}`);
}
