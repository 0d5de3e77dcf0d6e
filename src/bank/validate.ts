/**
 * Schema checks for the shipped content (data/questions.json, data/guidance.json).
 * Pure: no I/O. Every error names the entry and the field so a broken build points at the fix.
 */
import { plain } from './text';
import type { CompanyNote, Framework, FrameworkField, Guidance, Insight, Question, Source } from './types';

export type QuestionsResult = { ok: true; questions: Question[] } | { ok: false; errors: string[] };
export type GuidanceResult = { ok: true; guidance: Guidance } | { ok: false; errors: string[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRAMEWORK_IDS = ['star', 'sail', 'spsil'] as const satisfies readonly Framework['id'][];

// Typed as Record<keyof T, true> so the compiler keeps these lists equal to the contract in ./types.
const fieldsOf = <T>(fields: Record<keyof T, true>): ReadonlySet<string> => new Set(Object.keys(fields));
const QUESTION_FIELDS = fieldsOf<Question>({
  id: true,
  text: true,
  categories: true,
  companies: true,
  sources: true,
  testing: true,
  kind: true,
  alsoAskedAs: true,
  level: true,
  followUps: true,
});
const SOURCE_FIELDS = fieldsOf<Source>({ label: true, url: true });
const FRAMEWORK_FIELDS = fieldsOf<Framework>({ id: true, name: true, summary: true, fields: true, sources: true });
const FIELD_FIELDS = fieldsOf<FrameworkField>({ key: true, label: true, prompt: true });
const INSIGHT_FIELDS = fieldsOf<Insight>({ id: true, title: true, body: true, advice: true, sources: true });
const COMPANY_FIELDS = fieldsOf<CompanyNote>({ company: true, notes: true, sources: true });
const GUIDANCE_FIELDS = fieldsOf<Guidance>({ frameworks: true, insights: true, companies: true });

type Report = (field: string, problem: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function describe(path: string, record: unknown, idField: string): string {
  const id = isRecord(record) ? record[idField] : undefined;
  return typeof id === 'string' ? `${path} (${idField} ${JSON.stringify(id)})` : path;
}

function reporterFor(errors: string[], where: string): Report {
  return (field, problem) => errors.push(`${where}: "${field}" ${problem}`);
}

function checkUnknownFields(record: Record<string, unknown>, allowed: ReadonlySet<string>, report: Report): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) report(key, 'is not an allowed field');
  }
}

function checkRequiredString(record: Record<string, unknown>, field: string, report: Report): void {
  if (!isNonEmptyString(record[field])) report(field, 'must be a non-empty string');
}

/** Checks a string[] field; returns the array when it is one (even if some items are bad). */
function checkStringArray(
  record: Record<string, unknown>,
  field: string,
  report: Report,
  options: { required: boolean; nonEmpty: boolean; unique: boolean },
): string[] | undefined {
  const value = record[field];
  if (value === undefined && !options.required) return undefined;
  const label = options.nonEmpty ? 'a non-empty array of strings' : 'an array of strings';
  if (!Array.isArray(value) || (options.nonEmpty && value.length === 0)) {
    report(field, `must be ${label}`);
    return undefined;
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    if (!isNonEmptyString(item)) {
      report(`${field}[${i}]`, 'must be a non-empty string');
    } else if (options.unique && seen.has(item)) {
      report(`${field}[${i}]`, `duplicates ${JSON.stringify(item)}`);
    } else {
      seen.add(item);
    }
  });
  return value.filter(isNonEmptyString);
}

function checkSources(record: Record<string, unknown>, report: Report): void {
  const value = record['sources'];
  if (!Array.isArray(value)) {
    report('sources', 'must be an array of {label, url}');
    return;
  }
  value.forEach((source: unknown, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(source)) {
      report(field, 'must be an object {label, url}');
      return;
    }
    for (const key of Object.keys(source)) {
      if (!SOURCE_FIELDS.has(key)) report(`${field}.${key}`, 'is not an allowed field');
    }
    if (!isNonEmptyString(source['label'])) report(`${field}.label`, 'must be a non-empty string');
    const url = source['url'];
    if (typeof url !== 'string' || !url.startsWith('https://') || url.length <= 'https://'.length || /\s/.test(url)) {
      report(`${field}.url`, 'must be a URL starting with https://');
    }
  });
}

