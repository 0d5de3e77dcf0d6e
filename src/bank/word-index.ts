import type { SearchMatch, Searchable } from './search';
import { eachWord } from './text';

/** Field weights: a word in the question itself counts most. */
const FIELDS = [
  ['text', 3],
  ['alsoAskedAs', 2],
  ['reportedAs', 2],
  ['companies', 1.5],
  ['mine', 1.5],
  ['categories', 1],
  ['testing', 1],
] as const;

export interface Posting {
  docs: number[];
  weights: number[];
  /** Which fields hold the word, one bit per entry of FIELDS: highlighting reads only those. */
  fields: number[];
}

export interface WordIndex {
  words: string[];
  /** word → the documents holding it, in order, each with its best field weight (`weights[i]` for `docs[i]`). */
  postings: Posting[];
  /** Word ids by length (index 0 unused). */
  byLength: number[][];
  exact(word: string): number | undefined;
  withPrefix(prefix: string): number[];
  highlight(doc: number, words: ReadonlySet<number>): SearchMatch[];
}

function fieldValues(item: Searchable, key: (typeof FIELDS)[number][0]): string[] {
  const v = item[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function buildIndex(items: readonly Searchable[]): WordIndex {
  const ids = new Map<string, number>();
  const postings: Posting[] = [];
  items.forEach((item, doc) => {
    FIELDS.forEach(([key, weight], f) => {
      const bit = 1 << f;
      for (const value of fieldValues(item, key)) {
        eachWord(value, (word) => {
          let id = ids.get(word);
          if (id === undefined) ids.set(word, (id = postings.push({ docs: [], weights: [], fields: [] }) - 1));
          // Documents come in order: the word is already listed for this one only if it is the last listed.
          const p = postings[id]!;
          const last = p.docs.length - 1;
          if (last >= 0 && p.docs[last] === doc) {
            if (p.weights[last]! < weight) p.weights[last] = weight;
            p.fields[last]! |= bit;
          } else {
            p.docs.push(doc);
            p.weights.push(weight);
            p.fields.push(bit);
          }
        });
      }
    });
  });
  /** The fields of `doc` that hold any of `matched`. */
  function fieldsWith(doc: number, matched: ReadonlySet<number>): number {
    let mask = 0;
    for (const w of matched) {
      const { docs, fields } = postings[w]!;
      let lo = 0;
      let hi = docs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (docs[mid]! < doc) lo = mid + 1;
        else hi = mid;
      }
      if (docs[lo] === doc) mask |= fields[lo]!;
    }
    return mask;
  }
  const words = [...ids.keys()];
  const sorted = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));

  const byLength: number[][] = [];
  words.forEach((w, i) => (byLength[w.length] ??= []).push(i));

  return {
    words,
    postings,
    byLength,
    exact: (word) => ids.get(word),
    withPrefix(prefix) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[sorted[mid]!]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < sorted.length && words[sorted[i]!]!.startsWith(prefix); i++) out.push(sorted[i]!);
      return out;
    },
    highlight(doc, matched) {
      const item = items[doc]!;
      const out: SearchMatch[] = [];
      const mask = fieldsWith(doc, matched);
      for (const [f, [key]] of FIELDS.entries()) {
        if (!(mask & (1 << f))) continue;
        for (const value of fieldValues(item, key)) {
          const indices: [number, number][] = [];
          eachWord(value, (word, start, end) => {
            const id = ids.get(word);
            if (id !== undefined && matched.has(id)) indices.push([start, end]);
          });
          if (indices.length) out.push({ key, value, indices });
        }
      }
      return out;
    },
  };
}
