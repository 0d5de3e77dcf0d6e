/**
 * The one slug: bank ids, custom-question ids, element ids and take file names. The shipped bank's ids
 * were made with it (scripts/import-seed.mjs) and must never change, so neither may its output.
 */

/** Words too slight to end a cut slug on ("…-of-the"). */
const DANGLING = new Set([
  'where',
  'so',
  'we',
  'but',
  'it',
  'youre',
  'my',
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'when',
  'that',
  'your',
  'you',
  'how',
  'some',
  'what',
  'did',
  'if',
  'its',
  'who',
  'went',
]);

export interface SlugOptions {
  /** Cut on a word boundary at this many characters. */
  maxLength?: number;
  /** What text with no a-z or 0-9 in it (e.g. Chinese) becomes. */
  fallback?: string;
}

/** "Why you're at Café Z?" → "why-youre-at-cafe-z": accents stripped, apostrophes dropped, a-z 0-9 words joined by single hyphens. */
export function slug(text: string, { maxLength = 60, fallback = '' }: SlugOptions = {}): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length && [...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  while (kept.length < words.length && kept.length > 1 && DANGLING.has(kept[kept.length - 1]!)) kept.pop();
  return kept.join('-').slice(0, maxLength) || fallback; // slice: one word longer than maxLength
}
