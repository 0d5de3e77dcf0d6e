import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearch, queryTokens } from './search';
import type { Question } from './types';

const questions = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as Question[];
const search = createSearch(questions);
const top = (query: string, n = 5) =>
  search
    .search(query)
    .slice(0, n)
    .map((h) => h.item);

describe('search over the shipped bank', () => {
  it.each([
    ['halucinations', /hallucinat/i],
    ['halucination', /hallucinat/i],
    ['stakeholdr', /stakeholder/i],
  ])('tolerates the typo "%s"', (query, pattern) => {
    const hits = top(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.text).toMatch(pattern);
  });

  it.each(questions.filter((q) => q.reportedAs !== undefined).map((q) => [q.reportedAs!, q] as const))(
    'finds the reworded entry first by its seed wording %j, with the match marked',
    (wording, q) => {
      const [hit] = search.search(wording);
      expect(hit?.item.id).toBe(q.id);
      expect(hit?.matches.find((m) => m.key === 'reportedAs')?.value).toBe(wording);
    },
  );

  it('marks a common word ("and") only in a question holding the whole query, so a pasted phrase is marked whole', () => {
    const marks = (h: ReturnType<typeof search.search>[number], key: string) => {
      const m = h.matches.find((x) => x.key === key);
      return (m?.indices ?? []).map(([s, e]) => m!.value.slice(s, e + 1).toLowerCase());
    };
    const hits = search.search('culture and collaboration');
    expect(hits[0]!.item.id).toBe('discuss-culture-and-collaboration');
    expect(marks(hits[0]!, 'reportedAs')).toEqual(['culture', 'and', 'collaboration']);
    // "and" is in this question's text, but not the phrase asked for: its own words are marked, "and" is not.
    const [mistake] = search.search('mistakes and learning');
    expect(mistake!.item.text).toMatch(/\band\b/);
    expect(marks(mistake!, 'text')).toEqual(['mistake', 'learn']);
  });

  it('finds a company through a typo ("antropic")', () => {
    const hits = search.search('antropic');
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.slice(0, 5).every((h) => h.item.companies.includes('Anthropic'))).toBe(true);
  });

  it('puts every question first for its own text', () => {
    const misses = questions.filter((q) => search.search(q.text)[0]?.item.id !== q.id).map((q) => q.text);
    expect(misses).toEqual([]);
  });

  it('finds a merged phrasing by its alsoAskedAs text', () => {
    const merged = questions.find((q) => q.alsoAskedAs?.length);
    expect(merged).toBeDefined();
    expect(search.search(merged!.alsoAskedAs![0]!)[0]?.item.id).toBe(merged!.id);
  });

  it('shows only questions with every word when some have them all, each word typo-tolerant', () => {
    const hits = search.search('conflict openai');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.item.companies.join(' ') + h.item.text + h.item.testing).toMatch(/openai/i);
      expect(h.complete).toBe(true);
    }
  });

  it('with a word no question has, shows those that match the rest, marked as not complete', () => {
    const hits = search.search('conflict zzqxv');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.item.text).toMatch(/conflict/i);
    expect(hits.every((h) => !h.complete)).toBe(true);
  });

  it('ranks questions matching more of the words first when none has them all', () => {
    const hits = search.search('conflict manager zzqxv');
    // "manage", "managing" are forms of "manager": they count as the word.
    const marked = (h: (typeof hits)[number]) => h.matches.flatMap((m) => m.indices.map(([s, e]) => m.value.slice(s, e + 1)));
    const matched = (h: (typeof hits)[number]) => [/conflict/i, /manag/i].filter((w) => marked(h).some((word) => w.test(word))).length;
    expect(matched(hits[0]!)).toBe(2);
    const firstWithOne = hits.findIndex((h) => matched(h) < 2);
    expect(firstWithOne).toBeGreaterThan(0);
    expect(hits.slice(firstWithOne).every((h) => matched(h) < 2)).toBe(true);
  });

  it('finds nothing only when no word matches', () => {
    expect(search.search('zzqxv qqwwx')).toEqual([]);
  });

  it('returns match ranges for highlighting', () => {
    const [hit] = search.search('stakeholder');
    const textMatch = hit!.matches.find((m) => m.key === 'text');
    expect(textMatch?.indices.length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  ?! ')).toEqual([]);
  });

  it('ignores one-letter words and punctuation in the query', () => {
    expect(queryTokens('Tell me about a time, you  know?')).toEqual(['tell', 'me', 'about', 'time', 'you', 'know']);
  });

  it('searches the user’s own words when a document carries them', () => {
    const mine = createSearch([{ ...questions[0]!, mine: 'kubernetes migration at Globex' }, ...questions.slice(1)]);
    expect(mine.search('globex')[0]?.item.id).toBe(questions[0]!.id);
  });
});

describe('the index at thousands of words', () => {
  // 3,000 coined words: the vocabulary's table grows several times; a third of them in upper case next to an accented and a CJK word.
  const coined = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x${(i * 7919) % 1000}`);
  const bank = coined.map((w, i) => ({
    ...questions[0]!,
    id: `q${i}`,
    text: i % 3 === 0 ? `${w.toUpperCase()} café 面接` : `About ${w}, in part ${i}`,
    alsoAskedAs: undefined,
    reportedAs: undefined,
  }));
  const big = createSearch(bank);

  it('finds every word first in its own question, and marks it there', () => {
    for (const [i, w] of coined.entries()) {
      const [hit] = big.search(w);
      expect(hit?.item.id).toBe(`q${i}`);
      const text = hit!.matches.find((m) => m.key === 'text')!;
      expect(text.indices.map(([s, e]) => text.value.slice(s, e + 1).toLowerCase())).toEqual([w]);
    }
  });

  it('finds a word of a text that is not all ASCII, accented or not', () => {
    expect(big.search('cafe', 5000).length).toBe(1000);
    expect(big.search('CAFÉ', 5000).length).toBe(1000);
    expect(big.search('面接', 5000).length).toBe(1000);
  });
});
