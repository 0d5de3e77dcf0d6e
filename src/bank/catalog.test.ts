import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { companyFacets, companyGroups, GENERAL_COMPANIES } from './catalog';
import type { Question } from './types';

const q = (id: string, companies: string[]): Question => ({
  id,
  text: id,
  categories: ['Career Motivation'],
  companies,
  sources: [],
  testing: '',
  kind: 'question',
});

describe('company groups', () => {
  const bank = [q('a', ['Common', 'OpenAI']), q('b', ['Anthropic', 'OpenAI']), q('c', ['Big Tech', 'Meta']), q('d', ['Other', 'AI startups', 'Common'])];

  it('puts real companies first, by count then name, and the general buckets apart in their own order', () => {
    const { companies, general } = companyGroups(bank);
    expect(companies.map((f) => f.name)).toEqual(['OpenAI', 'Anthropic', 'Meta']);
    expect(general).toEqual([
      { name: 'Common', count: 2 },
      { name: 'Big Tech', count: 1 },
      { name: 'AI startups', count: 1 },
      { name: 'Other', count: 1 },
    ]);
  });

  it('keeps the flat list in the same order: companies, then the buckets', () => {
    expect(companyFacets(bank).map((f) => f.name)).toEqual(['OpenAI', 'Anthropic', 'Meta', 'Common', 'Big Tech', 'AI startups', 'Other']);
  });

  it('knows every bucket the shipped bank uses (a new one would otherwise show as a company)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as Question[];
    const { companies, general } = companyGroups(shipped);
    expect(general.map((f) => f.name)).toEqual(GENERAL_COMPANIES);
    // Real names only: no plural or generic word among the companies.
    for (const { name } of companies) expect(name).not.toMatch(/^(common|other|big tech|startups?|ai startups)$/i);
    expect(companies[0]!.name).toBe('Anthropic');
  });
});
