import { useEffect } from 'preact/hooks';
import { closeRound, openRound, round } from '../../practice/rounds/running';
import { bankError, ensureDepth, ensureQuestions } from '../bank-state';
import { RoundReview } from './RoundReview';
import { RoundSetup } from './RoundSetup';
import { RunningRound } from './RunningRound';
import '../recording/recording.css';
import './rounds.css';

/** `/round`: choose a round, run it, review it. A round left unfinished comes back here, paused, with Resume or Discard. */
export default function RoundView() {
  useEffect(() => {
    void ensureQuestions();
    void ensureDepth();
    openRound();
    return closeRound;
  }, []);
  const doc = round.value;
  const title = doc === null ? 'Mock round' : doc.run.status === 'finished' ? 'Round review' : doc.run.round.title;
  useEffect(() => {
    document.title = `${title} — Rehearse`;
  }, [title]);
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (!doc) return <RoundSetup />;
  if (doc.run.status === 'finished') return <RoundReview doc={doc} />;
  return <RunningRound doc={doc} />;
}
