import { useEffect, useState } from 'preact/hooks';
import type { RoundRun } from '../../practice/rounds/machine';
import { undoOffer } from '../../practice/undo';

type Pending = typeof import('../../practice/rounds/pending');

/**
 * "A round to resume" for the home page: shown only when a round was left unfinished. The journal reader (and
 * valibot) loads after the first paint, so the first page stays light.
 */
export function RoundResumeCard() {
  const [found, setFound] = useState<{ run: RoundRun; api: Pending } | null>(null);
  const look = () =>
    void import('../../practice/rounds/pending').then((api) => {
      const run = api.pendingRound();
      setFound(run ? { run, api } : null);
    });
  useEffect(look, []);
  if (!found) return null;
  const { run, api } = found;
  const done = run.answers.filter((a) => a.outcome !== 'skipped' && a.probe === null).length;
  const discard = () => {
    const undo = api.discardPendingRound();
    setFound(null);
    undoOffer.value = { label: 'Round discarded.', undo: async () => (undo(), look()) };
  };
  return (
    <section class="card round-resume-card" aria-labelledby="round-resume-title">
      <h2 id="round-resume-title">Unfinished round: {run.round.title}</h2>
      <p class="lede">
        Stopped at question {Math.min(run.at.item + 1, run.round.items.length)} of {run.round.items.length}; {done} answered.
      </p>
      <div class="row">
        <a class="button primary" href="/round">
          Resume round
        </a>
        <button type="button" class="button" onClick={discard}>
          Discard
        </button>
      </div>
    </section>
  );
}
