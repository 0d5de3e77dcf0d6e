/**
 * Which categories no story answers yet. Light on purpose (no storage, no settings): the home page's
 * "What next" uses it; the Stories page's full coverage (./coverage) builds on the same rule.
 */
import { categoryFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import type { Story } from '../store/schema';

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A tag names a category when it is the category's name or a run of its words: "leadership", "Ownership", "decision-making". */
export function tagNamesCategory(tag: string, category: string): boolean {
  const t = squash(tag);
  if (!t) return false;
  const words = category.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !['and', 'that', 'the'].includes(w.toLowerCase()));
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) if (squash(words.slice(i, j).join('')) === t) return true;
  return t === squash(category);
}

/** The bank's categories, in the catalog's order, that no story is linked to (by a question) or tagged with. */
export function uncoveredCategories(stories: readonly Pick<Story, 'questionIds' | 'tags'>[], questions: readonly Question[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const names = categoryFacets(questions).map((f) => f.name);
  const covered = new Set<string>();
  for (const story of stories) {
    for (const qid of story.questionIds) for (const name of byId.get(qid)?.categories ?? []) covered.add(name);
    for (const tag of story.tags) for (const name of names) if (tagNamesCategory(tag, name)) covered.add(name);
  }
  return names.filter((name) => !covered.has(name));
}
