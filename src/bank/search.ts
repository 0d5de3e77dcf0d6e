import Fuse, { type Expression, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Question } from './types';

export interface SearchHit<T extends Question = Question> {
  item: T;
  /** 0 is a perfect match, 1 no match (Fuse's scale). */
  score: number;
  matches: readonly FuseResultMatch[];
}

/** Extra text a document may carry into search: the user's own words (drafts, notes) later join here. */
export type Searchable = Question & { mine?: string };

const KEYS = [
  { name: 'text', weight: 3 },
  { name: 'alsoAskedAs', weight: 2 },
  { name: 'companies', weight: 1.5 },
  { name: 'categories', weight: 1 },
  { name: 'testing', weight: 1 },
  { name: 'mine', weight: 1.5 },
] as const;

const OPTIONS: IFuseOptions<Searchable> = {
  keys: KEYS.map((k) => ({ ...k })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true, // a word may sit anywhere in a long "testing" note
  threshold: 0.25, // about one typo per four letters: "halucinations" yes, "openai" ≠ "remotely"
  minMatchCharLength: 2,
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Words of the query worth matching: every word must match somewhere (AND), each with typo tolerance. */
export function queryTokens(query: string): string[] {
  return normalise(query).split(' ').filter((t) => t.length >= 2);
}

export interface QuestionSearch<T extends Searchable> {
  search(query: string, limit?: number): SearchHit<T>[];
}

export function createSearch<T extends Searchable>(items: readonly T[]): QuestionSearch<T> {
  const fuse = new Fuse<T>(items, OPTIONS as IFuseOptions<T>, Fuse.createIndex(OPTIONS.keys ?? [], items));
  const normalisedText = new Map(items.map((q) => [q, [q.text, ...(q.alsoAskedAs ?? [])].map(normalise)]));

  return {
    search(query, limit = 200) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) return [];
      const expression: string | Expression =
        tokens.length === 1
          ? tokens[0]!
          : { $and: tokens.map((t) => ({ $or: KEYS.map((k) => ({ [k.name]: t })) })) };
      const whole = normalise(query);
      // The question's own wording goes first: a pasted question must find itself before its cousins.
      const rank = (item: T) => {
        const texts = normalisedText.get(item) ?? [];
        if (texts.some((t) => t === whole)) return 0;
        if (texts.some((t) => t.includes(whole))) return 1;
        return 2;
      };
      return fuse
        .search(expression)
        .map((r) => ({ item: r.item, score: r.score ?? 1, matches: r.matches ?? [], rank: rank(r.item) }))
        .sort((a, b) => a.rank - b.rank || a.score - b.score)
        .slice(0, limit)
        .map(({ item, score, matches }) => ({ item, score, matches }));
    },
  };
}
