import { applyFilters } from '../bank/catalog';
import { createSearch, type QuestionSearch, type Searchable, type SearchMatch } from '../bank/search';
import type { Question } from '../bank/types';
import type { BrowseState } from '../bank/url-state';
import { draftTexts, loadDraftTexts } from '../practice/drafts';
import { loadTakeCounts, statusOf, takeCounts } from '../practice/status';

export interface BrowseItem {
  question: Question;
  matches?: readonly SearchMatch[];
}

// Rebuilt when the bank or the user's drafts change (a few ms for the shipped bank).
let cached: { all: readonly Question[]; mine: ReadonlyMap<string, string>; search: QuestionSearch<Searchable> } | undefined;
function searchFor(all: readonly Question[], mine: ReadonlyMap<string, string>): QuestionSearch<Searchable> {
  if (cached?.all !== all || cached.mine !== mine) {
    const items: Searchable[] = all.map((q) => (mine.get(q.id) ? { ...q, mine: mine.get(q.id) } : q));
    cached = { all, mine, search: createSearch(items) };
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
): BrowseItem[] {
  const { q, category, company, status } = state;
  const pool = applyFilters(all, { category, company }).filter((x) => !status || x.id === keep || statusOf(x.id, mine, takes) === status);
  if (!q.trim()) return pool.map((question) => ({ question }));
  const allowed = new Set(pool.map((x) => x.id));
  return searchFor(all, mine)
    .search(q)
    .filter((h) => allowed.has(h.item.id))
    .map((h) => ({ question: h.item, matches: h.matches }));
}

/** The same list outside the list page: loads the drafts and takes it depends on first, where it does. */
export async function loadBrowseItems(all: readonly Question[], state: BrowseState, keep?: string): Promise<BrowseItem[]> {
  await Promise.all([state.q.trim() || state.status ? loadDraftTexts() : null, state.status ? loadTakeCounts() : null]);
  return browseItems(all, state, draftTexts.peek(), takeCounts.peek(), keep);
}
