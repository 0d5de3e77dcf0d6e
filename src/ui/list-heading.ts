/** Every name a question list is given on screen: its heading, its short label, its practice statuses. */
import type { BrowseState, PracticeStatus } from '../bank/url-state';

export const STATUS_LABELS: Readonly<Record<PracticeStatus, string>> = {
  new: 'Not started',
  drafted: 'Drafted, not recorded',
  recorded: 'Recorded',
  due: 'Due for review',
};

// The general buckets read as a place, not a name: "Questions at Common" would say nothing.
const COMPANY_PHRASES: Record<string, string> = {
  Common: 'asked at many companies',
  'Big Tech': 'at Big Tech companies',
  'AI startups': 'at AI startups',
  Other: 'at other companies',
};

/** The question list's heading, naming every filter: "Leadership & Ownership questions at Anthropic matching “conflict”". */
export function listHeading(state: Omit<BrowseState, 'q'>, query: string): string {
  const { category, company, status } = state;
  const q = query.trim();
  if (!category && !company && !status && !q) return 'All questions';
  const parts = [category ? (/\bquestions\b/i.test(category) ? category : `${category} questions`) : 'Questions'];
  if (company) parts.push(COMPANY_PHRASES[company] ?? `at ${company}`);
  if (q) parts.push(`matching “${q}”`);
  if (status) parts.push(`(${STATUS_LABELS[status].toLowerCase()})`);
  return parts.join(' ');
}

/** A list's short name, e.g. "“conflict” · Leadership · Anthropic"; "All questions" when unfiltered. */
export function listLabel(state: BrowseState): string {
  const q = state.q.trim();
  const parts = [q && `“${q}”`, state.category, state.company, state.status && STATUS_LABELS[state.status]].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'All questions';
}
