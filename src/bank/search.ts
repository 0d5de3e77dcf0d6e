import Fuse from 'fuse.js';
import { isUnspaced, plain as normalise, words } from './text';
import { buildIndex, type WordIndex } from './word-index';
import type { Question } from './types';

/** Extra text a document may carry into search: the user's own words (drafts, notes) join here. */
export type Searchable = Question & { mine?: string };

export interface SearchMatch {
  key: string;
  value: string;
  /** Inclusive [start, end] ranges of matched words in `value`. */
  indices: [number, number][];
}

export interface SearchHit<T extends Searchable = Searchable> {
  item: T;
  /** Higher is better. */
  score: number;
  matches: SearchMatch[];
}

export interface QuestionSearch<T extends Searchable> {
  search(query: string, limit?: number): SearchHit<T>[];
}

/** Words of the query worth matching: every word must match somewhere (AND), each with typo tolerance. */
export function queryTokens(query: string): string[] {
  return words(query).filter((t) => t.length >= 2 || isUnspaced(t));
}

/**
 * Fuzzy search in two steps, so it stays fast at thousands of questions: Fuse.js matches each query word
 * against the bank's vocabulary (short strings, few candidates thanks to a trigram filter), then an
 * inverted index turns matched words into questions. Every query word must match (AND).
 */
export function createSearch<T extends Searchable>(items: readonly T[]): QuestionSearch<T> {
  const index: WordIndex = buildIndex(items);
  // The seed's own wording of a reworded topic label counts as the question's wording too.
  const wholeTexts = items.map((q) => [q.text, ...(q.reportedAs === undefined ? [] : [q.reportedAs]), ...(q.alsoAskedAs ?? [])].map(normalise));

  /** Vocabulary words a query word stands for, each with a closeness in (0, 1]. */
  function wordsFor(token: string): Map<number, number> {
    const found = new Map<number, number>();
    for (const w of index.withPrefix(token)) found.set(w, w === index.exact(token) ? 1 : 0.9);
    if (token.length < 4) return found; // too short to guess a typo
    const candidates = index.sharingTrigrams(token).filter((w) => !found.has(w));
    if (candidates.length === 0) return found;
    // Compare with the word, or with its beginning when the user is still typing a longer one.
    const views = candidates.map((w) => {
      const word = index.words[w]!;
      return word.length > token.length + 2 ? word.slice(0, token.length + 1) : word;
    });
    const fuse = new Fuse(views, { includeScore: true, threshold: 0.25, ignoreLocation: true, isCaseSensitive: true, shouldSort: false });
    for (const r of fuse.search(token)) found.set(candidates[r.refIndex]!, 0.8 * (1 - (r.score ?? 0)));
    return found;
  }

  return {
    search(query, limit = 200) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) return [];
      let scores: Map<number, number> | undefined;
      const matchedWords = new Set<number>();
      for (const token of tokens) {
        const perDoc = new Map<number, number>();
        for (const [word, closeness] of wordsFor(token)) {
          matchedWords.add(word);
          for (const [doc, weight] of index.postings[word]!) {
            const s = closeness * weight;
            if (s > (perDoc.get(doc) ?? 0)) perDoc.set(doc, s);
          }
        }
        if (scores) {
          const next = new Map<number, number>();
          for (const [doc, s] of perDoc) {
            const before = scores.get(doc);
            if (before !== undefined) next.set(doc, before + s);
          }
          scores = next;
        } else scores = perDoc;
        if (scores.size === 0) return [];
      }
      const whole = normalise(query);
      // The question's own wording goes first: a pasted question must find itself before its cousins.
      const rank = (doc: number) => (wholeTexts[doc]!.some((t) => t === whole) ? 2 : wholeTexts[doc]!.some((t) => t.includes(whole)) ? 1 : 0);
      return [...scores!]
        .map(([doc, score]) => ({ doc, score, rank: rank(doc) }))
        .sort((a, b) => b.rank - a.rank || b.score - a.score || a.doc - b.doc)
        .slice(0, limit)
        .map(({ doc, score }) => ({ item: items[doc]!, score, matches: index.highlight(doc, matchedWords) }));
    },
  };
}
