import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGuidance, validateQuestions } from './validate';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const shippedQuestions = readJson('../../data/questions.json');
const shippedGuidance = readJson('../../data/guidance.json');

type Json = Record<string, unknown>;

/** A fresh deep copy of the shipped questions to break. */
function questions(): Json[] {
  return structuredClone(shippedQuestions) as Json[];
}

function guidance(): { frameworks: Json[]; insights: Json[]; companies: Json[] } & Json {
  return structuredClone(shippedGuidance) as { frameworks: Json[]; insights: Json[]; companies: Json[] } & Json;
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

function questionErrors(data: unknown): string[] {
  const result = validateQuestions(data);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

function guidanceErrors(data: unknown): string[] {
  const result = validateGuidance(data);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

describe('shipped data', () => {
  it('data/questions.json passes', () => {
    const result = validateQuestions(shippedQuestions);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.questions.length).toBeGreaterThanOrEqual(90);
  });

  it('data/guidance.json passes', () => {
    const result = validateGuidance(shippedGuidance);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('guidance has the three frameworks, ten insights and company notes', () => {
    const g = guidance();
    expect(g.frameworks.map((f) => f['id'])).toEqual(['star', 'sail', 'spsil']);
    expect(g.insights).toHaveLength(10);
    expect(g.companies.map((c) => c['company'])).toEqual(
      expect.arrayContaining(['OpenAI', 'Anthropic', 'Microsoft', 'Meta', 'Google', 'Amazon', 'AI startups']),
    );
  });
});

describe('validateQuestions', () => {
  it('rejects a non-array', () => {
    expect(questionErrors({})).toEqual(['questions: must be an array of questions']);
  });

  it('accepts an empty array', () => {
    expect(validateQuestions([])).toEqual({ ok: true, questions: [] });
  });

  // Each case breaks entry 3 of a copy and expects an error naming that entry (by id) and the field.
  const cases: Array<{ rule: string; field: string; mutate: (q: Json, all: Json[]) => void }> = [
    { rule: 'unknown field', field: 'difficulty', mutate: (q) => (q['difficulty'] = 'hard') },
    { rule: 'missing text', field: 'text', mutate: (q) => delete q['text'] },
    { rule: 'blank text', field: 'text', mutate: (q) => (q['text'] = '   ') },
    { rule: 'empty categories', field: 'categories', mutate: (q) => (q['categories'] = []) },
    { rule: 'duplicate category', field: 'categories[1]', mutate: (q) => (q['categories'] = ['A', 'A']) },
    { rule: 'non-string category', field: 'categories[0]', mutate: (q) => (q['categories'] = [42]) },
    { rule: 'empty companies', field: 'companies', mutate: (q) => (q['companies'] = []) },
    { rule: 'companies not an array', field: 'companies', mutate: (q) => (q['companies'] = 'OpenAI') },
    { rule: 'sources not an array', field: 'sources', mutate: (q) => delete q['sources'] },
    {
      rule: 'http url',
      field: 'sources[0].url',
      mutate: (q) => (q['sources'] = [{ label: 'X', url: 'http://example.com' }]),
    },
    {
      rule: 'relative url',
      field: 'sources[0].url',
      mutate: (q) => (q['sources'] = [{ label: 'X', url: '/local' }]),
    },
    {
      rule: 'empty source label',
      field: 'sources[0].label',
      mutate: (q) => (q['sources'] = [{ label: '', url: 'https://example.com' }]),
    },
    {
      rule: 'unknown source field',
      field: 'sources[0].title',
      mutate: (q) => (q['sources'] = [{ label: 'X', url: 'https://example.com', title: 'x' }]),
    },
    { rule: 'empty testing', field: 'testing', mutate: (q) => (q['testing'] = '') },
    { rule: 'bad kind', field: 'kind', mutate: (q) => (q['kind'] = 'story') },
    { rule: 'alsoAskedAs not an array', field: 'alsoAskedAs', mutate: (q) => (q['alsoAskedAs'] = 'x') },
    { rule: 'empty alsoAskedAs item', field: 'alsoAskedAs[0]', mutate: (q) => (q['alsoAskedAs'] = ['']) },
    { rule: 'empty followUps item', field: 'followUps[1]', mutate: (q) => (q['followUps'] = ['Why?', ' ']) },
    { rule: 'empty level', field: 'level', mutate: (q) => (q['level'] = '') },
    {
      rule: 'duplicate text in another entry',
      field: 'text',
      mutate: (q, all) => (q['text'] = at(all, 0)['text']),
    },
    {
      rule: 'duplicate text, differing only in case and punctuation',
      field: 'text',
      mutate: (q, all) => (q['text'] = `  ${String(at(all, 0)['text']).toUpperCase().replace(/[.?]$/, '!')}`),
    },
    {
      rule: 'duplicate text via alsoAskedAs',
      field: 'alsoAskedAs[0]',
      mutate: (q, all) => (q['alsoAskedAs'] = [String(at(all, 1)['text']).toLowerCase()]),
    },
    { rule: 'blank reportedAs', field: 'reportedAs', mutate: (q) => (q['reportedAs'] = ' ') },
    {
      rule: "reportedAs repeating another entry's text",
      field: 'reportedAs',
      mutate: (q, all) => (q['reportedAs'] = at(all, 0)['text']),
    },
    {
      rule: "alsoAskedAs repeating another entry's alsoAskedAs",
      field: 'alsoAskedAs[0]',
      mutate: (q, all) => (q['alsoAskedAs'] = [...((at(all, 0)['alsoAskedAs'] as string[] | undefined) ?? ['?'])]),
    },
  ];

  it.each(cases)('names the entry and field for: $rule', ({ field, mutate }) => {
    const data = questions();
    const target = at(data, 3);
    const id = String(target['id']);
    mutate(target, data);
    const errors = questionErrors(data);
    expect(errors).toContainEqual(expect.stringContaining(`questions[3] (id "${id}"): "${field}"`));
  });

  it.each([
    ['upper case', 'Why-OpenAI'],
    ['spaces', 'why openai'],
    ['double hyphen', 'why--openai'],
    ['trailing hyphen', 'why-openai-'],
    ['empty', ''],
  ])('rejects an id with %s', (_label, id) => {
    const data = questions();
    at(data, 5)['id'] = id;
    const errors = questionErrors(data);
    const named = id === '' ? 'questions[5] (id "")' : `questions[5] (id "${id}")`;
    expect(errors).toContainEqual(`${named}: "id" must be a slug of a-z, 0-9 and single hyphens`);
  });

  it('names an entry without a string id by index', () => {
    const data = questions();
    delete at(data, 5)['id'];
    expect(questionErrors(data)).toContainEqual('questions[5]: "id" must be a slug of a-z, 0-9 and single hyphens');
  });

  it('rejects a duplicate id, naming the later entry and the first owner', () => {
    const data = questions();
    const id = String(at(data, 0)['id']);
    at(data, 7)['id'] = id;
    expect(questionErrors(data)).toContainEqual(`questions[7] (id "${id}"): "id" duplicates the id of questions[0]`);
  });

  it('rejects an entry that is not an object', () => {
    const data: unknown[] = questions();
    data[2] = 'Why OpenAI?';
    expect(questionErrors(data)).toEqual(['questions[2]: must be an object']);
  });

  it("rejects alsoAskedAs repeating the entry's own text exactly", () => {
    const data = questions();
    const q = at(data, 4);
    q['alsoAskedAs'] = [q['text']];
    expect(questionErrors(data)).toContainEqual(expect.stringContaining(`(id "${String(q['id'])}"): "alsoAskedAs[0]" repeats "text"`));
  });

  it('allows an own alsoAskedAs that differs from text only by punctuation', () => {
    const data = questions();
    const q = at(data, 4);
    q['alsoAskedAs'] = [String(q['text']).replace(/[.?]$/, '')];
    expect(validateQuestions(data).ok).toBe(true);
  });

  it('collects every error instead of stopping at the first', () => {
    const data = questions();
    at(data, 1)['kind'] = 'nope';
    at(data, 2)['companies'] = [];
    at(data, 9)['extra'] = true;
    const errors = questionErrors(data);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/questions\[1\].*"kind"/);
    expect(errors).toContainEqual(`questions[2] (id "${String(at(data, 2)['id'])}"): "companies" must be a non-empty array of strings`);
    expect(errors.join('\n')).toMatch(/questions\[9\].*"extra" is not an allowed field/);
  });
});

describe('validateGuidance', () => {
  it('rejects a non-object', () => {
    expect(guidanceErrors([])).toEqual(['guidance: must be an object {frameworks, insights, companies}']);
  });

  it('rejects an unknown top-level field and missing lists', () => {
    const errors = guidanceErrors({ frameworks: [], extra: 1 });
    expect(errors).toContainEqual('guidance: "extra" is not an allowed field');
    expect(errors).toContainEqual('guidance: "frameworks" must be a non-empty array');
    expect(errors).toContainEqual('guidance: "insights" must be a non-empty array');
    expect(errors).toContainEqual('guidance: "companies" must be a non-empty array');
  });

  const cases: Array<{ rule: string; expected: string; mutate: (g: ReturnType<typeof guidance>) => void }> = [
    {
      rule: 'unknown framework id',
      expected: 'frameworks[0] (id "car"): "id" must be one of star, sail, spsil',
      mutate: (g) => (at(g.frameworks, 0)['id'] = 'car'),
    },
    {
      rule: 'missing framework',
      expected: 'guidance: "frameworks" must include a framework with id "spsil"',
      mutate: (g) => g.frameworks.pop(),
    },
    {
      rule: 'duplicate framework',
      expected: 'frameworks[2] (id "sail"): "id" is used by another framework',
      mutate: (g) => (at(g.frameworks, 2)['id'] = 'sail'),
    },
    {
      rule: 'empty framework fields',
      expected: 'frameworks[1] (id "sail"): "fields" must be a non-empty array of {key, label, prompt}',
      mutate: (g) => (at(g.frameworks, 1)['fields'] = []),
    },
    {
      rule: 'framework field without prompt',
      expected: 'frameworks[0] (id "star"): "fields[3].prompt" must be a non-empty string',
      mutate: (g) => delete at(at(g.frameworks, 0)['fields'] as Json[], 3)['prompt'],
    },
    {
      rule: 'framework field with a bad key',
      expected: 'frameworks[0] (id "star"): "fields[0].key" must be a lowercase word',
      mutate: (g) => (at(at(g.frameworks, 0)['fields'] as Json[], 0)['key'] = 'Situation'),
    },
    {
      rule: 'framework field with a duplicate key',
      expected: 'frameworks[2] (id "spsil"): "fields[1].key" duplicates "situation"',
      mutate: (g) => (at(at(g.frameworks, 2)['fields'] as Json[], 1)['key'] = 'situation'),
    },
    {
      rule: 'framework without summary',
      expected: 'frameworks[0] (id "star"): "summary" must be a non-empty string',
      mutate: (g) => (at(g.frameworks, 0)['summary'] = ''),
    },
    {
      rule: 'framework with a bad source url',
      expected: 'frameworks[1] (id "sail"): "sources[0].url" must be a URL starting with https://',
      mutate: (g) => (at(g.frameworks, 1)['sources'] = [{ label: 'x', url: 'ftp://x' }]),
    },
    {
      rule: 'insight with a bad id',
      expected: 'insights[0] (id "Bad Id"): "id" must be a slug of a-z, 0-9 and single hyphens',
      mutate: (g) => (at(g.insights, 0)['id'] = 'Bad Id'),
    },
    {
      rule: 'insight with a duplicate id',
      expected: `insights[1] (id "conflict-depth-over-breadth"): "id" is used by another insight`,
      mutate: (g) => (at(g.insights, 1)['id'] = 'conflict-depth-over-breadth'),
    },
    {
      rule: 'insight with empty advice',
      expected: 'insights[2] (id "weak-team-concept"): "advice" must be a non-empty array of strings',
      mutate: (g) => (at(g.insights, 2)['advice'] = []),
    },
    {
      rule: 'insight with an unknown field',
      expected: 'insights[2] (id "weak-team-concept"): "quote" is not an allowed field',
      mutate: (g) => (at(g.insights, 2)['quote'] = 'x'),
    },
    {
      rule: 'insight without body',
      expected: 'insights[3] (id "presentations-and-deep-dives"): "body" must be a non-empty string',
      mutate: (g) => delete at(g.insights, 3)['body'],
    },
    {
      rule: 'company note without notes',
      expected: 'companies[0] (company "OpenAI"): "notes" must be a non-empty array of strings',
      mutate: (g) => (at(g.companies, 0)['notes'] = []),
    },
    {
      rule: 'company noted twice',
      expected: 'companies[1] (company "OpenAI"): "company" has another note block',
      mutate: (g) => (at(g.companies, 1)['company'] = 'OpenAI'),
    },
    {
      rule: 'company note with a bad source',
      expected: 'companies[0] (company "OpenAI"): "sources[0].label" must be a non-empty string',
      mutate: (g) => (at(g.companies, 0)['sources'] = [{ label: ' ', url: 'https://x.example' }]),
    },
  ];

  it.each(cases)('names the item and field for: $rule', ({ expected, mutate }) => {
    const g = guidance();
    mutate(g);
    expect(guidanceErrors(g)).toContainEqual(expected);
  });
});
