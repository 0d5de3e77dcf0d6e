/** What the coach's rules look for beyond a word list: figures, passives, filler "like", the words said most. Pure. */
import type { CoachRules } from '../../bank/coach-rules';
import { matchAt, type Match, type Phrases, type Token } from './tokens';

/** Each word list of data/coach.json, compiled. */
export type Lists = { [K in keyof CoachRules['words']]: Phrases };

/** Numbers that measure something: "40%", "$12k", "3x", "200 ms", "12 engineers", "half", "three weeks"; not a bare year. */
export function quantities(tokens: readonly Token[], L: Lists): Match[] {
  const found: Match[] = [];
  let afterName = -1; // "Llama 3" names a model, not a quantity
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const name = matchAt(tokens, i, L.names);
    if (name) {
      afterName = i + name;
      i += name - 1;
      continue;
    }
    const next = i + 1 < tokens.length && tokens[i + 1]!.part === tok.part ? i + 1 : -1;
    const unitNext = next >= 0 ? matchAt(tokens, next, L.units) : 0;
    if (tok.num) {
      const glued = /[%$€£×]|\d[a-zµ]+$/.test(tok.t) && !/\d(?:st|nd|rd|th|am|pm)$/.test(tok.t);
      const year = /^(19|20)\d\d$/.test(tok.t);
      if (glued || unitNext || (!year && afterName !== i)) found.push({ i, n: 1 + unitNext });
      continue;
    }
    const word = matchAt(tokens, i, L.numberWords);
    if (word) {
      found.push({ i, n: word });
      i += word - 1;
      continue;
    }
    const spelled = matchAt(tokens, i, L.spelledNumbers);
    if (spelled) {
      // "three weeks", and with one word between: "two drift incidents", "three more weeks".
      const unitAt = (j: number) => (j < tokens.length && tokens[j]!.part === tok.part ? matchAt(tokens, j, L.units) : 0);
      const gap = unitAt(i + spelled) ? 0 : unitAt(i + spelled + 1) && !tokens[i + spelled]!.num ? 1 : -1;
      if (gap >= 0) found.push({ i, n: spelled + gap + unitAt(i + spelled + gap) });
      i += spelled - 1;
    }
  }
  return found;
}

const AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'got', 'is', 'are', 'be']);

/** "was deployed", "were made", "been decided": a passive whose actor is left out (not "… by the infra team"). */
export function passives(tokens: readonly Token[], L: Lists, from: number, to: number): Match[] {
  const found: Match[] = [];
  for (let i = from; i < to - 1; i++) {
    if (!AUXILIARIES.has(tokens[i]!.t)) continue;
    let j = i + 1;
    if (/ly$/.test(tokens[j]!.t) && j + 1 < to) j++; // "was quickly fixed"
    const verb = tokens[j]!;
    if (verb.part !== tokens[i]!.part || matchAt(tokens, j, L.passiveNotAction)) continue;
    const participle = (/[a-z]{3,}ed$/.test(verb.t) && !/eed$/.test(verb.t)) || matchAt(tokens, j, L.irregularParticiples) > 0;
    if (!participle || tokens[j + 1]?.t === 'by') continue;
    found.push({ i, n: j - i + 1 });
    i = j;
  }
  return found;
}

/** "like" as a filler, not as a verb or a comparison ("would like", "looks like", "I like"). */
export function isFillerLike(tokens: readonly Token[], i: number, L: Lists): boolean {
  const before = tokens[i - 1];
  return !before || before.part !== tokens[i]!.part || !matchAt(tokens, i - 1, L.likeNotFillerAfter);
}

/** The content words said most, each at least `min` times and more than `share` words. */
export function mostUsed(tokens: readonly Token[], L: Lists, min: number, share: number): [string, number][] {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.t;
    if (t.length < 3 || tokens[i]!.num || matchAt(tokens, i, L.stop) === 1 || L.mine.has(t) || L.ours.has(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= min && n >= share)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
}
