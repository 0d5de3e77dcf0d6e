/** The one gate every record read back passes: valid records come out typed, bad ones are reported and kept out. */
import * as v from 'valibot';
import { clearBadRecord, keyText, reportBadRecord } from './attention.ts';
import { RECORD_KINDS, settingSchemaFor, type RecordKind } from './records.ts';

type Kinds = typeof RECORD_KINDS;
export type RecordOf<K extends RecordKind> = v.InferOutput<Kinds[K]['schema']>;

/** Where each kind keeps its key (settings keep theirs outside the value). */
const KEY_PATHS: Record<Exclude<RecordKind, 'setting'>, readonly string[]> = {
  draft: ['questionId'],
  revision: ['id'],
  story: ['id'],
  customQuestion: ['id'],
  take: ['id'],
  chunk: ['takeId', 'seq'],
  review: ['id'],
  round: ['round.id'],
};

function keyOf(kind: RecordKind, value: unknown): unknown {
  if (kind === 'setting' || typeof value !== 'object' || value === null) return undefined;
  const parts = KEY_PATHS[kind].map((path) => path.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | null)?.[part], value));
  return parts.length === 1 ? parts[0] : parts;
}

/** One line a person can act on, e.g. `"createdAt" is missing; "tags" should be Array, not "evals"`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    if (!path) return `the record is not ${issue.expected ?? 'valid'} (found ${issue.received})`;
    if (issue.type === 'check') return `"${path}" ${issue.message}`; // a rule of the record's own, said in its words
    if (issue.type === 'object' && issue.received === 'undefined') return `"${path}" is missing`;
    return `"${path}" should be ${issue.expected ?? 'valid'}, not ${issue.received}`;
  });
  const more = issues.length - lines.length;
  return lines.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

/**
 * The record as its schema reads it, or undefined when there is none or it does not fit (reported,
 * never thrown). `key` is needed only where the value does not hold it (settings).
 */
export function checkRecord<K extends RecordKind>(kind: K, value: unknown, key: unknown = keyOf(kind, value)): RecordOf<K> | undefined {
  if (value === undefined) return undefined; // no such record: nothing to report
  const schema = (kind === 'setting' && settingSchemaFor(key)) || RECORD_KINDS[kind].schema;
  const result = v.safeParse(schema, value);
  const text = keyText(key);
  if (result.success) {
    clearBadRecord(kind, text);
    return result.output as RecordOf<K>;
  }
  reportBadRecord({ kind, key: text, problem: describeIssues(result.issues) });
  return undefined;
}

/** The valid records of a list, in their order; the others are reported. */
export function keepValid<K extends RecordKind>(kind: K, values: readonly unknown[]): RecordOf<K>[] {
  const valid: RecordOf<K>[] = [];
  for (const value of values) {
    const record = checkRecord(kind, value);
    if (record !== undefined) valid.push(record);
  }
  return valid;
}