// ---------------------------------------------------------------------------------------------------

export function validateQuestions(data: unknown): QuestionsResult {
  if (!Array.isArray(data)) return { ok: false, errors: ['questions: must be an array of questions'] };
  const errors: string[] = [];
  const idOwner = new Map<string, number>();
  /** normalised phrasing -> the entry that first used it */
  const textOwner = new Map<string, { index: number; where: string }>();

  data.forEach((entry: unknown, index) => {
    const where = describe(`questions[${index}]`, entry, 'id');
    const report = reporterFor(errors, where);
    if (!isRecord(entry)) {
      errors.push(`${where}: must be an object`);
      return;
    }
    checkUnknownFields(entry, QUESTION_FIELDS, report);

    const id = entry['id'];
    if (typeof id !== 'string' || !SLUG.test(id)) {
      report('id', 'must be a slug of a-z, 0-9 and single hyphens');
    } else {
      const first = idOwner.get(id);
      if (first !== undefined) report('id', `duplicates the id of questions[${first}]`);
      else idOwner.set(id, index);
    }

    checkRequiredString(entry, 'text', report);
    checkStringArray(entry, 'categories', report, { required: true, nonEmpty: true, unique: true });
    checkStringArray(entry, 'companies', report, { required: true, nonEmpty: true, unique: true });
    checkSources(entry, report);
    checkRequiredString(entry, 'testing', report);
    if (entry['kind'] !== 'question' && entry['kind'] !== 'pattern') report('kind', 'must be "question" or "pattern"');
    const alsoAskedAs = checkStringArray(entry, 'alsoAskedAs', report, { required: false, nonEmpty: false, unique: true });
    checkStringArray(entry, 'followUps', report, { required: false, nonEmpty: false, unique: true });
    if (entry['level'] !== undefined) checkRequiredString(entry, 'level', report);

    // One entry per distinct question: no phrasing may belong to two entries.
    const phrasings: Array<[string, unknown]> = [['text', entry['text']]];
    alsoAskedAs?.forEach((p, i) => phrasings.push([`alsoAskedAs[${i}]`, p]));
    for (const [field, phrasing] of phrasings) {
      if (!isNonEmptyString(phrasing)) continue;
      if (field !== 'text' && phrasing === entry['text']) report(field, 'repeats "text"');
      const key = plain(phrasing); // the same question: equal once case and punctuation are gone
      const owner = textOwner.get(key);
      if (owner && owner.index !== index) report(field, `repeats a question of ${owner.where}`);
      else if (!owner) textOwner.set(key, { index, where });
    }
  });

  return errors.length ? { ok: false, errors } : { ok: true, questions: data as Question[] };
}

// ---------------------------------------------------------------------------------------------------

function checkList(
  container: Record<string, unknown>,
  field: string,
  errors: string[],
  each: (item: unknown, index: number) => void,
): void {
  const list = container[field];
  if (!Array.isArray(list) || list.length === 0) {
    errors.push(`guidance: "${field}" must be a non-empty array`);
    return;
  }
  list.forEach(each);
}

