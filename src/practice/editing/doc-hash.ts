import { fnv1a } from '../../shared/fnv';

/**
 * A short fingerprint of a document (FNV-1a over its JSON with sorted keys), so a journal entry can name the
 * text its tab was saving without holding a second copy of it.
 */
export function docHash(doc: unknown): number {
  const json = JSON.stringify(doc, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
  return fnv1a(json) >>> 0;
}
