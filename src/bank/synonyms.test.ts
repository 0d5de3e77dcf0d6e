import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearch } from './search';
import { buildThesaurus, sameWord } from './synonyms';
import type { Question } from './types';
import { validateSynonyms } from './validate';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const questions = read('questions.json') as Question[];
const data = read('synonyms.json');

describe('data/synonyms.json', () => {
  it('passes the check against the bank', () => {
    expect(validateSynonyms(data, questions)).toMatchObject({ ok: true });
  });

  it('covers every theme of the bank, abbreviations and spellings, broadly', () => {
    const result = validateSynonyms(data, questions);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const themes = new Set(result.synonyms.groups.map((g) => g.theme));
    for (const theme of [
      'conflict',
      'working with others',
      'leading and growing people',
      'failure and learning',
      'model quality and safety',
      'speed and cost',
      'influence',
      'career and motivation',
      'self-introduction',
      'project deep dives',
      'ethics',
      'abbreviations',
      'spelling',
    ])
      expect(themes).toContain(theme);
    expect(result.synonyms.groups.reduce((n, g) => n + g.terms.length, 0)).toBeGreaterThan(500);
  });

  it.each([
    [{ groups: [{ theme: 'x', terms: ['Conflict', 'fight'] }] }, /groups\[0\] \(theme "x"\): "terms\[0\]" must be lower case words/],
    [{ groups: [{ theme: 'x', terms: ['conflict'] }] }, /must be an array of at least 2 terms/],
    [{ groups: [{ theme: 'x', terms: ['conflict', 'the'] }] }, /the term "the" has only common words/],
    [
      {
        groups: [
          { theme: 'x', terms: ['conflict', 'fight'] },
          { theme: 'y', terms: ['fight', 'conflict'] },
        ],
      },
      /synonyms\.groups\[1\] \(theme "y"\).*repeats the terms of synonyms\.groups\[0\]/,
    ],
    [{ groups: [{ theme: 'x', terms: ['zzqxv', 'qqwwx'] }] }, /no term occurs in the bank/],
    [{ groups: [] }, /must be a non-empty array/],
  ])('refuses %j', (bad, message) => {
    const result = validateSynonyms(bad, questions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('lets spelling variants stand without the bank using them', () => {
    expect(validateSynonyms({ groups: [{ theme: 'spelling', terms: ['colour', 'color'] }] }, questions)).toMatchObject({ ok: true });
  });
});

describe('forms of a word', () => {
  it.each([
    ['failed', 'failure'],
    ['invents', 'invented'],
    ['llm', 'llms'],
    ['manage', 'management'],
    ['hallucinates', 'hallucination'],
  ])('%s and %s are one word', (a, b) => expect(sameWord(a, b)).toBe(true));

  it.each([
    ['yours', 'yourself'],
    ['meant', 'meaning'],
    ['deliver', 'deliberate'],
  ])('%s and %s are not', (a, b) => expect(sameWord(a, b)).toBe(false));
});

describe('search with synonyms', () => {
  const search = createSearch(questions, { groups: [{ theme: 'failure and learning', terms: ['failure', 'flop', 'went wrong'] }] });

  it('finds what the bank says formally by an everyday word, marking the bank’s word', () => {
    const [hit] = search.search('flop');
    expect(hit?.item.text).toMatch(/fail/i);
    expect(hit?.matches.flatMap((m) => m.indices.map(([s, e]) => m.value.slice(s, e + 1).toLowerCase()))).toContain('failure');
  });

  it('ranks a literal match above a synonym match', () => {
    const literal = search.search('failure').find((h) => /failure/i.test(h.item.text))!;
    const viaSynonym = createSearch(questions, { groups: [{ theme: 'x', terms: ['failure', 'flop'] }] })
      .search('flop')
      .find((h) => h.item.id === literal.item.id)!;
    expect(viaSynonym.score).toBeLessThan(literal.score);
  });

  it('reads a phrase of the query as one term ("went wrong")', () => {
    expect(buildThesaurus({ groups: [{ theme: 'x', terms: ['failure', 'went wrong'] }] }).at(['it', 'went', 'wrong'], 1)).toEqual({ length: 2, groups: [0] });
    expect(search.search('went wrong')[0]?.complete).toBe(true);
  });
});
