import type { Synonyms } from './schema.ts';
import { words } from './text';

/** data/synonyms.json: groups of words and phrases that mean the same to a candidate searching the bank. */
export type { Synonyms };

// Endings that make another form of an English word ("fail" + "ed" / "ure", "manage" + "ment").
const ENDINGS = new Set([
  '',
  's',
  'es',
  'e',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'or',
  'ors',
  'ion',
  'ions',
  'ure',
  'al',
  'ly',
  'y',
  'ies',
  'ied',
  'ive',
  'ity',
  'ic',
  'ment',
  'ments',
]);

/**
 * Whether two words are forms of one word ("failed", "failure"; "invents", "invented"; "llm", "llms"): they
 * share a beginning of 4 letters or more and each goes on with nothing but a common English ending.
 * Cheaper and steadier than a stemmer for the field's vocabulary.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a + 's' === b || b + 's' === a) return true;
  let c = 0;
  const n = Math.min(a.length, b.length);
  while (c < n && a.charCodeAt(c) === b.charCodeAt(c)) c++;
  return c >= 4 && ENDINGS.has(a.slice(c)) && ENDINGS.has(b.slice(c));
}

export interface Thesaurus {
  /** Each group's terms, each term as its words. */
  terms: string[][][];
  /** Groups with a term that is `tokens[at…]`, and how many tokens the longest such term takes (0 for none). */
  at(tokens: readonly string[], at: number): { length: number; groups: number[] };
}

export function buildThesaurus(synonyms: Synonyms | undefined): Thesaurus {
  const terms = (synonyms?.groups ?? []).map((g) => g.terms.map((t) => words(t)).filter((w) => w.length > 0));
  // Terms by their first word's first 3 letters (or the whole word when shorter), so a token checks only a few.
  const byStart = new Map<string, { group: number; term: string[] }[]>();
  terms.forEach((group, g) => {
    for (const term of group) {
      const key = term[0]!.slice(0, 3);
      const list = byStart.get(key);
      if (list) list.push({ group: g, term });
      else byStart.set(key, [{ group: g, term }]);
    }
  });
  return {
    terms,
    at(tokens, at) {
      let length = 0;
      let groups: number[] = [];
      for (const { group, term } of byStart.get(tokens[at]!.slice(0, 3)) ?? []) {
        if (term.length < length || at + term.length > tokens.length) continue;
        if (!term.every((w, i) => sameWord(tokens[at + i]!, w))) continue;
        if (term.length > length) {
          length = term.length;
          groups = [];
        }
        if (!groups.includes(group)) groups.push(group);
      }
      return { length, groups };
    },
  };
}
