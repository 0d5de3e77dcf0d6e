import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { byName, companyFacets, companyGroups, GENERAL_COMPANIES, relatedQuestions } from './catalog';
import type { Question } from './types';

const shipped = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as Question[];

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

  it('orders names as English localeCompare does (case aside), without building a collator', () => {
    const names = [...new Set(shipped.flatMap((question) => question.companies)), 'ADP', 'Adobe', 'AWS', 'eBay', 'xAI', 'Zoox', 'AI21 Labs', 'A2 Co'];
    expect([...names].sort(byName)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    // Equal counts: by name, ignoring case.
    expect(companyFacets([q('1', ['AWS']), q('2', ['Adobe']), q('3', ['ADP'])]).map((f) => f.name)).toEqual(['Adobe', 'ADP', 'AWS']);
  });

  it('knows every bucket the shipped bank uses (a new one would otherwise show as a company)', () => {
    const { companies, general } = companyGroups(shipped);
    expect(general.map((f) => f.name)).toEqual(GENERAL_COMPANIES);
    // Real names only: no plural or generic word among the companies.
    for (const { name } of companies) expect(name).not.toMatch(/^(common|other|big tech|startups?|ai startups)$/i);
    expect(companies[0]!.name).toBe('Anthropic');
  });
});

describe('related questions', () => {
  const make = (id: string, text: string, categories: string[], companies: string[] = [], testing = ''): Question => ({
    ...q(id, companies),
    text,
    categories: categories as Question['categories'],
    testing,
  });
  const question = make('a', 'Tell me about a model evaluation you owned', ['Technical Leadership', 'Project Deep Dives'], ['OpenAI']);
  const all = [
    question,
    make('b', 'Describe a disagreement with your manager', ['Conflict Resolution']),
    make('c', 'Zeta: a project you led', ['Technical Leadership']),
    make('d', 'Alpha: a project you led', ['Technical Leadership']),
    make('e', 'How did you design the evaluation?', ['Project Deep Dives'], ['OpenAI'], 'model evaluation rigour'),
    make('f', 'Why this lab?', ['Career Motivation'], ['OpenAI']),
  ];

  it('ranks shared categories, then named companies, then shared words; ties by text; never itself, never unrelated', () => {
    // e: category 3 + OpenAI 1 + "evaluation", "model" 1 = 5; c and d: 3 each, d first by text; f: company 1.
    expect(relatedQuestions(question, all).map((r) => r.id)).toEqual(['e', 'd', 'c', 'f']);
    expect(relatedQuestions(question, all, 2).map((r) => r.id)).toEqual(['e', 'd']);
  });

  it('gives the same answer when asked again (its words are worked out once per question)', () => {
    expect(relatedQuestions(question, all).map((r) => r.id)).toEqual(relatedQuestions(question, [...all]).map((r) => r.id));
  });
});