function checkFramework(item: unknown, index: number, errors: string[], seenIds: Set<string>): void {
  const where = describe(`frameworks[${index}]`, item, 'id');
  const report = reporterFor(errors, where);
  if (!isRecord(item)) {
    errors.push(`${where}: must be an object`);
    return;
  }
  checkUnknownFields(item, FRAMEWORK_FIELDS, report);
  const id = item['id'];
  if (typeof id !== 'string' || !(FRAMEWORK_IDS as readonly string[]).includes(id)) {
    report('id', `must be one of ${FRAMEWORK_IDS.join(', ')}`);
  } else if (seenIds.has(id)) {
    report('id', 'is used by another framework');
  } else {
    seenIds.add(id);
  }
  checkRequiredString(item, 'name', report);
  checkRequiredString(item, 'summary', report);
  checkSources(item, report);

  const fields = item['fields'];
  if (!Array.isArray(fields) || fields.length === 0) {
    report('fields', 'must be a non-empty array of {key, label, prompt}');
    return;
  }
  const keys = new Set<string>();
  fields.forEach((field: unknown, i) => {
    const path = `fields[${i}]`;
    if (!isRecord(field)) {
      report(path, 'must be an object {key, label, prompt}');
      return;
    }
    for (const key of Object.keys(field)) {
      if (!FIELD_FIELDS.has(key)) report(`${path}.${key}`, 'is not an allowed field');
    }
    const key = field['key'];
    if (typeof key !== 'string' || !/^[a-z][a-z0-9]*$/.test(key)) report(`${path}.key`, 'must be a lowercase word');
    else if (keys.has(key)) report(`${path}.key`, `duplicates ${JSON.stringify(key)}`);
    else keys.add(key);
    if (!isNonEmptyString(field['label'])) report(`${path}.label`, 'must be a non-empty string');
    if (!isNonEmptyString(field['prompt'])) report(`${path}.prompt`, 'must be a non-empty string');
  });
}

function checkInsight(item: unknown, index: number, errors: string[], seenIds: Set<string>): void {
  const where = describe(`insights[${index}]`, item, 'id');
  const report = reporterFor(errors, where);
  if (!isRecord(item)) {
    errors.push(`${where}: must be an object`);
    return;
  }
  checkUnknownFields(item, INSIGHT_FIELDS, report);
  const id = item['id'];
  if (typeof id !== 'string' || !SLUG.test(id)) report('id', 'must be a slug of a-z, 0-9 and single hyphens');
  else if (seenIds.has(id)) report('id', 'is used by another insight');
  else seenIds.add(id);
  checkRequiredString(item, 'title', report);
  checkRequiredString(item, 'body', report);
  checkStringArray(item, 'advice', report, { required: true, nonEmpty: true, unique: true });
  checkSources(item, report);
}

function checkCompany(item: unknown, index: number, errors: string[], seen: Set<string>): void {
  const where = describe(`companies[${index}]`, item, 'company');
  const report = reporterFor(errors, where);
  if (!isRecord(item)) {
    errors.push(`${where}: must be an object`);
    return;
  }
  checkUnknownFields(item, COMPANY_FIELDS, report);
  const company = item['company'];
  if (!isNonEmptyString(company)) report('company', 'must be a non-empty string');
  else if (seen.has(company)) report('company', 'has another note block');
  else seen.add(company);
  checkStringArray(item, 'notes', report, { required: true, nonEmpty: true, unique: true });
  checkSources(item, report);
}

export function validateGuidance(data: unknown): GuidanceResult {
  if (!isRecord(data)) return { ok: false, errors: ['guidance: must be an object {frameworks, insights, companies}'] };
  const errors: string[] = [];
  for (const key of Object.keys(data)) {
    if (!GUIDANCE_FIELDS.has(key)) errors.push(`guidance: "${key}" is not an allowed field`);
  }

  const frameworkIds = new Set<string>();
  checkList(data, 'frameworks', errors, (item, i) => checkFramework(item, i, errors, frameworkIds));
  if (Array.isArray(data['frameworks'])) {
    for (const id of FRAMEWORK_IDS) {
      if (!frameworkIds.has(id)) errors.push(`guidance: "frameworks" must include a framework with id "${id}"`);
    }
  }
  const insightIds = new Set<string>();
  checkList(data, 'insights', errors, (item, i) => checkInsight(item, i, errors, insightIds));
  const companies = new Set<string>();
  checkList(data, 'companies', errors, (item, i) => checkCompany(item, i, errors, companies));

  return errors.length ? { ok: false, errors } : { ok: true, guidance: data as unknown as Guidance };
}
