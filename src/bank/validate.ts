/**
 * Checks the shipped content (data/questions.json, data/guidance.json) against the schemas in
 * ./schema, plus what no single entry can know (repeated ids, phrasings, companies). Pure: no I/O.
 * Every error names the entry and the field so a broken build points at the fix.
 */
import * as v from 'valibot';
import { BANK_FRAMEWORK_IDS } from '../shared/frameworks.ts';
import {
  CompanyNoteSchema,
  DepthListsSchema,
  FrameworkSchema,
  GuidanceListsSchema,
  InsightSchema,
  OutlineSchema,
  QuestionDepthSchema,
  QuestionSchema,
  RoundListsSchema,
  RoundPickSchema,
  RoundPresetSchema,
  SynonymGroupSchema,
  SynonymListsSchema,
} from './schema.ts';
import { describeDraw, drawPool } from './rounds';
import type { Depth, Guidance, Question, RoundDraw, Rounds } from './types.ts';
import { STOP } from './search';
import { sameWord, type Synonyms } from './synonyms';
import { plain, words } from './text';

export type QuestionsResult = { ok: true; questions: Question[] } | { ok: false; errors: string[] };
export type GuidanceResult = { ok: true; guidance: Guidance } | { ok: false; errors: string[] };
export type DepthResult = { ok: true; depth: Depth } | { ok: false; errors: string[] };
export type RoundsResult = { ok: true; rounds: Rounds } | { ok: false; errors: string[] };
export type SynonymsResult = { ok: true; synonyms: Synonyms } | { ok: false; errors: string[] };

/**
 * The rule that tells a question from a seed topic label: an interviewer's line either asks (ends with
 * "?") or addresses the candidate ("Tell me…", "Walk me through…", "Describe a…", "Name a…", "Explain
 * how…"). "Discuss culture and collaboration." and "Conflicts with managers. Deadline pressure." do neither.
 */
