/** Which parts of the bank the user's stories answer, and where none does yet. Pure: no storage, no UI. */
import { categoryFacets, companyFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import type { Story } from '../store/schema';

export interface FacetCoverage {
  name: string;
  /** Stories linked to at least one question in this category or company. */
  stories: number;
}

export interface CoverageTarget {
  id: 'leadership' | 'collaboration';
  category: string;
  min: number;
  max: number;
  stories: number;
  met: boolean;
}

export interface Coverage {
  categories: FacetCoverage[];
  companies: FacetCoverage[];
  uncoveredCategories: string[];
  uncoveredCompanies: string[];
  targets: CoverageTarget[];
}

/** The seed's staff-level advice (OpenAI L5): prepare 3–4 leadership and 2–3 collaboration stories. */
export const TARGETS: readonly Omit<CoverageTarget, 'stories' | 'met'>[] = [
  { id: 'leadership', category: 'Leadership & Ownership', min: 3, max: 4 },
  { id: 'collaboration', category: 'Conflict & Collaboration', min: 2, max: 3 },
];

export function coverage(stories: readonly Pick<Story, 'id' | 'questionIds'>[], questions: readonly Question[]): Coverage {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const storiesIn = (kind: 'categories' | 'companies') => {
    const counts = new Map<string, number>();
    for (const story of stories) {
      // A story counts once per name however many of its questions share that name.
      const names = new Set<string>();
      for (const qid of story.questionIds) for (const name of byId.get(qid)?.[kind] ?? []) names.add(name);
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  };
  const byCategory = storiesIn('categories');
  const byCompany = storiesIn('companies');
  const categories = categoryFacets(questions).map(({ name }) => ({ name, stories: byCategory.get(name) ?? 0 }));
  const companies = companyFacets(questions).map(({ name }) => ({ name, stories: byCompany.get(name) ?? 0 }));
  return {
    categories,
    companies,
    uncoveredCategories: categories.filter((c) => c.stories === 0).map((c) => c.name),
    uncoveredCompanies: companies.filter((c) => c.stories === 0).map((c) => c.name),
    targets: TARGETS.map((t) => {
      const count = byCategory.get(t.category) ?? 0;
      return { ...t, stories: count, met: count >= t.min };
    }),
  };
}
