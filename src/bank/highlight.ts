export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched segments from inclusive [start, end] ranges (Fuse's `indices`).
 * Ranges shorter than `minLength` are dropped: single scattered letters read as noise, not as a match.
 */
export function segments(text: string, ranges: readonly (readonly [number, number])[], minLength = 2): Segment[] {
  const marks = ranges
    .filter(([s, e]) => e - s + 1 >= minLength && s >= 0 && e < text.length)
    .map(([s, e]) => [s, e] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of marks) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), match: false });
    out.push({ text: text.slice(s, e + 1), match: true });
    at = e + 1;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}