const ADDRESSED = /^(tell me|walk (me )?through (a|an|the|your)|describe (a|an|the|your)|name (a|an|the|your)|explain how|give me|share (a|an))\b/i;
export const soundsAsked = (text: string): boolean => /\?\s*$/.test(text) || ADDRESSED.test(text.trim());

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
function check(schema: v.GenericSchema, item: unknown, where: string, errors: string[], prefix = ''): void {
  const result = v.safeParse(schema, item);
  for (const issue of result.issues ?? []) {
    const inner = fieldPath(issue);
    const field = prefix && inner ? `${prefix}${inner.startsWith('[') ? '' : '.'}${inner}` : prefix || inner;
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
    const phrasings: Array<[string, unknown]> = [
      ['text', entry['text']],
      ...(entry['reportedAs'] === undefined ? [] : [['reportedAs', entry['reportedAs']] as [string, unknown]]),
      ...also.map((p, i): [string, unknown] => [`alsoAskedAs[${i}]`, p]),
    ];
    // A question is worded as an interviewer says it; a topic label gets interviewer wording in data/depth.json.
    if (entry['kind'] === 'question' && isNonEmptyString(entry['text']) && !soundsAsked(entry['text']))
      errors.push(`${where}: "text" reads as a topic label, not something an interviewer says: give it an interviewerText in data/depth.json`);
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

/** A probe reused by more entries than this is boilerplate, not a follow-up to this question. */
export const MAX_PROBE_REUSE = 3;

/** data/depth.json against the bank it deepens: one entry per question, one outline per category, wording in step with questions.json. */
export function validateDepth(data: unknown, questions: readonly Question[]): DepthResult {
  if (!isItem(data)) return { ok: false, errors: ['depth: must be an object {questions, outlines}'] };
  const errors: string[] = [];
  for (const issue of v.safeParse(DepthListsSchema, data).issues ?? []) {
    const field = fieldPath(issue);
    errors.push(issue.message === 'is not an allowed field' ? `depth: "${field}" ${issue.message}` : `depth: ${issue.message}`);
  }
  const items = (field: string): unknown[] => (Array.isArray(data[field]) ? (data[field] as unknown[]) : []);
  const bank = new Map(questions.map((q) => [q.id, q]));

  const idOwner = owners(errors);
  const seen = new Set<string>();
  const probeUsers = new Map<string, string[]>();
  const listOwner = owners(errors);
  items('questions').forEach((item, i) => {
    const where = describe(`depth.questions[${i}]`, item, 'id');
    check(QuestionDepthSchema, item, where, errors);
    if (!isItem(item) || typeof item['id'] !== 'string') return;
    const id = item['id'];
    idOwner(id, i, where, 'id', (owner) => `duplicates the id of depth.questions[${owner}]`);
    seen.add(id);
    const question = bank.get(id);
    if (!question) return void errors.push(`${where}: "id" is not a question of the bank`);
    const reworded = item['interviewerText'];
    if (reworded !== undefined && (reworded !== question.text || question.reportedAs === undefined))
      errors.push(`${where}: "interviewerText" is not the bank's text: run npx tsx scripts/import-seed.mjs`);
    if (reworded === undefined && question.reportedAs !== undefined)
      errors.push(`${where}: "interviewerText" is missing for an entry reported as a topic label`);
    if (!Array.isArray(item['probes'])) return;
    const probes = item['probes'].filter(isNonEmptyString);
    // The probes the seed reports for a question are the first to expect: none may be left out.
    for (const reported of question.followUps ?? [])
      if (!probes.includes(reported)) errors.push(`${where}: "probes" leaves out the reported follow-up ${JSON.stringify(reported)}`);
    listOwner(probes.map(plain).sort().join('|'), i, where, 'probes', (owner) => `repeats the probes of depth.questions[${owner}]`);
    for (const p of probes) probeUsers.set(plain(p), [...(probeUsers.get(plain(p)) ?? []), id]);
  });
  for (const q of questions) if (!seen.has(q.id)) errors.push(`depth: "questions" has no entry for the question "${q.id}"`);
  for (const [p, users] of probeUsers)
    if (users.length > MAX_PROBE_REUSE)
      errors.push(`depth: the probe "${p}" is used by ${users.length} questions (${users.join(', ')}); at most ${MAX_PROBE_REUSE}`);

  const categories = new Set(questions.flatMap((q) => q.categories));
  const outlined = owners(errors);
  items('outlines').forEach((item, i) => {
    const where = describe(`depth.outlines[${i}]`, item, 'category');
    check(OutlineSchema, item, where, errors);
    if (!isItem(item) || !isNonEmptyString(item['category'])) return;
    outlined(item['category'], i, where, 'category', () => 'has another outline');
    if (!categories.has(item['category'])) errors.push(`${where}: "category" is not a category of the bank`);
  });
  const withOutline = new Set(items('outlines').map((o) => (isItem(o) ? o['category'] : undefined)));
  for (const c of categories) if (!withOutline.has(c)) errors.push(`depth: "outlines" has no outline for the category "${c}"`);

  return errors.length ? { ok: false, errors } : { ok: true, depth: data as unknown as Depth };
}

/** Groups of this theme are spelling variants kept for the user's own words: they need not occur in the bank. */
export const SPELLING_THEME = 'spelling';

/**
 * data/synonyms.json against the bank it widens: well-formed groups, no group repeated, every phrase with a
 * word that says something, and every group (but spelling variants) reaching the bank, so none is dead weight.
 */
export function validateSynonyms(data: unknown, questions: readonly Question[]): SynonymsResult {
  if (!isItem(data)) return { ok: false, errors: ['synonyms: must be an object {about, groups}'] };
  const errors: string[] = [];
  for (const issue of v.safeParse(SynonymListsSchema, data).issues ?? []) {
    const field = fieldPath(issue);
    errors.push(issue.message === 'is not an allowed field' ? `synonyms: "${field}" ${issue.message}` : `synonyms: ${issue.message}`);
  }
  const vocabulary = [
    ...new Set(questions.flatMap((q) => [q.text, q.testing, q.reportedAs ?? '', ...(q.alsoAskedAs ?? []), ...q.categories, ...q.companies].flatMap(words))),
  ];
  const known = new Map<string, boolean>();
  const inBank = (word: string) => {
    if (!known.has(word))
      known.set(
        word,
        vocabulary.some((w) => sameWord(word, w)),
      );
    return known.get(word)!;
  };
  const groupOwner = owners(errors);
  const groups = Array.isArray(data['groups']) ? (data['groups'] as unknown[]) : [];
  groups.forEach((item, i) => {
    const where = describe(`synonyms.groups[${i}]`, item, 'theme');
    check(SynonymGroupSchema, item, where, errors);
    if (!isItem(item) || !Array.isArray(item['terms'])) return;
    const terms = item['terms'].filter(isNonEmptyString);
    groupOwner([...terms].sort().join('|'), i, where, 'terms', (owner) => `repeats the terms of synonyms.groups[${owner}]`);
    for (const t of terms) if (words(t).every((w) => STOP.has(w))) errors.push(`${where}: the term "${t}" has only common words, which search ignores`);
    const telling = (t: string) => words(t).filter((w) => !STOP.has(w));
    if (item['theme'] !== SPELLING_THEME && !terms.some((t) => telling(t).length > 0 && telling(t).every(inBank)))
      errors.push(`${where}: no term occurs in the bank, so the group finds nothing`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, synonyms: data as unknown as Synonyms };
}

/**
 * data/rounds.json against the bank it draws from (and, when given, the probes of data/depth.json): well-formed
 * presets with unique ids; each pick a known question (not a pattern, not repeated) or a draw from a known
 * category/company that the bank can fill whatever the earlier picks took; an answer limit within the round.
 */
export function validateRounds(data: unknown, questions: readonly Question[], depth?: Depth): RoundsResult {
  if (!isItem(data)) return { ok: false, errors: ['rounds: must be an object {about, presets}'] };
  const errors: string[] = [];
  for (const issue of v.safeParse(RoundListsSchema, data).issues ?? []) {
    const field = fieldPath(issue);
    errors.push(issue.message === 'is not an allowed field' ? `rounds: "${field}" ${issue.message}` : `rounds: ${issue.message}`);
  }
  const bank = new Map(questions.map((q) => [q.id, q]));
  const categories = new Set(questions.flatMap((q) => q.categories));
  const companies = new Set(questions.flatMap((q) => q.companies));
  const probesOf = depth ? new Map(depth.questions.map((d) => [d.id, d.probes.length])) : undefined;
  const idOwner = owners(errors);
  const presets = Array.isArray(data['presets']) ? (data['presets'] as unknown[]) : [];
  presets.forEach((preset, i) => {
    const where = describe(`rounds.presets[${i}]`, preset, 'id');
    check(RoundPresetSchema, preset, where, errors);
    if (!isItem(preset)) return;
    if (v.is(RoundPresetSchema.entries.id, preset['id'])) idOwner(preset['id'], i, where, 'id', (owner) => `duplicates the id of rounds.presets[${owner}]`);
    const { minutes, answerSeconds } = preset;
    if (v.is(RoundPresetSchema.entries.minutes, minutes) && v.is(RoundPresetSchema.entries.answerSeconds, answerSeconds) && answerSeconds > minutes * 60)
      errors.push(`${where}: "answerSeconds" (${answerSeconds} s) is longer than the whole round (${minutes} min)`);
    const picks = Array.isArray(preset['picks']) ? (preset['picks'] as unknown[]) : [];
    const fixed = new Map<string, number>();
    const draws: { at: string; count: number; pool: Set<string>; draw: RoundDraw }[] = [];
    picks.forEach((pick, p) => {
      const at = `picks[${p}]`;
      check(RoundPickSchema, pick, where, errors, at);
      if (!isItem(pick)) return;
      const probes = typeof pick['probes'] === 'number' ? pick['probes'] : 0;
      const tooFewProbes = (q: Question) => probesOf !== undefined && (probesOf.get(q.id) ?? 0) < probes;
      if (pick['question'] !== undefined && pick['draw'] !== undefined)
        return void errors.push(`${where}: "${at}" has both a "question" and a "draw": give one`);
      if (pick['question'] === undefined && pick['draw'] === undefined) return void errors.push(`${where}: "${at}" needs a "question" or a "draw"`);
      if (typeof pick['question'] === 'string') {
        const id = pick['question'];
        if (pick['count'] !== undefined) errors.push(`${where}: "${at}.count" is only for a draw: a fixed question is asked once`);
        const question = bank.get(id);
        if (!question) return void errors.push(`${where}: "${at}.question" "${id}" is not a question of the bank`);
        if (question.kind !== 'question') return void errors.push(`${where}: "${at}.question" "${id}" is an answer pattern, not a question to ask`);
        const owner = fixed.get(id);
        if (owner !== undefined) return void errors.push(`${where}: "${at}.question" "${id}" repeats picks[${owner}]`);
        fixed.set(id, p);
        if (tooFewProbes(question)) errors.push(`${where}: "${at}.probes" asks ${probes} follow-ups but "${id}" has only ${probesOf!.get(id) ?? 0}`);
        return;
      }
      if (!isItem(pick['draw'])) return;
      const draw = pick['draw'] as RoundDraw;
      let known = true;
      if (typeof draw.category === 'string' && !categories.has(draw.category)) {
        errors.push(`${where}: "${at}.draw.category" "${draw.category}" is not a category of the bank`);
        known = false;
      }
      if (typeof draw.company === 'string' && !companies.has(draw.company)) {
        errors.push(`${where}: "${at}.draw.company" "${draw.company}" is not a company of the bank`);
        known = false;
      }
      if (pick['count'] === undefined) errors.push(`${where}: "${at}.count" is missing: how many questions to draw`);
      const count = pick['count'];
      if (!known || typeof count !== 'number' || !Number.isInteger(count) || count < 1) return;
      const pool = drawPool(draw, questions);
      if (pool.some(tooFewProbes)) errors.push(`${where}: "${at}.probes" asks ${probes} follow-ups but some questions of ${describeDraw(draw)} have fewer`);
      draws.push({ at, count, draw, pool: new Set(pool.map((q) => q.id)) });
    });
    // Fixed questions are taken first, then each draw in order: count what an earlier draw may have taken at worst.
    for (const fixedId of fixed.keys()) for (const d of draws) d.pool.delete(fixedId);
    draws.forEach((d, k) => {
      const taken = draws.slice(0, k).reduce((n, e) => n + Math.min(e.count, [...e.pool].filter((id) => d.pool.has(id)).length), 0);
      const left = d.pool.size - taken;
      if (left < d.count)
        errors.push(
          `${where}: "${d.at}" draws ${d.count} question${d.count === 1 ? '' : 's'} from ${describeDraw(d.draw)} but the bank can be sure of only ${Math.max(left, 0)} there once the earlier picks are taken`,
        );
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rounds: data as unknown as Rounds };
}
