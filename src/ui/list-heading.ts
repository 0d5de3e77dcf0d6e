import type { BrowseState, PracticeStatus } from '../bank/url-state';

// The general buckets read as a place, not a name: "Questions at Common" would say nothing.
const COMPANY_PHRASES: Record<string, string> = {
  Common: 'asked at many companies',
  'Big Tech': 'at Big Tech companies',
  'AI startups': 'at AI startups',
  Other: 'at other companies',
};
const STATUS_PHRASES: Record<PracticeStatus, string> = { new: 'not started', drafted: 'drafted, not recorded', recorded: 'recorded' };

/** The question list's heading, naming every filter: "Leadership & Ownership questions at Anthropic matching “conflict”". */
export function listHeading(state: Omit<BrowseState, 'q'>, query: string): string {
  const { category, company, status } = state;
  const q = query.trim();
  if (!category && !company && !status && !q) return 'All questions';
  const parts = [category ? (/\bquestions\b/i.test(category) ? category : `${category} questions`) : 'Questions'];
  if (company) parts.push(COMPANY_PHRASES[company] ?? `at ${company}`);
  if (q) parts.push(`matching “${q}”`);
  if (status) parts.push(`(${STATUS_PHRASES[status]})`);
  return parts.join(' ');
}
