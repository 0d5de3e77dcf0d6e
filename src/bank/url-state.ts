/** What the question list shows, as it lives in the URL: `/questions?q=…&category=…&company=…&status=…`. */
export interface BrowseState {
  q: string;
  category: string | null;
  company: string | null;
  /** Where the user is with a question: nothing yet, a draft, a recorded take. */
  status: PracticeStatus | null;
}

export const PRACTICE_STATUSES = ['new', 'drafted', 'recorded'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

export const EMPTY_BROWSE: BrowseState = { q: '', category: null, company: null, status: null };

export function parseBrowse(query: URLSearchParams | Record<string, string | undefined>): BrowseState {
  const get = (key: string) => (query instanceof URLSearchParams ? query.get(key) : query[key]) ?? '';
  const clean = (v: string) => v.trim() || null;
  const status = get('status').trim();
  return {
    q: get('q'),
    category: clean(get('category')),
    company: clean(get('company')),
    status: (PRACTICE_STATUSES as readonly string[]).includes(status) ? (status as PracticeStatus) : null, // an old or mistyped link shows everything
  };
}

/** A stable URL for a state: empty parts left out, keys in one order, so equal states give equal URLs. */
export function browseUrl(state: Partial<BrowseState>, path = '/questions'): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.company) params.set('company', state.company);
  if (state.status) params.set('status', state.status);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function isFiltered(state: BrowseState): boolean {
  return Boolean(state.q.trim() || state.category || state.company || state.status);
}
