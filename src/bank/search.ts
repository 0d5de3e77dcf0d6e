import { isUnspaced, plain as normalise, words } from './text';
import { buildThesaurus, sameWord, type Synonyms } from './synonyms';
import { distanceWithin, typosAllowed } from './typos';
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
  /** Every word of the query matched (literally, with a typo, or through a synonym). */
  complete: boolean;
}

export interface QuestionSearch<T extends Searchable> {
  /** Ranked hits; `keep` narrows the documents searched (the filters), so "every word" is judged among them. */
  search(query: string, limit?: number, keep?: (item: T) => boolean): SearchHit<T>[];
}

/** How close a vocabulary word is to what was typed: a literal match ranks above a fuzzy one, any of them above a synonym. */
export const CLOSENESS = { exact: 1, prefix: 0.9, form: 0.85, typo1: 0.75, typo2: 0.6, synonym: 0.55 } as const;

/** Words too common to say what a question is about: they neither gate a match nor count as a matched word. */
export const STOP: ReadonlySet<string> = new Set(
  'a about an and any are as at be been but by can could did do does for from had has have how i if in into is it its me my of on or our so that the their them then there they this to us was we were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** Words of the query worth matching, each typo-tolerant. */
export function queryTokens(query: string): string[] {
  return words(query).filter((t) => t.length >= 2 || isUnspaced(t));
}

/** A part of the query that must match: one word, or a phrase the thesaurus knows ("fell out"). */
interface Unit {
  tokens: string[];
  groups: number[];
  stop: boolean;
}

type Scores = Map<number, number>;

/**
 * Search in two steps, so it stays fast at thousands of questions: each query word is matched against the
 * bank's vocabulary (exact, prefix, another form of the word, then typos by a bounded OSA distance, then
 * synonyms), and an inverted index turns matched words into questions. Questions with every word come
 * first; when none has them all, those with most of them.
 */
export function createSearch<T extends Searchable>(items: readonly T[], synonyms?: Synonyms): QuestionSearch<T> {
  const index: WordIndex = buildIndex(items);
  const thesaurus = buildThesaurus(synonyms);
  const total = items.length;
  // The seed's own wording of a reworded topic label counts as the question's wording too.
  // Worked out for a question when it is first a result, so the index builds fast.
  const wholeTextCache: string[][] = [];
  const wholeTexts = (doc: number) => {
    const q = items[doc]!;
    return (wholeTextCache[doc] ??= [q.text, ...(q.reportedAs === undefined ? [] : [q.reportedAs]), ...(q.alsoAskedAs ?? [])].map(normalise));
  };

  const wordCache = new Map<string, Map<number, number>>();
  /** Vocabulary words a query word stands for, each with its closeness. */
  function wordsFor(token: string): Map<number, number> {
    const cached = wordCache.get(token);
    if (cached) return cached;
    const found = new Map<number, number>();
    const put = (w: number, c: number) => {
      if (c > (found.get(w) ?? 0)) found.set(w, c);
    };
    const exact = index.exact(token);
    if (exact !== undefined) put(exact, CLOSENESS.exact);
    for (const w of index.withPrefix(token)) put(w, CLOSENESS.prefix);
    if (token.length >= 4)
      for (const w of index.withPrefix(token.slice(0, Math.max(4, token.length - 4)))) if (sameWord(token, index.words[w]!)) put(w, CLOSENESS.form);
    const max = typosAllowed(token.length);
    // Typos only for a word the bank lacks, as Typesense does: a real word is taken as meant.
    if (max > 0 && exact === undefined) {
      const n = token.length;
      for (let len = n - max; len <= n + max; len++)
        for (const w of index.byLength[len] ?? []) {
          if (found.has(w)) continue;
          const d = distanceWithin(token, index.words[w]!, max);
          if (d <= max) put(w, d === 1 ? CLOSENESS.typo1 : CLOSENESS.typo2);
        }
      // Still typing a longer word: compare with its beginning (words starting like the token, or with its first two letters swapped).
      for (const start of new Set([token[0]!, token[1]!]))
        for (const w of index.withPrefix(start)) {
          if (found.has(w) || index.words[w]!.length <= n + max) continue;
          const d = distanceWithin(token, index.words[w]!, max, true);
          if (d <= max) put(w, (d === 1 ? CLOSENESS.typo1 : CLOSENESS.typo2) - 0.05);
        }
    }
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(token, found);
    return found;
  }

  /** Vocabulary words that are a synonym's word or another form of it (no typos: synonyms are exact by design). */
  function formsOf(word: string): number[] {
    const out: number[] = [];
    const exact = index.exact(word);
    if (exact !== undefined) out.push(exact);
    const plural = index.exact(word + 's');
    if (plural !== undefined) out.push(plural);
    if (word.length >= 4) for (const w of index.withPrefix(word.slice(0, 4))) if (w !== exact && w !== plural && sameWord(word, index.words[w]!)) out.push(w);
    return out;
  }

  /** Documents where every word of `term` matches, each word's words and closeness given by `lookup`. */
  function termDocs(term: readonly string[], lookup: (word: string) => Map<number, number>, matched: Set<number>, scale: number): Scores {
    let docs: Scores | undefined;
    const used: number[] = [];
    for (const word of term) {
      const perDoc: Scores = new Map();
      for (const [w, closeness] of lookup(word)) {
        used.push(w);
        const { from, docs: holding, weights } = index.postings;
        for (let i = from[w]!, end = from[w + 1]!; i < end; i++) {
          const doc = holding[i]!;
          const s = closeness * weights[i]! * scale;
          if (!docs || docs.has(doc)) if (s > (perDoc.get(doc) ?? 0)) perDoc.set(doc, s);
        }
      }
      if (docs) for (const [doc, s] of perDoc) perDoc.set(doc, Math.min(s, docs.get(doc)!));
      docs = perDoc;
      if (docs.size === 0) return docs;
    }
    for (const w of used) matched.add(w);
    return docs ?? new Map();
  }

  const synonymLookup = (word: string) => new Map(formsOf(word).map((w) => [w, 1]));
  const groupCache = new Map<number, { docs: Scores; words: Set<number> }>();
  function groupDocs(g: number) {
    let hit = groupCache.get(g);
    if (!hit) {
      const words = new Set<number>();
      const docs: Scores = new Map();
      for (const term of thesaurus.terms[g]!) {
        // "tell me about yourself" is found by its telling words: "me" and "about" are in half the bank.
        const telling = term.length > 1 ? term.filter((w) => !STOP.has(w)) : term;
        for (const [doc, s] of termDocs(telling, synonymLookup, words, CLOSENESS.synonym)) if (s > (docs.get(doc) ?? 0)) docs.set(doc, s);
      }
      groupCache.set(g, (hit = { docs, words }));
    }
    return hit;
  }

  function unitsOf(tokens: string[]): Unit[] {
    const units: Unit[] = [];
    for (let i = 0; i < tokens.length;) {
      const { length, groups } = thesaurus.at(tokens, i);
      const take = Math.max(1, length);
      const unitTokens = tokens.slice(i, i + take);
      units.push({ tokens: unitTokens, groups, stop: take === 1 && STOP.has(unitTokens[0]!) });
      i += take;
    }
    // A query of common words only ("tell me about it") is searched by them.
    if (units.every((u) => u.stop)) for (const u of units) u.stop = false;
    return units;
  }

  return {
    search(query, limit = 200, keep) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) return [];
      const allowed = keep ? new Set(items.flatMap((item, doc) => (keep(item) ? [doc] : []))) : undefined;
      const units = unitsOf(tokens);
      const counted = units.filter((u) => !u.stop).length;
      const score = new Map<number, number>();
      const count = new Map<number, number>();
      const marked = new Set<number>();
      const markedWithCommon = new Set<number>(); // for a question holding the whole query: the phrase is marked whole
      for (const unit of units) {
        const words = new Set<number>();
        // A common word only helps order questions that match otherwise: exact, no typos, no synonyms.
        const lookup = unit.stop ? (t: string) => new Map(index.exact(t) === undefined ? [] : [[index.exact(t)!, 1]]) : wordsFor;
        const docs = termDocs(unit.tokens, lookup, words, 1);
        for (const g of unit.groups) {
          const syn = groupDocs(g);
          let used = false;
          for (const [doc, s] of syn.docs)
            if (s > (docs.get(doc) ?? 0)) {
              docs.set(doc, s);
              used = true;
            }
          if (used) for (const w of syn.words) words.add(w);
        }
        for (const w of words) {
          if (!unit.stop) marked.add(w);
          markedWithCommon.add(w);
        }
        // Rarer words say more: weigh each part of the query by how few questions it matches.
        const weight = (unit.stop ? 0.1 : 1) * (1 + Math.log(total / (1 + docs.size)));
        for (const [doc, s] of docs) {
          if (allowed && !allowed.has(doc)) continue;
          score.set(doc, (score.get(doc) ?? 0) + s * weight);
          if (!unit.stop) count.set(doc, (count.get(doc) ?? 0) + 1);
        }
      }
      let best = 0;
      for (const n of count.values()) best = Math.max(best, n);
      if (best === 0) return [];
      const whole = normalise(query);
      // The question's own wording goes first: a pasted question must find itself before its cousins.
      const rank = (doc: number) => (wholeTexts(doc).some((t) => t === whole) ? 2 : wholeTexts(doc).some((t) => t.includes(whole)) ? 1 : 0);
      // Questions with every word, when there are any; otherwise those with most of them, most first.
      return [...count]
        .filter(([, n]) => best < counted || n === counted)
        .map(([doc, n]) => ({ doc, n, score: score.get(doc)!, rank: rank(doc) }))
        .sort((a, b) => b.rank - a.rank || b.n - a.n || b.score - a.score || a.doc - b.doc)
        .slice(0, limit)
        .map(({ doc, n, score, rank }) => ({
          item: items[doc]!,
          score,
          complete: n === counted,
          matches: index.highlight(doc, rank > 0 ? markedWithCommon : marked),
        }));
    },
  };
}
