import type { SearchMatch, Searchable } from './search';
import { eachWord } from './text';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../shared/fnv';

/** Field weights: a word in the question itself counts most. */
const FIELDS = [
  ['text', 3],
  ['alsoAskedAs', 2],
  ['reportedAs', 2],
  ['companies', 1.5],
  ['mine', 1.5],
  ['categories', 1],
  ['testing', 1],
] as const;

/** A posting's weight from its fields (one bit per entry of FIELDS): the best of them. */
const WEIGHT_OF_FIELDS = Float64Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
  FIELDS.reduce((best, [, weight], f) => (mask & (1 << f) && weight > best ? weight : best), 0),
);

/**
 * Every word's documents, flat: word `w` is in `docs[from[w]]` … `docs[from[w + 1] - 1]`, in order, each with
 * its best field weight (`weights[i]` for `docs[i]`) and which fields hold it (`fields[i]`, one bit per entry
 * of FIELDS: highlighting reads only those).
 */
export interface Postings {
  from: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
  fields: Uint8Array;
}

export interface WordIndex {
  words: string[];
  postings: Postings;
  /** Word ids by length (index 0 unused). */
  byLength: number[][];
  exact(word: string): number | undefined;
  withPrefix(prefix: string): number[];
  highlight(doc: number, words: ReadonlySet<number>): SearchMatch[];
}

/**
 * The vocabulary: each distinct word once, with its id. An open-addressing table over a hash of the word's
 * characters, so a word of ASCII text is looked up where it stands, without cutting a string for each one.
 */
class Vocabulary {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private table = new Int32Array(1 << 10).fill(-1);

  /** The id of `text[start, end)` (lower-case ASCII letters and digits) hashed to `hash`; added when new. */
  internAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) return this.add(text.slice(start, end), hash, slot);
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  /** The id of `word` (already folded), added when new. */
  intern(word: string): number {
    const hash = hashOf(word);
    const slot = this.slotOf(word, hash);
    const id = this.table[slot]!;
    return id >= 0 ? id : this.add(word, hash, slot);
  }

  find(word: string): number | undefined {
    const id = this.table[this.slotOf(word, hashOf(word))]!;
    return id >= 0 ? id : undefined;
  }

  /** Where `word` is in the table, or the free slot where it would go. */
  private slotOf(word: string, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0 || (this.hashes[id] === hash && this.words[id] === word)) return slot;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.table[slot] = id;
    // Kept at most half full, so a miss ends soon.
    if (2 * this.words.length > this.table.length) {
      const table = new Int32Array(2 * this.table.length).fill(-1);
      const mask = table.length - 1;
      for (let w = 0; w < this.words.length; w++) {
        let at = this.hashes[w]! & mask;
        while (table[at]! >= 0) at = (at + 1) & mask;
        table[at] = w;
      }
      this.table = table;
    }
    return id;
  }
}

/** FNV-1a (shared/fnv.ts): the same hash `internAscii` works out inline as it reads a word. */
const hashOf = fnv1a;

/** All ASCII: no accents to fold and no CJK, so its words are read in one simple pass. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Each (word, document) pair once, in document order, with the fields that hold the word there. */
class Occurrences {
  count = 0;
  word: Int32Array;
  doc: Int32Array;
  fields: Uint8Array;
  // Per word: the last document that held it and where that occurrence is, to add a field to it.
  private lastDoc = new Int32Array(1 << 12).fill(-1);
  private lastAt = new Int32Array(1 << 12);

  /** Room for `expected` pairs at first: it grows when there are more. */
  constructor(expected: number) {
    this.word = new Int32Array(expected);
    this.doc = new Int32Array(expected);
    this.fields = new Uint8Array(expected);
  }

  add(id: number, doc: number, bit: number): void {
    if (id >= this.lastDoc.length) {
      const lastDoc = new Int32Array(2 * this.lastDoc.length).fill(-1);
      lastDoc.set(this.lastDoc);
      this.lastDoc = lastDoc;
      this.lastAt = grow(this.lastAt, lastDoc.length);
    }
    // Documents come in order: the word is already listed for this one only if it was last listed for it.
    if (this.lastDoc[id] === doc) {
      this.fields[this.lastAt[id]!]! |= bit;
      return;
    }
    if (this.count === this.word.length) {
      this.word = grow(this.word, 2 * this.count);
      this.doc = grow(this.doc, 2 * this.count);
      this.fields = grow(this.fields, 2 * this.count);
    }
    this.lastDoc[id] = doc;
    this.lastAt[id] = this.count;
    this.word[this.count] = id;
    this.doc[this.count] = doc;
    this.fields[this.count++] = bit;
  }
}

