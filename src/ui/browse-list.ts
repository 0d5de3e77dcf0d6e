import { signal } from '@preact/signals';
import { applyFilters } from '../bank/catalog';
import { loadSynonyms } from '../bank/load';
import { createSearch, type QuestionSearch, type Searchable, type SearchMatch } from '../bank/search';
import type { Synonyms } from '../bank/synonyms';
import type { Question } from '../bank/types';
import type { BrowseState } from '../bank/url-state';
import { draftTexts, loadDraftTexts } from '../practice/drafts';
import { dueQuestionIds, loadReviews, reviews } from '../practice/review';
import { hasStatus, loadTakeCounts, takeCounts } from '../practice/status';

export interface BrowseItem {
  question: Question;
  matches?: readonly SearchMatch[];
  /** A search result that has every word of the query (false: it has most of them). */
  complete?: boolean;
}

/** The field's vocabulary (data/synonyms.json); search works without it, literally, until it has arrived. */
export const synonyms = signal<Synonyms | undefined>(undefined);
let synonymsLoading: Promise<void> | undefined;
export function ensureSynonyms(): Promise<void> {
  synonymsLoading ??= loadSynonyms().then(
    (s) => void (synonyms.value = s),
    (error: unknown) => {
      synonymsLoading = undefined; // try again with the next search
      console.error('The search vocabulary could not be loaded; searching without it', error);
    },
  );
  return synonymsLoading;
}

// Rebuilt when the bank, the user's drafts or the vocabulary change (a few ms for the shipped bank).
let cached: { all: readonly Question[]; mine: ReadonlyMap<string, string>; words?: Synonyms; search: QuestionSearch<Searchable> } | undefined;
function searchFor(all: readonly Question[], mine: ReadonlyMap<string, string>, words: Synonyms | undefined): QuestionSearch<Searchable> {
  if (cached?.all !== all || cached.mine !== mine || cached.words !== words) {
    const items: Searchable[] = all.map((q) => (mine.get(q.id) ? { ...q, mine: mine.get(q.id) } : q));
    cached = { all, mine, words, search: createSearch(items, words) };
  }
  return cached.search;
}

/**
 * The one definition of a list's questions and their order: the filters, then the query's ranking (or
 * the bank's order). The list page shows it; a question page steps through it; Random draws from it.
 * `keep` stays in the list even if its progress no longer fits the status filter (drafted just now).
 */
export function browseItems(
  all: readonly Question[],
  state: BrowseState,
  mine: ReadonlyMap<string, string>,
  takes: ReadonlyMap<string, number>,
  keep?: string,
  words: Synonyms | undefined = synonyms.peek(),
  due: ReadonlySet<string> = dueQuestionIds(reviews.peek(), Date.now()),
): BrowseItem[] {
  const { q, category, company, status } = state;
  const pool = applyFilters(all, { category, company }).filter((x) => !status || x.id === keep || hasStatus(x.id, status, mine, takes, due));
  if (!q.trim()) return pool.map((question) => ({ question }));
  void ensureSynonyms();
  const allowed = new Set(pool.map((x) => x.id));
  // Searched within the filters, so "every word" and "most of the words" are judged among the questions shown.
  return searchFor(all, mine, words)
    .search(q, undefined, (x) => allowed.has(x.id))
    .map((h) => ({ question: h.item, matches: h.matches, complete: h.complete }));
}

/** The same list outside the list page: loads the drafts and takes it depends on first, where it does. */
export async function loadBrowseItems(all: readonly Question[], state: BrowseState, keep?: string): Promise<BrowseItem[]> {
  await Promise.all([
    state.q.trim() || state.status ? loadDraftTexts() : null,
    state.status ? loadTakeCounts() : null,
    state.status === 'due' ? loadReviews(true) : null,
    state.q.trim() ? ensureSynonyms() : null,
  ]);
  return browseItems(all, state, draftTexts.peek(), takeCounts.peek(), keep);
}
