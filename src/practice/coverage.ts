/** Which parts of the bank the user's stories answer, and where none does yet. Pure: no storage, no UI. */
import { categoryFacets, companyFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import type { Story } from '../store/schema';
import { tagNamesCategory } from './story-gaps';
import { adviceFor, type InterviewTargets, type StoryTarget } from './targets';

export { tagNamesCategory };

export interface FacetCoverage {
  name: string;
  /** Stories linked to at least one question in this category or company, or (categories) tagged with it. */
  stories: number;
}

export interface CoverageTarget extends StoryTarget {
  stories: number;
  met: boolean;
}

export interface LevelQuestion {
  id: string;
  text: string;
  /** Stories linked to it. */
  stories: number;
}

export interface Coverage {
  categories: FacetCoverage[];
  /** Every company, in the catalog's order. */
  companies: FacetCoverage[];
  /** The user's target companies, in the order they were chosen (empty when none are chosen). */
  targetCompanies: FacetCoverage[];
  /** The companies that are not targets (all of them when none are chosen). */
  otherCompanies: FacetCoverage[];
  uncoveredCategories: string[];
  /** Among the targets when there are some, else among every company. */
  uncoveredCompanies: string[];
  /** Story counts for the chosen level (the guide's staff counts when none is chosen). */
  targets: CoverageTarget[];
  /** Where those counts come from. */
  basis: string;
  /** The bank's questions reported at the chosen level. */
  levelQuestions: LevelQuestion[];
}

export function coverage(
  stories: readonly (Pick<Story, 'id' | 'questionIds'> & { tags?: readonly string[] })[],
  questions: readonly Question[],
  chosen: InterviewTargets | null = null,
): Coverage {
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
  const advice = adviceFor(chosen?.level ?? null);
  const wanted = new Set(chosen?.companies ?? []);
  const byName = new Map(companies.map((c) => [c.name, c]));
  const targetCompanies = (chosen?.companies ?? []).flatMap((name) => byName.get(name) ?? []);
  const otherCompanies = companies.filter((c) => !wanted.has(c.name));
  const linked = new Map<string, number>();
  for (const story of stories) for (const qid of new Set(story.questionIds)) linked.set(qid, (linked.get(qid) ?? 0) + 1);
  return {
    categories,
    companies,
    targetCompanies,
    otherCompanies,
    uncoveredCategories: categories.filter((c) => c.stories === 0).map((c) => c.name),
    uncoveredCompanies: (targetCompanies.length ? targetCompanies : companies).filter((c) => c.stories === 0).map((c) => c.name),
    targets: advice.targets.map((t) => {
      const count = byCategory.get(t.category) ?? 0;
      return { ...t, stories: count, met: count >= t.min };
    }),
    basis: advice.basis,
    levelQuestions: questions
      .filter((q) => q.level !== undefined && advice.questionLevels.includes(q.level))
      .map((q) => ({ id: q.id, text: q.text, stories: linked.get(q.id) ?? 0 })),
  };
}