function grow<A extends Int32Array | Uint8Array>(array: A, length: number): A {
  const out = new (array.constructor as new (length: number) => A)(length);
  out.set(array);
  return out;
}

/**
 * Word ids in the words' order (as `<` compares strings). Words are first put in buckets by their first two
 * characters, in order, and only a bucket's few words are compared: a tenth of a whole sort's comparisons.
 */
function alphabetical(words: readonly string[]): number[] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A word of one character goes before the longer ones that start with it.
    const key = w.charCodeAt(0) * 0x10001 + (w.length > 1 ? w.charCodeAt(1) + 1 : 0);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  }
  const out: number[] = [];
  const order = (a: number, b: number) => (words[a]! < words[b]! ? -1 : 1);
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets.get(key)!;
    if (bucket.length > 1) bucket.sort(order);
    for (const id of bucket) out.push(id);
  }
  return out;
}

export function buildIndex(items: readonly Searchable[]): WordIndex {
  const vocabulary = new Vocabulary();
  const occurrences = new Occurrences(Math.max(1024, 32 * items.length)); // a question holds some 25 distinct words
  let doc = 0;
  let bit = 0;
  const add = (id: number) => occurrences.add(id, doc, bit);
  const addSlow = (word: string) => add(vocabulary.intern(word));
  const addValue = (value: string) => {
    if (!ASCII.test(value)) return eachWord(value, addSlow);
    // The words of eachWord's ASCII pass: runs of [a-z0-9] once lower-cased. (A lower-cased copy is also a
    // flat string, quick to read a character at a time.)
    const text = value.toLowerCase();
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      } else if (start >= 0) {
        add(vocabulary.internAscii(text, start, i, hash));
        start = -1;
      }
    }
  };
  for (; doc < items.length; doc++) {
    const item = items[doc]!;
    for (let f = 0; f < FIELDS.length; f++) {
      const v = item[FIELDS[f]![0]];
      if (v === undefined) continue;
      bit = 1 << f;
      if (typeof v === 'string') addValue(v);
      else for (const value of v) addValue(value);
    }
  }

  const words = vocabulary.words;
  // Postings by word, each word's documents kept in order (a counting sort is stable).
  const { count, word: occurrenceWord, doc: occurrenceDoc, fields: occurrenceFields } = occurrences;
  const from = new Int32Array(words.length + 1);
  for (let i = 0; i < count; i++) from[occurrenceWord[i]! + 1]!++;
  for (let w = 0; w < words.length; w++) from[w + 1]! += from[w]!;
  const next = from.slice(0, words.length);
  const postings: Postings = { from, docs: new Int32Array(count), weights: new Float64Array(count), fields: new Uint8Array(count) };
  for (let i = 0; i < count; i++) {
    const at = next[occurrenceWord[i]!]!++;
    postings.docs[at] = occurrenceDoc[i]!;
    postings.fields[at] = occurrenceFields[i]!;
    postings.weights[at] = WEIGHT_OF_FIELDS[occurrenceFields[i]!]!;
  }

  /** The fields of `doc` that hold any of `matched`. */
  function fieldsWith(doc: number, matched: ReadonlySet<number>): number {
    let mask = 0;
    for (const w of matched) {
      let lo = from[w]!;
      let hi = from[w + 1]!;
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (postings.docs[mid]! < doc) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && postings.docs[lo] === doc) mask |= postings.fields[lo]!;
    }
    return mask;
  }
  const sorted = alphabetical(words);

  const byLength: number[][] = [];
  words.forEach((w, i) => (byLength[w.length] ??= []).push(i));

  return {
    words,
    postings,
    byLength,
    exact: (word) => vocabulary.find(word),
    withPrefix(prefix) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[sorted[mid]!]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < sorted.length && words[sorted[i]!]!.startsWith(prefix); i++) out.push(sorted[i]!);
      return out;
    },
    highlight(doc, matched) {
      const item = items[doc]!;
      const out: SearchMatch[] = [];
      const mask = fieldsWith(doc, matched);
      for (const [f, [key]] of FIELDS.entries()) {
        if (!(mask & (1 << f))) continue;
        const v = item[key];
        for (const value of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
          const indices: [number, number][] = [];
          eachWord(value, (word, start, end) => {
            const id = vocabulary.find(word);
            if (id !== undefined && matched.has(id)) indices.push([start, end]);
          });
          if (indices.length) out.push({ key, value, indices });
        }
      }
      return out;
    },
  };
}
