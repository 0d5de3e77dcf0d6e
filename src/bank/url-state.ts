/** What the question list shows, as it lives in the URL: `/questions?q=…&category=…&company=…`. */
export interface BrowseState {
  q: string;
  category: string | null;
  company: string | null;
}

export const EMPTY_BROWSE: BrowseState = { q: '', category: null, company: null };

export function parseBrowse(query: URLSearchParams | Record<string, string | undefined>): BrowseState {
  const get = (key: string) => (query instanceof URLSearchParams ? query.get(key) : query[key]) ?? '';
  const clean = (v: string) => v.trim() || null;
  return { q: get('q'), category: clean(get('category')), company: clean(get('company')) };
}

/** A stable URL for a state: empty parts left out, keys in one order, so equal states give equal URLs. */
export function browseUrl(state: Partial<BrowseState>, path = '/questions'): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.company) params.set('company', state.company);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function isFiltered(state: BrowseState): boolean {
  return Boolean(state.q.trim() || state.category || state.company);
}
