/**
 * The answer coach: from an answer (a draft's fields, or a take's transcript) and its question to
 * remarks that say what to fix, each with the words it found, why it matters and the guidance that says
 * so. Pure and synchronous: the rules and word lists are data (data/coach.json), passed in.
 */
import type { CoachRules, RuleId } from '../../bank/coach-rules';
import { FRAMEWORK_PARTS, type Meaning } from '../../shared/frameworks';
import { checklist } from './checklist';
import { isFillerLike, mostUsed, passives, quantities, type Lists } from './detectors';
import { compile, findAll, isWord, tokenize, type Match, type Phrases, type Token } from './tokens';
import type { CoachInput, Coaching, Remark, Span } from './types';

export type * from './types';
export { checklist } from './checklist';

const MAX_EVIDENCE = 30;

const compiled = new WeakMap<CoachRules, Lists>();
function lists(rules: CoachRules): Lists {
  let found = compiled.get(rules);
  if (!found) {
    found = Object.fromEntries(Object.entries(rules.words).map(([k, list]) => [k, compile(list)])) as Lists;
    compiled.set(rules, found);
  }
  return found;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all));
const percent = (share: number) => `${Math.round(share * 100)}%`;
const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
const minutes = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60}-minute` : `${seconds}-second`);
const mentions = (text: string, terms: readonly string[]) => terms.some((t) => text.includes(t));

export function coach(input: CoachInput, rules: CoachRules): Coaching {
  const T = rules.thresholds;
  const keys = input.parts.map((p) => p.key);
  const tokens: Token[] = [];
  input.parts.forEach((p, i) => tokenize(p.text, i, tokens));
  const words = tokens.filter(isWord).length;
  const spoken = input.spoken;
  const speakingSeconds = spoken ? (spoken.speakingMs || spoken.durationMs) / 1000 : 0;
  const seconds = spoken ? spoken.durationMs / 1000 : Math.round((words / T.draftWordsPerMinute) * 60);
  const question = input.question;
  const result: Coaching = {
    remarks: [],
    score: null,
    checklist: question ? checklist(question.testing) : [],
    figures: { words, seconds, wpm: null, fillersPerMinute: null },
  };
  if (words < T.minWords) return result;
  // Compiled on the first answer long enough to judge (a question page with no draft yet never needs them).
  const L = lists(rules);

  const span = (from: number, n = 1): Span => {
    const a = tokens[from]!;
    const b = tokens[from + n - 1]!;
    return { part: keys[a.part]!, start: a.start, end: b.end, text: input.parts[a.part]!.text.slice(a.start, b.end) };
  };
  const spans = (found: readonly Match[]) => found.slice(0, MAX_EVIDENCE).map((m) => span(m.i, m.n));
  const quote = (found: readonly Match[], max = 3) => [...new Set(spans(found).map((s) => s.text.toLowerCase()))].slice(0, max).join('”, “');
  const remark = (rule: RuleId, values: Record<string, string | number> = {}, evidence: Span[] = [], part?: string) => {
    const r = rules.rules[rule];
    const made: Remark = { rule, kind: r.kind, severity: r.severity, message: fill(r.message, values), evidence, why: r.why, guidanceId: r.guidanceId };
    if (part !== undefined) made.part = part;
    result.remarks.push(made);
  };

  // Where each meaning lives: the token range of each part, and the parts that hold it first.
  const framework = FRAMEWORK_PARTS[input.framework];
  const ranges = input.parts.map((_, i) => {
    const from = tokens.findIndex((t) => t.part === i);
    const to = from < 0 ? -1 : tokens.findLastIndex((t) => t.part === i) + 1;
    return from < 0 ? { from: 0, to: 0, words: 0 } : { from, to, words: to - from };
  });
  const partsHolding = (meaning: Meaning) =>
    input.parts.map((p, i) => ({ p, i, def: framework.find((f) => f.key === p.key) })).filter(({ def }) => def?.holds[0] === meaning);
  const structured = input.framework !== 'free' && !spoken;

  const categories = question?.categories ?? [];
  const testing = `${question?.text ?? ''} ${question?.testing ?? ''}`.toLowerCase();
  const story = !categories.some((c) => rules.categories.notStories.includes(c));

  // Figures every rule reads.
  const quantified = quantities(tokens, L);
  const outcomeMarks = [...findAll(tokens, L.outcomes), ...quantified];
  const lastFrom = Math.floor(tokens.length * (1 - T.resultInLastShare));

  // Structure.
  if (story && structured) {
    for (const [meaning, rule] of [
      ['action', 'missing-action'],
      ['outcome', 'missing-outcome'],
      ['learning', 'missing-learning'],
    ] as const) {
      for (const { i, def } of partsHolding(meaning))
        if (ranges[i]!.words < T.minPartWords && (meaning !== 'learning' || def!.holds.length === 1)) remark(rule, { part: def!.label }, [], keys[i]);
    }
    const context = partsHolding('context');
    const contextWords = context.reduce((n, { i }) => n + ranges[i]!.words, 0);
    if (words >= T.contextMinWords && contextWords / tokens.length > T.contextShareMax) {
      const first = context[0]!;
      remark(
        'long-context',
        { part: context.map((c) => c.def!.label).join(' and '), share: percent(contextWords / tokens.length) },
        context.filter(({ i }) => ranges[i]!.words).map(({ i }) => span(ranges[i]!.from, ranges[i]!.words)),
        keys[first.i],
      );
    }
  } else if (story) {
    if (!outcomeMarks.length) remark('no-result-stated');
    // An opener (60 s) leads with its result and ends on an offer to go deeper: only a longer answer must end on it.
    else if (spoken && input.targetSeconds >= T.resultLastMinTarget && !outcomeMarks.some((m) => m.i >= lastFrom)) remark('result-not-last');
  }

  // Impact.
  const outcomeParts = structured ? partsHolding('outcome').map(({ i }) => ranges[i]!) : [{ from: lastFrom, to: tokens.length }];
  if (story) {
    // In a structured draft, a number in the Situation is context: the outcome parts must hold one.
    const measured = structured ? quantified.some((m) => outcomeParts.some((r) => m.i >= r.from && m.i < r.to)) : quantified.length > 0;
    const outcomeMissing = result.remarks.some((r) => r.rule === 'missing-outcome'); // it says so already
    if (!measured && !outcomeMissing) remark('no-numbers');
    const activity = outcomeParts.flatMap((r) => findAll(tokens, L.activityOnly, r.from, r.to));
    const delivered = outcomeParts.some((r) => outcomeMarks.some((m) => m.i >= r.from && m.i < r.to));
    if (activity.length && !delivered) remark('activity-outcome', { quote: quote(activity, 1) }, spans(activity));
  }

  // Ownership: in what the speaker did.
  const actionParts = structured ? partsHolding('action').map(({ i }) => ranges[i]!) : [{ from: 0, to: tokens.length }];
  if (story) {
    const inAction = (list: Phrases) => actionParts.flatMap((r) => findAll(tokens, list, r.from, r.to));
    const ours = inAction(L.ours);
    const mine = inAction(L.mine).length;
    if ((mine === 0 && ours.length >= T.allWeMinCount) || (ours.length >= T.weMinCount && ours.length / (mine + ours.length) > T.weShareMax))
      remark('all-we', { we: ours.length, mine }, spans(ours));
    const passive = actionParts.flatMap((r) => passives(tokens, L, r.from, r.to));
    if (passive.length >= T.passiveMin) remark('passive-action', { n: passive.length, quote: quote(passive, 2) }, spans(passive));
  }

  // Trade-offs, and honesty and learning, where the question asks for them.
  if (story && words >= T.tradeoffMinWords) {
    // Asked where the question is about a choice; a question about a mistake asks for the lesson instead.
    const asks =
      (categories.some((c) => rules.categories.tradeoffs.includes(c)) || mentions(testing, rules.categories.testingTradeoffs)) &&
      !mentions(testing, rules.categories.testingWentWrong);
    // "five minutes instead of twenty" compares figures; it names no alternative.
    const ends = new Set(quantified.map((m) => m.i + m.n));
    const named = findAll(tokens, L.tradeoffs).filter((m) => !ends.has(m.i) && !ends.has(m.i - 1));
    if (asks && !named.length) remark('no-tradeoffs', {}, [], structured ? keys[partsHolding('action')[0]?.i ?? 0] : undefined);
  }
  {
    const asks = categories.some((c) => rules.categories.learning.includes(c)) || mentions(testing, rules.categories.testingLearning);
    const learningPartEmpty = structured && partsHolding('learning').some(({ i, def }) => def!.holds.length === 1 && ranges[i]!.words < T.minPartWords);
    if (asks && !learningPartEmpty && !findAll(tokens, L.learning).length) remark('no-learning');
    if (asks && mentions(testing, rules.categories.testingWentWrong) && !findAll(tokens, L.wentWrong).length) remark('nothing-went-wrong');
  }

  // Words.
  if (spoken) {
    const fillers = findAll(tokens, L.fillers).filter((m) => tokens[m.i]!.t !== 'like' || isFillerLike(tokens, m.i, L));
    const perMinute = speakingSeconds ? fillers.length / (speakingSeconds / 60) : 0;
    result.figures.fillersPerMinute = Math.round(perMinute * 10) / 10;
    if (fillers.length >= T.fillersMin && perMinute > T.fillersPerMinute)
      remark('fillers-spoken', { n: fillers.length, perMinute: Math.round(perMinute) }, spans(fillers));
  } else {
    const fillers = findAll(tokens, L.writtenFillers);
    if (fillers.length >= T.writtenFillersMin) remark('fillers-written', { n: fillers.length, quote: quote(fillers) }, spans(fillers));
  }
  const notHedges = new Set(findAll(tokens, L.notHedges).map((m) => m.i));
  const hedges = findAll(tokens, L.hedges).filter((m) => !notHedges.has(m.i));
  if (hedges.length >= T.hedgesMin && (hedges.length / words) * 100 >= T.hedgesPer100Words)
    remark('hedges', { n: hedges.length, quote: quote(hedges) }, spans(hedges));
  const buzz = findAll(tokens, L.buzzwords);
  if (buzz.length >= T.buzzwordsMin) remark('buzzwords', { n: buzz.length, quote: quote(buzz) }, spans(buzz));
  const names = findAll(tokens, L.names);
  if (names.length >= T.namesMin && (names.length / words) * 100 >= T.namesPer100Words && !quantified.length)
    remark('names', { n: names.length, quote: quote(names) }, spans(names));
  const repeated = mostUsed(tokens, L, T.repeatedWordMin, Math.max(T.repeatedWordMin, words * T.repeatedWordShare));
  if (repeated.length)
    remark(
      'repeated-word',
      { quote: repeated.map(([w, n]) => `“${w}” ${n}×`).join(', ') },
      spans(repeated.flatMap(([w]) => tokens.flatMap((t, i) => (t.t === w ? [{ i, n: 1 }] : [])))),
    );

  // Pace and length.
  if (spoken && words >= T.paceMinWords && speakingSeconds >= T.paceMinSeconds) {
    const wpm = Math.round(words / (speakingSeconds / 60));
    result.figures.wpm = wpm;
    const values = { wpm, slow: T.paceSlowWpm, fast: T.paceFastWpm };
    remark(wpm < T.paceSlowWpm ? 'pace-slow' : wpm > T.paceFastWpm ? 'pace-fast' : 'pace-ok', values);
  }
  const target = input.targetSeconds;
  if (seconds > target * T.overTarget) remark('too-long', { length: mmss(seconds), target: minutes(target) });
  else if (seconds < target * T.underTarget) remark('too-short', { length: mmss(seconds), target: minutes(target) });

  result.score = Math.max(0, 100 - result.remarks.reduce((n, r) => n + T.score[r.severity], 0));
  return result;
}
