/**
 * The shipped content's data contract as valibot schemas: `data/questions.json` is `Question[]`,
 * `data/guidance.json` is `Guidance`. The types in ./types are inferred from these. Each message is
 * the end of an error line that validate.ts prefixes with the entry and the field.
 */
import * as v from 'valibot';
import { BANK_FRAMEWORK_IDS } from '../shared/frameworks.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_BLANK = 'must be a non-empty string';

const text = v.pipe(
  v.string(NOT_BLANK),
  v.check((s) => s.trim().length > 0, NOT_BLANK),
);
const slug = v.pipe(v.string('must be a slug of a-z, 0-9 and single hyphens'), v.regex(SLUG, 'must be a slug of a-z, 0-9 and single hyphens'));

/** Issue at item `index` of the array being checked (and, optionally, a key inside it). */
const at = (list: unknown[], index: number, key?: string) => {
  const item = { type: 'array', origin: 'value', input: list, key: index, value: list[index] } as const;
  const inner =
    key === undefined ? [] : [{ type: 'object', origin: 'value', input: list[index], key, value: (list[index] as Record<string, unknown>)[key] } as const];
  return [item, ...inner] as [v.ArrayPathItem, ...v.IssuePathItem[]];
};

/** An array whose `keyOf(item)` values must not repeat: a repeat is reported at the later item. */
function noRepeats<T>(keyOf: (item: unknown) => string | undefined, key?: string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = keyOf(item);
      if (k === undefined) return;
      if (seen.has(k)) addIssue({ message: `duplicates ${JSON.stringify(k)}`, path: at(list, i, key) });
      seen.add(k);
    });
  });
}

const nonBlank = (item: unknown) => (typeof item === 'string' && item.trim() ? item : undefined);

/** Strings, none blank or repeated; `nonEmpty` when at least one is required. */
function strings(nonEmpty: boolean) {
  const message = nonEmpty ? 'must be a non-empty array of strings' : 'must be an array of strings';
  return v.pipe(
    v.array(text, message),
    v.check((list) => !nonEmpty || list.length > 0, message),
    noRepeats<string>(nonBlank),
  );
}

/** A closed object: a missing field gets that field's own message, an extra one "is not an allowed field". */
function closed<const E extends v.ObjectEntries>(entries: E, notAnObject: string) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not an allowed field';
    const key = issue.path?.at(-1)?.key;
    const field = typeof key === 'string' && Object.hasOwn(entries, key) ? entries[key] : undefined;
    return issue.received === 'undefined' && field && 'message' in field && typeof field.message === 'string' ? field.message : notAnObject;
  });
}

const HTTPS = 'must be a URL starting with https://';
export const SourceSchema = closed(
  {
    label: text,
    url: v.pipe(
      v.string(HTTPS),
      v.check((url) => url.startsWith('https://') && url.length > 'https://'.length && !/\s/.test(url), HTTPS),
    ),
  },
  'must be an object {label, url}',
);
const sources = v.array(SourceSchema, 'must be an array of {label, url}');

export const QuestionSchema = closed(
  {
    /** Stable slug: never renamed, never reused once shipped. */
    id: slug,
    /** The question as an interviewer says it: the seed's quote, or for a seed topic label its interviewer wording (data/depth.json). */
    text,
    /** The seed's own wording where `text` rewords a topic label ("Discuss culture and collaboration."); shown as "Reported as", searched. */
    reportedAs: v.optional(text),
    categories: strings(true),
    /** Normalised company names; "Common" where the seed says common across companies. */
    companies: strings(true),
    /** Every link of the seed row(s) this entry came from. */
    sources,
    /** What the interviewer tests for. */
    testing: text,
    kind: v.picklist(['question', 'pattern'], 'must be "question" or "pattern"'),
    /** Other phrasings (from other rows or sources) merged into this entry. */
    alsoAskedAs: v.optional(strings(false)),
    /** e.g. "staff", "manager", "senior", "research". */
    level: v.optional(text),
    /** Probes the interviewer is known to dig with. */
    followUps: v.optional(strings(false)),
  },
  'must be an object',
);

