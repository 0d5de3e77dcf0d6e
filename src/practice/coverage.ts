/** Which parts of the bank the user's stories answer, and where none does yet. Pure: no storage, no UI. */
import { categoryFacets, companyFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import type { Story } from '../store/schema';

export interface FacetCoverage {
  name: string;
  /** Stories linked to at least one question in this category or company, or (categories) tagged with it. */
  stories: number;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A tag names a category when it is the category's name or a run of its words: "leadership", "Ownership", "decision-making". */
export function tagNamesCategory(tag: string, category: string): boolean {
  const t = squash(tag);
  if (!t) return false;
  const words = category.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !['and', 'that', 'the'].includes(w.toLowerCase()));
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) if (squash(words.slice(i, j).join('')) === t) return true;
  return t === squash(category);
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

export function coverage(stories: readonly (Pick<Story, 'id' | 'questionIds'> & { tags?: readonly string[] })[], questions: readonly Question[]): Coverage {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const categoryNames = categoryFacets(questions).map((f) => f.name);
  const storiesIn = (kind: 'categories' | 'companies') => {
    const counts = new Map<string, number>();
    for (const story of stories) {
      // A story counts once per name however many of its questions (or tags) share that name.
      const names = new Set<string>();
      for (const qid of story.questionIds) for (const name of byId.get(qid)?.[kind] ?? []) names.add(name);
      if (kind === 'categories') for (const tag of story.tags ?? []) for (const name of categoryNames) if (tagNamesCategory(tag, name)) names.add(name);
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
