import { useEffect, useId, useState } from 'preact/hooks';
import { loadRounds } from '../../bank/load';
import { byName } from '../../bank/catalog';
import type { Question, RoundPick, RoundPreset } from '../../bank/types';
import { buildRound, type CustomRound, type RoundSpec } from '../../practice/rounds/build';
import { beginRound } from '../../practice/rounds/running';
import { count, duration } from '../../shared/format';
import { allQuestions, depth, depthFailed } from '../bank-state';

const questionText = (id: string) => allQuestions.value?.find((q) => q.id === id)?.text ?? id;
const followUps = (n: number | undefined) => (n ? `, then ${count(n, 'follow-up', 'follow-ups')}` : '');

/** One line per pick: "“Why OpenAI?”, then 1 follow-up" or "1 OpenAI question on Project Deep Dives". */
function describePick(pick: RoundPick): string {
  if (pick.question !== undefined) return `“${questionText(pick.question)}”${followUps(pick.probes)}`;
  const n = pick.count ?? 1;
  const company = pick.draw?.company ? `${pick.draw.company} ` : '';
  const category = pick.draw?.category ? ` on ${pick.draw.category}` : ' from the whole bank';
  return `${n} ${company}${n === 1 ? 'question' : 'questions'}${category}, drawn at random${followUps(pick.probes)}`;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort(byName);

/** The round's setup: the presets shaped like real rounds, or a round of your own. */
export function RoundSetup() {
  const [presets, setPresets] = useState<RoundPreset[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    loadRounds().then(
      (r) => setPresets(r.presets),
      () => setFailed(true),
    );
  }, []);
  const bank = allQuestions.value;
  const ready = bank !== null && (depth.value !== null || depthFailed.value);
  const start = (spec: RoundSpec) => {
    if (!bank) return;
    // Without the follow-ups file the round still runs, with no probes.
    beginRound(buildRound(spec, bank, depth.value ?? { questions: [], outlines: [] }, Math.random), typing);
  };

  return (
    <section class="round-setup">
      <h1>Mock round</h1>
      <p class="lede">
        Questions one after another against the clock: thinking time, then your answer, recorded as a take of its question. Then replay each answer and rate it.
      </p>
      <label class="round-typing">
        <input type="checkbox" checked={typing} onChange={(e) => setTyping(e.currentTarget.checked)} /> Type my answers instead of recording them
      </label>
      <h2>Rounds shaped like the real ones</h2>
      {failed && (
        <p role="alert" class="banner">
          The preset rounds could not be loaded. A round of your own still works, below.
        </p>
      )}
      {!presets && !failed && <p class="skeleton">Loading the rounds…</p>}
      <ul class="round-presets">
        {presets?.map((p) => (
          <li key={p.id} class="card">
            <h3>{p.title}</h3>
            <p class="hint">
              {p.minutes} min · {duration(p.thinkingSeconds)} to think · answers up to {duration(p.answerSeconds)}
            </p>
            <p>{p.description}</p>
            <ul class="round-picks">
              {p.picks.map((pick, i) => (
                <li key={i}>{describePick(pick)}</li>
              ))}
            </ul>
            <button type="button" class="button primary" disabled={!ready} aria-label={`Start ${p.title}`} onClick={() => start(p)}>
              Start
            </button>
          </li>
        ))}
      </ul>
      <h2>A round of your own</h2>
      <CustomRoundForm bank={bank} ready={ready} onStart={start} />
    </section>
  );
}

function CustomRoundForm({ bank, ready, onStart }: { bank: Question[] | null; ready: boolean; onStart: (spec: CustomRound) => void }) {
  const id = useId();
  const [n, setN] = useState(3);
  const [by, setBy] = useState<'random' | 'category' | 'company'>('random');
  const [category, setCategory] = useState('');
  const [company, setCompany] = useState('');
  const [thinking, setThinking] = useState(20);
  const [answer, setAnswer] = useState(120);
  const asked = (bank ?? []).filter((q) => q.kind === 'question');
  const categories = sorted(asked.flatMap((q) => q.categories));
  const companies = sorted(asked.flatMap((q) => q.companies));
  const submit = (e: Event) => {
    e.preventDefault();
    const from: CustomRound['by'] =
      by === 'random' ? 'random' : by === 'category' ? { category: category || categories[0]! } : { company: company || companies[0]! };
    onStart({ count: n, by: from, thinkingSeconds: thinking, answerSeconds: answer });
  };
  const num = (set: (v: number) => void) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.valueAsNumber;
    if (Number.isFinite(value)) set(value);
  };
  return (
    <form class="card round-custom" onSubmit={submit}>
      <div class="field">
        <label for={`${id}-n`}>Questions</label>
        <input id={`${id}-n`} class="text-input" type="number" min={1} max={20} required value={n} onInput={num(setN)} />
      </div>
      <fieldset class="round-by">
        <legend>Drawn</legend>
        {(['random', 'category', 'company'] as const).map((b) => (
          <label key={b} class="radio-chip">
            <input type="radio" name={`${id}-by`} checked={by === b} onChange={() => setBy(b)} />
            {b === 'random' ? 'At random' : b === 'category' ? 'From a category' : 'From a company'}
          </label>
        ))}
      </fieldset>
      {by === 'category' && (
        <div class="field">
          <label for={`${id}-cat`}>Category</label>
          <select id={`${id}-cat`} value={category || categories[0]} onChange={(e) => setCategory(e.currentTarget.value)}>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      )}
      {by === 'company' && (
        <div class="field">
          <label for={`${id}-co`}>Company</label>
          <select id={`${id}-co`} value={company || companies[0]} onChange={(e) => setCompany(e.currentTarget.value)}>
            {companies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      )}
      <div class="round-times">
        <div class="field">
          <label for={`${id}-think`}>Thinking time (seconds)</label>
          <input id={`${id}-think`} class="text-input" type="number" min={0} max={300} required value={thinking} onInput={num(setThinking)} />
        </div>
        <div class="field">
          <label for={`${id}-answer`}>Answer limit (seconds)</label>
          <input id={`${id}-answer`} class="text-input" type="number" min={10} max={900} required value={answer} onInput={num(setAnswer)} />
        </div>
      </div>
      <button type="submit" class="button primary" disabled={!ready}>
        Start this round
      </button>
    </form>
  );
}
