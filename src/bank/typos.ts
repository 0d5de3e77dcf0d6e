/**
 * Typo rules as forgiving as Typesense's defaults: no typo under 4 letters, one from 4, two from 7.
 * A swapped pair of neighbours counts as one typo (optimal string alignment distance).
 */
export const typosAllowed = (length: number): number => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

// Rows of the distance table, reused between calls: search compares one word with thousands.
let prev2 = new Int32Array(32);
let prev = new Int32Array(32);
let row = new Int32Array(32);

/**
 * The OSA distance between `a` (what was typed) and `b`, or with `prefix` between `a` and the closest
 * beginning of `b` (the user is still typing a longer word). Gives `max + 1` as soon as it must exceed `max`.
 */
export function distanceWithin(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (prefix && m < n - max) return max + 1;
  if (m + 1 > row.length) {
    const size = 2 * (m + 1);
    prev2 = new Int32Array(size);
    prev = new Int32Array(size);
    row = new Int32Array(size);
  }
  // Rows run over `a`, columns over `b`.
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = row;
    row = t;
  }
  // `prev` holds the last row.
  if (!prefix) return Math.min(prev[m]!, max + 1);
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, prev[j]!);
  return best;
}
