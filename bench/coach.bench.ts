// The answer coach over its labelled answers (tests/fixtures/coach/answers.json): precision and recall per
// remark kind (suggest and severe remarks; info ones are not judgements), and the time to coach 600 words.
import { REMARK_KINDS } from '../src/bank/coach-rules';
import { coach } from '../src/practice/coach/coach';
import { fixtures, inputOf, loadRules, longAnswer } from '../tests/fixtures/coach/fixtures';
import { measure, table } from './stats';

export function benchCoach(): void {
  const rules = loadRules();
  const tally = new Map(REMARK_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const heldOut = { tp: 0, fp: 0, fn: 0 };
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  for (const f of fixtures) {
    const got = new Set(
      coach(inputOf(f), rules)
        .remarks.filter((r) => r.severity !== 'info')
        .map((r) => r.kind),
    );
    for (const kind of REMARK_KINDS) {
      const t = tally.get(kind)!;
      const want = f.expect.includes(kind);
      const outcome = want && got.has(kind) ? 'tp' : got.has(kind) ? 'fp' : want ? 'fn' : null;
      if (!outcome) continue;
      t[outcome]++;
      if (f.heldOut) heldOut[outcome]++;
      if (outcome === 'fp') falseAlarms.push(`${kind} on ${f.id}`);
      if (outcome === 'fn') misses.push(`${kind} on ${f.id}`);
    }
  }
  const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '—');
  console.log(`\nAnswer coach — ${fixtures.length} labelled answers (${fixtures.filter((f) => !f.expect.length).length} strong)`);
  console.log(`  ${'kind'.padEnd(11)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   labelled  flagged`);
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const [kind, t] of tally) {
    all = { tp: all.tp + t.tp, fp: all.fp + t.fp, fn: all.fn + t.fn };
    console.log(
      `  ${kind.padEnd(11)} ${pct(t.tp, t.tp + t.fp).padStart(9)} ${pct(t.tp, t.tp + t.fn).padStart(7)}   ${String(t.tp + t.fn).padStart(8)}  ${String(t.tp + t.fp).padStart(7)}`,
    );
  }
  console.log(`  ${'all'.padEnd(11)} ${pct(all.tp, all.tp + all.fp).padStart(9)} ${pct(all.tp, all.tp + all.fn).padStart(7)}`);
  const held = fixtures.filter((f) => f.heldOut).length;
  console.log(
    `  held out (${held} answers written after the rules were tuned): precision ${pct(heldOut.tp, heldOut.tp + heldOut.fp)}, recall ${pct(heldOut.tp, heldOut.tp + heldOut.fn)}`,
  );
  if (falseAlarms.length) console.log(`  false alarms: ${falseAlarms.join('; ')}`);
  if (misses.length) console.log(`  missed: ${misses.join('; ')}`);

  const input = longAnswer();
  const words = coach(input, rules).figures.words;
  const run = measure(() => coach(input, rules), 500, 50);
  table('Answer coach — time to coach one answer (Node)', [[`coach() on a ${words}-word STAR draft`, run, `median < 5 ms: ${run.median < 5 ? 'OK' : 'OVER'}`]]);
}
