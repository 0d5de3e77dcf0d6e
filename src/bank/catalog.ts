import type { Question } from './types';

export interface Facet {
  name: string;
  count: number;
}

/** Categories in the bank's own order (by each entry's first, primary category), each with its question count. */
export function categoryFacets(questions: readonly Question[]): Facet[] {
  const counts = new Map<string, number>();
  for (const q of questions) if (q.categories[0] && !counts.has(q.categories[0])) counts.set(q.categories[0], 0);
  for (const q of questions) for (const c of q.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** Names the bank uses for a kind of employer rather than one company: listed apart, after the real companies. */
export const GENERAL_COMPANIES: readonly string[] = ['Common', 'Big Tech', 'AI startups', 'Other'];
export const isGeneralCompany = (name: string): boolean => GENERAL_COMPANIES.includes(name);

/**
 * Names in alphabetical order, ignoring case ("Adobe", "ADP", "AWS"), as `localeCompare` orders the bank's names, which are
 * English. Not `localeCompare` itself: its first call builds a collator, about 20 ms on the home page as it comes to life
 * (four times that on a slow phone).
 */
export function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Companies by how many questions name them, then by name; the general buckets last, in their own order. */
export function companyFacets(questions: readonly Question[]): Facet[] {
  const counts = new Map<string, number>();
  for (const q of questions) for (const c of q.companies) counts.set(c, (counts.get(c) ?? 0) + 1);
  const rank = (name: string) => (isGeneralCompany(name) ? 1 + GENERAL_COMPANIES.indexOf(name) : 0);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => rank(a.name) - rank(b.name) || b.count - a.count || byName(a.name, b.name));
}

/** The same facets in two groups: real companies, and the general buckets ("Common", "Big Tech", …). */
export function companyGroups(questions: readonly Question[]): { companies: Facet[]; general: Facet[] } {
  const facets = companyFacets(questions);
  return { companies: facets.filter((f) => !isGeneralCompany(f.name)), general: facets.filter((f) => isGeneralCompany(f.name)) };
}

export interface Filters {
  category?: string | null;
  company?: string | null;
}

export function applyFilters<T extends Question>(questions: readonly T[], { category, company }: Filters): T[] {
  return questions.filter((q) => (!category || q.categories.includes(category)) && (!company || q.companies.includes(company)));
}

const STOP = new Set(
  'a an and are about as at be did do for from have how i in is it me of on or that the this time to was we what when where which who why with would you your'.split(
    ' ',
  ),
);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.filter((w) => w.length > 2 && !STOP.has(w)) ?? [],
  );
}

// A question's words, worked out once: the related list of every question page reads every other question's.
const wordsOf = new WeakMap<Question, Set<string>>();
function questionWords(q: Question): Set<string> {
  let found = wordsOf.get(q);
  if (!found) wordsOf.set(q, (found = words(`${q.text} ${q.testing}`)));
  return found;
}

/** Questions a user practising `question` would want next: shared categories weigh most, then named companies, then shared words. */
export function relatedQuestions(question: Question, all: readonly Question[], limit = 5): Question[] {
  const own = questionWords(question);
  const scored: { q: Question; score: number }[] = [];
  for (const other of all) {
    if (other.id === question.id) continue;
    let score = 0;
    for (const c of other.categories) if (question.categories.includes(c)) score += 3;
    for (const c of other.companies) if (!isGeneralCompany(c) && question.companies.includes(c)) score += 1;
    for (const w of questionWords(other)) if (own.has(w)) score += 0.5;
    if (score > 0) scored.push({ q: other, score });
  }
  return (
    scored
      // Ties in text order by code point: the same wherever it runs (the prerender, any browser), and no collator to build
      // while a question page comes to life.
      .sort((a, b) => b.score - a.score || (a.q.text < b.q.text ? -1 : a.q.text > b.q.text ? 1 : 0))
      .slice(0, limit)
      .map((s) => s.q)
  );
}
