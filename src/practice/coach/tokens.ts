/**
 * Words with their places in the text, and word lists compiled to a lookup by first word, so the coach
 * finds every listed phrase in one pass. Pure.
 */

export interface Token {
  /** Lower case, curly apostrophe made straight. */
  t: string;
  /** Index of the part (framework field) the token is in. */
  part: number;
  start: number;
  end: number;
  /** Starts with a digit or a currency sign: "40%", "$12k", "3.5", "200ms". */
  num: boolean;
}

// A number with its sign or unit glued on; a word (inner apostrophes, hyphens, decimals: "gpt-3.5"); a lone % or ×.
const TOKEN = /[$€£]?\d+(?:[.,]\d+)*(?:%|[a-zµ×]+)?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|\.\d+)*|[%×]/giu;

export function tokenize(text: string, part = 0, into: Token[] = []): Token[] {
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    into.push({ t: raw.toLowerCase().replace(/’/g, "'"), part, start, end: start + raw.length, num: /^[$€£\d]/.test(raw) });
  }
  return into;
}

/** A word list as sequences of words, looked up by their first word, longest first. */
export type Phrases = Map<string, string[][]>;

export function compile(list: readonly string[]): Phrases {
  const map: Phrases = new Map();
  for (const phrase of list) {
    const words = tokenize(phrase).map((tok) => tok.t);
    if (!words.length) continue;
    const first = words[0]!;
    const entry = map.get(first) ?? [];
    entry.push(words);
    map.set(first, entry);
  }
  for (const entry of map.values()) entry.sort((a, b) => b.length - a.length);
  return map;
}

/** How many tokens from `i` the longest phrase of `phrases` covers (0: none), within one part. */
export function matchAt(tokens: readonly Token[], i: number, phrases: Phrases): number {
  const candidates = phrases.get(tokens[i]!.t);
  if (!candidates) return 0;
  const part = tokens[i]!.part;
  for (const words of candidates) {
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const tok = tokens[i + k];
      if (!tok || tok.part !== part || tok.t !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}

export interface Match {
  /** First token. */
  i: number;
  /** Tokens covered. */
  n: number;
}

/** Every place a phrase of `phrases` occurs in tokens [from, to), not overlapping. */
export function findAll(tokens: readonly Token[], phrases: Phrases, from = 0, to = tokens.length): Match[] {
  const found: Match[] = [];
  for (let i = from; i < to; i++) {
    const n = matchAt(tokens, i, phrases);
    if (n) {
      found.push({ i, n });
      i += n - 1;
    }
  }
  return found;
}

export const isWord = (tok: Token) => tok.t !== '%' && tok.t !== '×';
