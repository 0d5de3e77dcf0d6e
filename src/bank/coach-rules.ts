/**
 * data/coach.json, the answer coach's rules and word lists, as a valibot schema, and its check against
 * the guidance it cites. Pure: the build (scripts/bank-schema.ts) reads the file and calls this.
 */
import * as v from 'valibot';
import type { Guidance } from './types';

export const REMARK_KINDS = ['structure', 'impact', 'ownership', 'tradeoffs', 'learning', 'words', 'pace'] as const;
export const SEVERITIES = ['info', 'suggest', 'severe'] as const;
/** Every rule the coach applies; each must be in the file, so its words and why are data. */
export const RULE_IDS = [
  'missing-outcome',
  'missing-action',
  'missing-learning',
  'long-context',
  'no-result-stated',
  'result-not-last',
  'no-numbers',
  'activity-outcome',
  'all-we',
  'passive-action',
  'no-tradeoffs',
  'no-learning',
  'nothing-went-wrong',
  'fillers-spoken',
  'fillers-written',
  'hedges',
  'buzzwords',
  'names',
  'repeated-word',
  'pace-slow',
  'pace-fast',
  'pace-ok',
  'too-long',
  'too-short',
] as const;
export const WORD_LISTS = [
  'fillers',
  'writtenFillers',
  'likeNotFillerAfter',
  'hedges',
  'notHedges',
  'buzzwords',
  'names',
  'mine',
  'ours',
  'passiveNotAction',
  'irregularParticiples',
  'activityOnly',
  'outcomes',
  'units',
  'numberWords',
  'spelledNumbers',
  'tradeoffs',
  'learning',
  'wentWrong',
  'stop',
] as const;
export const THRESHOLDS = [
  'minWords',
  'minPartWords',
  'contextShareMax',
  'contextMinWords',
  'weShareMax',
  'weMinCount',
  'allWeMinCount',
  'passiveMin',
  'hedgesPer100Words',
  'hedgesMin',
  'fillersPerMinute',
  'fillersMin',
  'writtenFillersMin',
  'buzzwordsMin',
  'namesMin',
  'namesPer100Words',
  'tradeoffMinWords',
  'repeatedWordMin',
  'repeatedWordShare',
  'paceSlowWpm',
  'paceFastWpm',
  'paceMinWords',
  'paceMinSeconds',
  'draftWordsPerMinute',
  'overTarget',
  'underTarget',
  'resultInLastShare',
  'resultLastMinTarget',
] as const;

export type RemarkKind = (typeof REMARK_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RuleId = (typeof RULE_IDS)[number];

const TEXT = 'must be a non-empty string';
const text = v.pipe(
  v.string(TEXT),
  v.check((s) => s.trim().length > 0, TEXT),
);
const PHRASE = 'must be lower case, trimmed, non-empty';
const phrase = v.pipe(
  v.string(PHRASE),
  v.check((s) => s.length > 0 && s === s.trim().toLowerCase(), PHRASE),
);
const PHRASES = 'must be a non-empty array of lower-case phrases, none repeated';
const phrases = v.pipe(
  v.array(phrase, PHRASES),
  v.check((list) => list.length > 0 && new Set(list).size === list.length, PHRASES),
);
const POSITIVE = 'must be a positive number';
const positive = v.pipe(v.number(POSITIVE), v.finite(POSITIVE), v.minValue(0, POSITIVE));
const strings = v.array(text, 'must be an array of strings');
/** An object of exactly `keys`: a missing one "is missing", an unknown one "is not an allowed field". */
const record = <K extends readonly string[], S extends v.GenericSchema>(keys: K, schema: S, what: string) =>
  v.strictObject(Object.fromEntries(keys.map((k) => [k, schema])) as { [P in K[number]]: S }, (issue) =>
    issue.expected === 'never' ? `is not one of the ${what}` : issue.received === 'undefined' ? 'is missing' : `must be an object of the ${what}`,
  );

export const CoachRuleSchema = v.strictObject(
  {
    kind: v.picklist(REMARK_KINDS, `must be one of ${REMARK_KINDS.join(', ')}`),
    severity: v.picklist(SEVERITIES, `must be one of ${SEVERITIES.join(', ')}`),
    /** What the screen says; {name} takes a figure the rule found. */
    message: text,
    /** Why it matters, in a sentence or two. */
    why: text,
    /** An insight or framework id of data/guidance.json that says so. */
    guidanceId: text,
  },
  'must be an object {kind, severity, message, why, guidanceId}',
);

export const CoachSchema = v.strictObject(
  {
    about: v.optional(text),
    thresholds: v.strictObject(
      {
        ...record(THRESHOLDS, positive, 'thresholds').entries,
        score: v.strictObject({ severe: positive, suggest: positive, info: positive }, 'must be an object {severe, suggest, info}'),
      },
      'must be an object of numbers',
    ),
    categories: v.strictObject(
      { notStories: strings, tradeoffs: strings, learning: strings, testingTradeoffs: phrases, testingLearning: phrases, testingWentWrong: phrases },
      'must be an object {notStories, tradeoffs, learning, testingTradeoffs, testingLearning, testingWentWrong}',
    ),
    words: record(WORD_LISTS, phrases, 'word lists'),
    rules: record(RULE_IDS, CoachRuleSchema, 'rules'),
  },
  'must be an object {about, thresholds, categories, words, rules}',
);
export type CoachRules = v.InferOutput<typeof CoachSchema>;
export type CoachRule = v.InferOutput<typeof CoachRuleSchema>;

const pathOf = (issue: v.BaseIssue<unknown>) => (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');

/** Every problem in coach.json, each naming its field; cited guidance and categories must exist. */
export function validateCoach(
  data: unknown,
  guidance?: Guidance,
  categories?: readonly string[],
): { ok: true; rules: CoachRules } | { ok: false; errors: string[] } {
  const parsed = v.safeParse(CoachSchema, data);
  if (!parsed.success) return { ok: false, errors: parsed.issues.map((i) => `coach${pathOf(i)}: ${i.message}`) };
  const errors: string[] = [];
  const rules = parsed.output;
  if (guidance) {
    const ids = new Set([...guidance.insights.map((i) => i.id), ...guidance.frameworks.map((f) => f.id)]);
    for (const [id, rule] of Object.entries(rules.rules))
      if (!ids.has(rule.guidanceId)) errors.push(`coach.rules.${id}.guidanceId: "${rule.guidanceId}" is not an insight or framework of data/guidance.json`);
  }
  if (categories) {
    const known = new Set(categories);
    for (const key of ['notStories', 'tradeoffs', 'learning'] as const)
      rules.categories[key].forEach((c, i) => {
        if (!known.has(c)) errors.push(`coach.categories.${key}[${i}]: "${c}" is not a category of the bank`);
      });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}
