/**
 * Checks the shipped content (data/questions.json, data/guidance.json) against the schemas in
 * ./schema, plus what no single entry can know (repeated ids, phrasings, companies). Pure: no I/O.
 * Every error names the entry and the field so a broken build points at the fix.
 */
import * as v from 'valibot';
import { BANK_FRAMEWORK_IDS } from '../shared/frameworks.ts';
import { CompanyNoteSchema, FrameworkSchema, GuidanceListsSchema, InsightSchema, QuestionSchema } from './schema.ts';
import type { Guidance, Question } from './types.ts';
import { plain } from './text';

export type QuestionsResult = { ok: true; questions: Question[] } | { ok: false; errors: string[] };
export type GuidanceResult = { ok: true; guidance: Guidance } | { ok: false; errors: string[] };

type Item = Record<string, unknown>;
const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** `sources[0].url`, `categories[1]`: the field as the data file spells it. */
function fieldPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}

/** `questions[3] (id "why-openai")`, or just `questions[3]` when the entry has no string id. */
function describe(path: string, item: unknown, idField: string): string {
  const id = isItem(item) ? item[idField] : undefined;
  return typeof id === 'string' ? `${path} (${idField} ${JSON.stringify(id)})` : path;
}

/** Runs `schema` on one entry; every issue becomes `where: "field" problem`. */
function check(schema: v.GenericSchema, item: unknown, where: string, errors: string[]): void {
  const result = v.safeParse(schema, item);
  for (const issue of result.issues ?? []) {
    const field = fieldPath(issue);
    errors.push(field ? `${where}: "${field}" ${issue.message}` : `${where}: ${issue.message}`);
  }
}

/** Reports a value already used by an earlier entry; `problem` gets the first owner's index. */
function owners(errors: string[]) {
  const first = new Map<string, number>();
  return (value: unknown, index: number, where: string, field: string, problem: (owner: number) => string) => {
    if (typeof value !== 'string') return;
    const owner = first.get(value);
    if (owner === undefined) first.set(value, index);
    else errors.push(`${where}: "${field}" ${problem(owner)}`);
  };
}

export function validateQuestions(data: unknown): QuestionsResult {
  if (!Array.isArray(data)) return { ok: false, errors: ['questions: must be an array of questions'] };
  const errors: string[] = [];
  const idOwner = owners(errors);
  /** normalised phrasing -> the entry that first used it */
  const textOwner = new Map<string, { index: number; where: string }>();

  data.forEach((entry: unknown, index) => {
    const where = describe(`questions[${index}]`, entry, 'id');
    check(QuestionSchema, entry, where, errors);
    if (!isItem(entry)) return;
    if (v.is(QuestionSchema.entries.id, entry['id'])) {
      idOwner(entry['id'], index, where, 'id', (owner) => `duplicates the id of questions[${owner}]`);
    }
    // One entry per distinct question: no phrasing may belong to two entries.
    const also = Array.isArray(entry['alsoAskedAs']) ? (entry['alsoAskedAs'] as unknown[]) : [];
    const phrasings: Array<[string, unknown]> = [['text', entry['text']], ...also.map((p, i): [string, unknown] => [`alsoAskedAs[${i}]`, p])];
    for (const [field, phrasing] of phrasings) {
      if (!isNonEmptyString(phrasing)) continue;
      if (field !== 'text' && phrasing === entry['text']) errors.push(`${where}: "${field}" repeats "text"`);
      const key = plain(phrasing); // the same question: equal once case and punctuation are gone
      const owner = textOwner.get(key);
      if (owner && owner.index !== index) errors.push(`${where}: "${field}" repeats a question of ${owner.where}`);
      else if (!owner) textOwner.set(key, { index, where });
    }
  });

  return errors.length ? { ok: false, errors } : { ok: true, questions: data as Question[] };
}

export function validateGuidance(data: unknown): GuidanceResult {
  if (!isItem(data)) return { ok: false, errors: ['guidance: must be an object {frameworks, insights, companies}'] };
  const errors: string[] = [];
  for (const issue of v.safeParse(GuidanceListsSchema, data).issues ?? []) {
    const field = fieldPath(issue);
    errors.push(issue.message === 'is not an allowed field' ? `guidance: "${field}" ${issue.message}` : `guidance: ${issue.message}`);
  }
  const items = (field: string): unknown[] => (Array.isArray(data[field]) ? (data[field] as unknown[]) : []);

  const frameworkId = owners(errors);
  items('frameworks').forEach((item, i) => {
    const where = describe(`frameworks[${i}]`, item, 'id');
    check(FrameworkSchema, item, where, errors);
    if (isItem(item) && v.is(FrameworkSchema.entries.id, item['id'])) frameworkId(item['id'], i, where, 'id', () => 'is used by another framework');
  });
  if (Array.isArray(data['frameworks'])) {
    const ids = new Set(items('frameworks').map((f) => (isItem(f) ? f['id'] : undefined)));
    for (const id of BANK_FRAMEWORK_IDS) {
      if (!ids.has(id)) errors.push(`guidance: "frameworks" must include a framework with id "${id}"`);
    }
  }
  const insightId = owners(errors);
  items('insights').forEach((item, i) => {
    const where = describe(`insights[${i}]`, item, 'id');
    check(InsightSchema, item, where, errors);
    if (isItem(item) && v.is(InsightSchema.entries.id, item['id'])) insightId(item['id'], i, where, 'id', () => 'is used by another insight');
  });
  const company = owners(errors);
  items('companies').forEach((item, i) => {
    const where = describe(`companies[${i}]`, item, 'company');
    check(CompanyNoteSchema, item, where, errors);
    if (isItem(item) && isNonEmptyString(item['company'])) company(item['company'], i, where, 'company', () => 'has another note block');
  });

  return errors.length ? { ok: false, errors } : { ok: true, guidance: data as unknown as Guidance };
}
