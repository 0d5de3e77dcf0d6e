// The answer coach over its labelled answers (tests/fixtures/coach/answers.json): precision and recall per
// remark kind (suggest and severe remarks; info ones are not judgements), on the answers the rules were
// tuned on and on the held-out ones, and the time to coach 600 words.
import { REMARK_KINDS, type RemarkKind } from '../src/bank/coach-rules';
import { coach } from '../src/practice/coach/coach';
import { fixtures, inputOf, loadRules, longAnswer, type Fixture } from '../tests/fixtures/coach/fixtures';
import { measure, table } from './stats';

type Tally = { tp: number; fp: number; fn: number };
const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '—');

function report(title: string, set: readonly Fixture[], got: Map<string, Set<RemarkKind>>): void {
  const tally = new Map<RemarkKind, Tally>(REMARK_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  for (const f of set) {
    const flagged = got.get(f.id)!;
    for (const kind of REMARK_KINDS) {
      const want = f.expect.includes(kind);
      const outcome = want && flagged.has(kind) ? 'tp' : flagged.has(kind) ? 'fp' : want ? 'fn' : null;
      if (!outcome) continue;
      tally.get(kind)![outcome]++;
      if (outcome === 'fp') falseAlarms.push(`${kind} on ${f.id}`);
      if (outcome === 'fn') misses.push(`${kind} on ${f.id}`);
    }
  }
  const quiet = set.filter((f) => !f.expect.length && !got.get(f.id)!.size).length;
  console.log(`\n${title} — ${set.length} answers (${set.filter((f) => !f.expect.length).length} strong, ${quiet} of them with no remark)`);
  console.log(`  ${'kind'.padEnd(11)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   labelled  flagged`);
  let all: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [kind, t] of tally) {
    all = { tp: all.tp + t.tp, fp: all.fp + t.fp, fn: all.fn + t.fn };
    console.log(
      `  ${kind.padEnd(11)} ${pct(t.tp, t.tp + t.fp).padStart(9)} ${pct(t.tp, t.tp + t.fn).padStart(7)}   ${String(t.tp + t.fn).padStart(8)}  ${String(t.tp + t.fp).padStart(7)}`,
    );
  }
  console.log(
    `  ${'all'.padEnd(11)} ${pct(all.tp, all.tp + all.fp).padStart(9)} ${pct(all.tp, all.tp + all.fn).padStart(7)}   ${String(all.tp + all.fn).padStart(8)}  ${String(all.tp + all.fp).padStart(7)}`,
  );
  if (falseAlarms.length) console.log(`  false alarms: ${falseAlarms.join('; ')}`);
  if (misses.length) console.log(`  missed: ${misses.join('; ')}`);
}

export function benchCoach(): void {
  const rules = loadRules();
  const got = new Map(
    fixtures.map((f) => [
      f.id,
      new Set(
        coach(inputOf(f), rules)
          .remarks.filter((r) => r.severity !== 'info')
          .map((r) => r.kind),
      ),
    ]),
  );
  report('Answer coach, all labelled answers', fixtures, got);
  report(
    '  tuned on',
    fixtures.filter((f) => !f.heldOut),
    got,
  );
  report(
    '  held out (written after the rules were tuned)',
    fixtures.filter((f) => f.heldOut),
    got,
  );

  const input = longAnswer();
  const words = coach(input, rules).figures.words;
  const run = measure(() => coach(input, rules), 500, 50);
  table('Answer coach — time to coach one answer (Node)', [[`coach() on a ${words}-word STAR draft`, run, `median < 5 ms: ${run.median < 5 ? 'OK' : 'OVER'}`]]);
}