const fieldKey = (item: unknown) => {
  const key = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['key'] : undefined;
  return typeof key === 'string' && /^[a-z][a-z0-9]*$/.test(key) ? key : undefined;
};
const FIELDS = 'must be a non-empty array of {key, label, prompt}';

export const FrameworkFieldSchema = closed(
  {
    key: v.pipe(v.string('must be a lowercase word'), v.regex(/^[a-z][a-z0-9]*$/, 'must be a lowercase word')),
    label: text,
    /** One line that tells the user what to write in this part. */
    prompt: text,
  },
  'must be an object {key, label, prompt}',
);

export const FrameworkSchema = closed(
  {
    id: v.picklist(BANK_FRAMEWORK_IDS, `must be one of ${BANK_FRAMEWORK_IDS.join(', ')}`),
    name: text,
    summary: text,
    fields: v.pipe(
      v.array(FrameworkFieldSchema, FIELDS),
      v.check((list) => list.length > 0, FIELDS),
      noRepeats(fieldKey, 'key'),
    ),
    sources,
  },
  'must be an object',
);

export const InsightSchema = closed(
  {
    id: slug,
    title: text,
    /** In the project's own words. */
    body: text,
    /** Short, concrete things to do about it. */
    advice: strings(true),
    sources,
  },
  'must be an object',
);

export const CompanyNoteSchema = closed({ company: text, notes: strings(true), sources }, 'must be an object');

const GUIDANCE = 'must be an object {frameworks, insights, companies}';
const list = <T extends v.GenericSchema>(field: string, item: T) =>
  v.pipe(v.array(item, `"${field}" must be a non-empty array`), v.nonEmpty(`"${field}" must be a non-empty array`));

const PROBE = 'must be a probe of 15 to 200 characters';
const probe = v.pipe(
  v.string(PROBE),
  v.check((s) => s.trim().length >= 15 && s.length <= 200, PROBE),
);
const PROBES = 'must be an array of 3 to 5 probes';

/** data/depth.json, one per bank question: how an interviewer words a topic label, and what they dig with. */
export const QuestionDepthSchema = closed(
  {
    id: slug,
    /** Set only where the seed gives a topic label: the import makes it the entry's `text`, the label its `reportedAs`. */
    interviewerText: v.optional(text),
    /** Follow-up probes an interviewer would dig with, in the project's own words. */
    probes: v.pipe(
      v.array(probe, PROBES),
      v.check((list) => list.length >= 3 && list.length <= 5, PROBES),
      noRepeats<string>(nonBlank),
    ),
  },
  'must be an object {id, probes}',
);

const OUTLINE_LINES = 'must be an array of 4 to 6 {line, why}';
export const OutlineLineSchema = closed({ line: text, why: text }, 'must be an object {line, why}');
/** data/depth.json, one per category: a strong answer's outline, each line with why, and the weak answer it replaces. */
export const OutlineSchema = closed(
  {
    category: text,
    strong: v.pipe(
      v.array(OutlineLineSchema, OUTLINE_LINES),
      v.check((list) => list.length >= 4 && list.length <= 6, OUTLINE_LINES),
    ),
    weak: closed({ answer: text, why: text }, 'must be an object {answer, why}'),
  },
  'must be an object {category, strong, weak}',
);

const DEPTH = 'must be an object {questions, outlines}';
/** Only the top level of depth.json: validate.ts checks each item on its own, so each error names its item. */
export const DepthListsSchema = closed({ questions: list('questions', v.unknown()), outlines: list('outlines', v.unknown()) }, DEPTH);
export const DepthSchema = closed({ questions: list('questions', QuestionDepthSchema), outlines: list('outlines', OutlineSchema) }, DEPTH);

const TERM = 'must be lower case words of letters and digits, single spaces between them';
const term = v.pipe(v.string(TERM), v.regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, TERM));
const TERMS = 'must be an array of at least 2 terms';
/** data/synonyms.json, one per group of words and phrases that mean the same to a candidate searching. */
export const SynonymGroupSchema = closed(
  {
    /** The bank's theme the group belongs to ("conflict", "speed and cost", "spelling", …). */
    theme: text,
    terms: v.pipe(
      v.array(term, TERMS),
      v.check((list) => list.length >= 2, TERMS),
      noRepeats<string>((t) => (typeof t === 'string' ? t : undefined)),
    ),
  },
  'must be an object {theme, terms}',
);
const SYNONYMS = 'must be an object {about, groups}';
export const SynonymListsSchema = closed({ about: v.optional(text), groups: list('groups', v.unknown()) }, SYNONYMS);
export const SynonymsSchema = closed({ about: v.optional(text), groups: list('groups', SynonymGroupSchema) }, SYNONYMS);
export type Synonyms = v.InferOutput<typeof SynonymsSchema>;

