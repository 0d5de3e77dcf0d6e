/** Text as it is compared and searched: words of every script, case folded, accents of alphabetic scripts dropped. */

// Scripts whose accents are optional in everyday typing ("resume" for "résumé", Greek tonos, Arabic harakat).
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
// Written without spaces between words: indexed by pairs of characters instead of words.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
const RUN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const PIECES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** Lower case, accents of alphabetic scripts removed; Hangul and the rest stay composed. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase(); // the common case, kept fast
  return s.normalize('NFD').replace(ACCENTED, '$1').normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/** Lower case, letters and digits only, single spaces: the form text is compared and searched in. */
export const plain = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();

/** A CJK character: one alone is a word worth searching for. */
export const isUnspaced = (s: string) => UNSPACED.test(s);

/** Calls `visit` with each word of `text` (folded) and its inclusive range; a CJK run gives its pairs of neighbours. */
export function eachWord(text: string, visit: (word: string, start: number, end: number) => void): void {
  // ASCII text has no accents to fold and no CJK: one simple pass, no allocation per word.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) {
    const lower = text.toLowerCase();
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (wordChar && start < 0) start = i;
      else if (!wordChar && start >= 0) {
        visit(lower.slice(start, i), start, i - 1);
        start = -1;
      }
    }
    return;
  }
  for (const run of text.matchAll(RUN)) {
    for (const piece of run[0].matchAll(PIECES)) {
      const start = run.index + piece.index;
      const s = piece[0];
      if (!UNSPACED.test(s)) {
        visit(fold(s), start, start + s.length - 1);
        continue;
      }
      const chars = [...s];
      if (chars.length === 1) visit(s, start, start + s.length - 1);
      let at = start;
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        visit(pair, at, at + pair.length - 1);
        at += chars[i]!.length;
      }
    }
  }
}

/** The folded words of `text`, as a query is split. */
export function words(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (word) => out.push(word));
  return out;
}
