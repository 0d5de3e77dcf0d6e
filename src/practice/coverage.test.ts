import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/types';
import { coverage, tagNamesCategory } from './coverage';

const q = (id: string, categories: string[], companies: string[]): Question => ({
  id,
  text: id,
  categories,
  companies,
  sources: [],
  testing: '',
  kind: 'question',
});

const bank: Question[] = [
  q('lead-1', ['Leadership & Ownership'], ['OpenAI']),
  q('lead-2', ['Leadership & Ownership', 'Project Deep Dives'], ['Anthropic', 'Common']),
  q('conflict-1', ['Conflict & Collaboration'], ['OpenAI', 'Common']),
  q('failure-1', ['Failure & Learning'], ['Meta']),
];
const story = (id: string, questionIds: string[]) => ({ id, questionIds });

describe('coverage', () => {
  it('with no stories, lists every category and company as uncovered, in the catalog order', () => {
    const c = coverage([], bank);
    expect(c.categories.map((x) => x.name)).toEqual(['Leadership & Ownership', 'Conflict & Collaboration', 'Failure & Learning', 'Project Deep Dives']);
    expect(c.companies.map((x) => x.name)).toEqual(['OpenAI', 'Anthropic', 'Meta', 'Common']);
    expect(c.categories.every((x) => x.stories === 0)).toBe(true);
    expect(c.uncoveredCategories).toEqual(c.categories.map((x) => x.name));
    expect(c.uncoveredCompanies).toEqual(c.companies.map((x) => x.name));
    expect(c.targets.map((t) => [t.id, t.stories, t.met])).toEqual([
      ['leadership', 0, false],
      ['collaboration', 0, false],
    ]);
  });

  it('counts a story once per category and company, however many of its questions fall there', () => {
    const c = coverage([story('s1', ['lead-1', 'lead-2']), story('s2', ['lead-2'])], bank);
    const count = (list: { name: string; stories: number }[], name: string) => list.find((x) => x.name === name)?.stories;
    expect(count(c.categories, 'Leadership & Ownership')).toBe(2);
    expect(count(c.categories, 'Project Deep Dives')).toBe(2);
    expect(count(c.companies, 'OpenAI')).toBe(1);
    expect(count(c.companies, 'Anthropic')).toBe(2);
    expect(c.uncoveredCategories).toEqual(['Conflict & Collaboration', 'Failure & Learning']);
    expect(c.uncoveredCompanies).toEqual(['Meta']);
  });

  it('ignores stories with no links and links to questions no longer in the bank', () => {
    const c = coverage([story('s1', []), story('s2', ['gone', 'custom-why-mistral-x1'])], bank);
    expect(c.uncoveredCategories).toHaveLength(4);
    expect(c.uncoveredCompanies).toHaveLength(4);
  });

  it('meets the staff targets at 3 leadership and 2 collaboration stories', () => {
    const twoLead = [story('a', ['lead-1']), story('b', ['lead-2'])];
    const before = coverage([...twoLead, story('c', ['conflict-1'])], bank).targets;
    expect(before).toMatchObject([
      { id: 'leadership', category: 'Leadership & Ownership', min: 3, max: 4, stories: 2, met: false },
      { id: 'collaboration', category: 'Conflict & Collaboration', min: 2, max: 3, stories: 1, met: false },
    ]);
    const after = coverage([...twoLead, story('c', ['conflict-1', 'lead-1']), story('d', ['conflict-1'])], bank).targets;
    expect(after.map((t) => [t.stories, t.met])).toEqual([
      [3, true],
      [2, true],
    ]);
  });

  it('covers the shipped bank: every category is named, the targets exist in it', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as Question[];
    const c = coverage([], shipped);
    expect(c.categories.length).toBeGreaterThanOrEqual(9);
    for (const t of c.targets) expect(c.categories.map((x) => x.name)).toContain(t.category);
  });

  it('counts a story tagged with a category’s name or one of its words for that category, once', () => {
    const tagged = { id: 's1', questionIds: ['lead-1'], tags: ['leadership', 'evals'] };
    const c = coverage([tagged, { id: 's2', questionIds: [], tags: ['Conflict'] }, { id: 's3', questionIds: [], tags: ['failure-learning'] }], bank);
    const count = (name: string) => c.categories.find((x) => x.name === name)?.stories;
    expect(count('Leadership & Ownership')).toBe(1); // linked and tagged: still one story
    expect(count('Conflict & Collaboration')).toBe(1);
    expect(count('Failure & Learning')).toBe(1);
    expect(count('Project Deep Dives')).toBe(0);
    expect(c.targets.find((t) => t.id === 'leadership')?.stories).toBe(1);
    // Tags count for categories only, never for companies.
    expect(c.companies.find((x) => x.name === 'Meta')?.stories).toBe(0);
  });

  it('a tag names a category by its whole name or a word of it, not by part of a word or “and”', () => {
    expect(tagNamesCategory('leadership', 'Leadership & Ownership')).toBe(true);
    expect(tagNamesCategory('Ownership', 'Leadership & Ownership')).toBe(true);
    expect(tagNamesCategory('leadership-ownership', 'Leadership & Ownership')).toBe(true);
    expect(tagNamesCategory('decision-making', 'Technical Decision-Making')).toBe(true);
    expect(tagNamesCategory('lead', 'Leadership & Ownership')).toBe(false);
    expect(tagNamesCategory('and', 'Failure & Learning')).toBe(false);
    expect(tagNamesCategory('', 'Failure & Learning')).toBe(false);
  });

  it('with target companies: lists them in the order chosen, counts the uncovered among them only, and keeps the others apart', () => {
    const c = coverage([story('s1', ['lead-2'])], bank, { companies: ['Meta', 'Anthropic', 'Not in the bank'], level: null });
    expect(c.targetCompanies).toEqual([
      { name: 'Meta', stories: 0 },
      { name: 'Anthropic', stories: 1 },
    ]);
    expect(c.otherCompanies.map((x) => x.name)).toEqual(['OpenAI', 'Common']);
    expect(c.uncoveredCompanies).toEqual(['Meta']);
    // Without targets every company is a candidate, and nothing is a target.
    const none = coverage([story('s1', ['lead-2'])], bank, { companies: [], level: null });
    expect(none.targetCompanies).toEqual([]);
    expect(none.otherCompanies).toHaveLength(4);
    expect(none.uncoveredCompanies).toEqual(['OpenAI', 'Meta']);
  });

  it('the level sets the story counts and says where they come from; only staff counts are the guide’s', () => {
    const stories = [story('a', ['lead-1']), story('b', ['lead-2']), story('c', ['conflict-1']), story('d', ['conflict-1'])];
    const senior = coverage(stories, bank, { companies: [], level: 'senior' });
    expect(senior.targets.map((t) => [t.id, t.min, t.max, t.met])).toEqual([
      ['leadership', 2, 3, true],
      ['collaboration', 2, 3, true],
    ]);
    expect(senior.basis).toMatch(/^Rehearse’s suggestion/);
    const staff = coverage(stories, bank, { companies: [], level: 'staff' });
    expect(staff.targets.map((t) => [t.min, t.met])).toEqual([
      [3, false],
      [2, true],
    ]);
    expect(staff.basis).toMatch(/^The guide’s counts for staff level/);
    expect(coverage(stories, bank).basis).toMatch(/Choose your level/);
  });

  it('lists the questions the bank reports at the chosen level, with their linked stories', () => {
    const levelled: Question[] = [
      ...bank,
      { ...q('mgr-1', ['Leadership & Ownership'], ['OpenAI']), level: 'manager' },
      { ...q('staff-1', ['Leadership & Ownership'], ['OpenAI']), level: 'staff' },
    ];
    const c = coverage([story('a', ['mgr-1', 'mgr-1'])], levelled, { companies: [], level: 'manager' });
    expect(c.levelQuestions).toEqual([{ id: 'mgr-1', text: 'mgr-1', stories: 1 }]);
    expect(coverage([], levelled, { companies: [], level: 'staff' }).levelQuestions.map((x) => x.id)).toEqual(['staff-1']);
    expect(coverage([], levelled).levelQuestions).toEqual([]);
  });
});
