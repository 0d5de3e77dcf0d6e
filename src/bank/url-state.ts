/** What the question list shows, as it lives in the URL: `/questions?q=…&category=…&company=…&status=…`. */
export interface BrowseState {
  q: string;
  category: string | null;
  company: string | null;
  /** Where the user is with a question: nothing yet, a draft, a recorded take; or due for review (whatever else it is). */
  status: PracticeStatus | null;
}

export const PRACTICE_STATUSES = ['new', 'drafted', 'recorded', 'due'] as const;
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

/** Where a question page was opened from: a list (Previous / Next) or a random draw from a list. */
export type ListOrigin = 'list' | 'random';
export interface ListContext {
  origin: ListOrigin;
  list: BrowseState;
}

/**
 * A question's URL, carrying the list it was opened from (`/q/id?from=list&company=Anthropic`), so the
 * list survives a reload and works offline. Without a context it is the plain `/q/id`.
 */
export function questionUrl(id: string, context?: ListContext | null): string {
  const path = `/q/${encodeURIComponent(id)}`;
  if (!context) return path;
  const rest = browseUrl(context.list, '').slice(1);
  return `${path}?from=${context.origin}${rest ? `&${rest}` : ''}`;
}

/** The list a question page was opened from, or null when it was opened directly. */
export function parseListContext(query: URLSearchParams | Record<string, string | undefined>): ListContext | null {
  const from = query instanceof URLSearchParams ? query.get('from') : query.from;
  if (from !== 'list' && from !== 'random') return null;
  return { origin: from, list: parseBrowse(query) };
}

/** `/random`, drawing from the given list (from everything when it is unfiltered). */
export function randomUrl(list: BrowseState): string {
  return browseUrl(isFiltered(list) ? list : {}, '/random');
}