export type QuestionDepth = v.InferOutput<typeof QuestionDepthSchema>;
export type Outline = v.InferOutput<typeof OutlineSchema>;
export type Depth = v.InferOutput<typeof DepthSchema>;

export type QuestionKind = v.InferOutput<typeof QuestionSchema>['kind'];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type FrameworkField = v.InferOutput<typeof FrameworkFieldSchema>;
export type Framework = v.InferOutput<typeof FrameworkSchema>;
export type Insight = v.InferOutput<typeof InsightSchema>;
export type CompanyNote = v.InferOutput<typeof CompanyNoteSchema>;

export const GuidanceSchema = closed(
  { frameworks: list('frameworks', FrameworkSchema), insights: list('insights', InsightSchema), companies: list('companies', CompanyNoteSchema) },
  GUIDANCE,
);
/** Only the top level of guidance.json: validate.ts then checks each item on its own, so each error names its item. */
export const GuidanceListsSchema = closed(
  { frameworks: list('frameworks', v.unknown()), insights: list('insights', v.unknown()), companies: list('companies', v.unknown()) },
  GUIDANCE,
);
export type Guidance = v.InferOutput<typeof GuidanceSchema>;

const WHOLE = (min: number, max?: number) => (max === undefined ? `must be a whole number of at least ${min}` : `must be a whole number from ${min} to ${max}`);
const whole = (min: number, max?: number) =>
  v.pipe(v.number(WHOLE(min, max)), v.integer(WHOLE(min, max)), v.minValue(min, WHOLE(min, max)), v.maxValue(max ?? Number.MAX_SAFE_INTEGER, WHOLE(min, max)));

/** The most follow-ups one pick may ask: data/depth.json gives every question 3 to 5. */
export const MAX_PICK_PROBES = 5;

/** Which questions a draw takes from: the bank's questions in this category and/or of this company. */
export const RoundDrawSchema = closed({ category: v.optional(text), company: v.optional(text) }, 'must be an object {category?, company?}');

/**
 * One rule of a preset: a fixed question (`question`), or `count` questions drawn from a `draw`; `probes`
 * is how many of each question's follow-ups are asked after its answer. validate.ts checks one-of-the-two.
 */
export const RoundPickSchema = closed(
  {
    question: v.optional(slug),
    draw: v.optional(RoundDrawSchema),
    count: v.optional(whole(1)),
    probes: v.optional(whole(0, MAX_PICK_PROBES)),
  },
  'must be an object {question, probes?} or {draw, count, probes?}',
);

/** data/rounds.json, one per mock-round preset: a round shaped like one a company is reported to run. */
export const RoundPresetSchema = closed(
  {
    id: slug,
    title: text,
    /** One line on what the round is like, in the project's own words. */
    description: text,
    /** How long the real round lasts. */
    minutes: whole(1, 240),
    thinkingSeconds: whole(0, 600),
    answerSeconds: whole(10),
    picks: v.pipe(v.array(v.unknown(), 'must be a non-empty array of picks'), v.nonEmpty('must be a non-empty array of picks')),
  },
  'must be an object',
);
const ROUNDS = 'must be an object {about, presets}';
/** Only the top level of rounds.json: validate.ts checks each preset and pick on its own, so each error names it. */
export const RoundListsSchema = closed({ about: v.optional(text), presets: list('presets', v.unknown()) }, ROUNDS);

export type RoundDraw = v.InferOutput<typeof RoundDrawSchema>;
export type RoundPick = v.InferOutput<typeof RoundPickSchema>;
export type RoundPreset = Omit<v.InferOutput<typeof RoundPresetSchema>, 'picks'> & { picks: RoundPick[] };
export interface Rounds {
  about?: string;
  presets: RoundPreset[];
}
