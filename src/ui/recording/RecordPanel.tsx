import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../bank/types';
import { checkTranscripts, enableTranscripts, transcriptInstallFailed, live, startTake, stopTake, transcripts } from '../../practice/recordings';
import { targetSeconds } from '../../practice/speaking-time';
import { LevelMeter, RecordingTrouble } from './RecordingTrouble';
import { clock, durationAdjective } from '../../shared/format';
import './recording.css';

/** Record / Stop for one question: level meter, elapsed time against the target, and what went wrong. */
export function RecordPanel({ question }: { question: Question }) {
  const now = live.value;
  const mine = now?.questionId === question.id;
  const elsewhere = now !== null && !mine;
  const target = targetSeconds(question.text) * 1000;
  const [starting, setStarting] = useState(false);
  const [announce, setAnnounce] = useState('');
  useEffect(() => void checkTranscripts(), []);

  const start = async () => {
    setStarting(true);
    await startTake(question.id);
    setStarting(false);
    setAnnounce(live.value ? 'Recording. Press Stop when you are done.' : '');
  };
  const stop = async () => {
    await stopTake();
    setAnnounce('Recording stopped. The take is saved.');
  };

  return (
    <div class="record-panel">
      {/* One button that turns from Record into Stop, so keyboard focus stays on it. */}
      <div class="recording-now">
        <button
          type="button"
          class={mine ? 'button record stop' : 'button record'}
          disabled={!mine && elsewhere}
          // Not disabled while starting: a disabled button drops keyboard focus.
          aria-disabled={!mine && starting}
          onClick={() => void (mine ? stop() : !starting && start())}
        >
          <span class="dot" aria-hidden="true" /> {mine ? 'Stop' : starting ? 'Starting…' : 'Record an answer'}
        </button>
        {!mine && <span class="hint">Aim for a {durationAdjective(target / 1000)} answer.</span>}
        {mine && (
          <>
            <span class="elapsed" aria-label="Elapsed time">
              {clock(now.elapsedMs)} <span class="lede">/ {clock(target)}</span>
            </span>
            <LevelMeter level={now.level} />
            {now.elapsedMs > target && <strong class="over">Over the target</strong>}
            {now.interrupted && (
              <p class="note" role="alert">
                The microphone is paused by your device (another app, a call, or Rehearse in the background). Recording goes on when it comes back.
              </p>
            )}
          </>
        )}
      </div>
      <TranscriptNote />
      {elsewhere && <p class="hint">A take is being recorded for another question.</p>}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <RecordingTrouble questionId={question.id} recording={mine} />
    </div>
  );
}

/** navigator.onLine, kept current. */
function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Says whether takes get a transcript; hidden where the browser cannot make one on the device, and the download not offered offline. */
function TranscriptNote() {
  const t = transcripts.value;
  const online = useOnline();
  if (t === 'available') return <p class="hint">A transcript is made on this device as you speak. No audio leaves it.</p>;
  if (t === 'installing' || (t === 'downloadable' && online))
    return (
      <p class="hint">
        Your browser can transcribe takes on this device after a one-time download of its speech model.{' '}
        <button type="button" class="link-button" disabled={t === 'installing'} onClick={() => void enableTranscripts()}>
          {t === 'installing' ? 'Downloading…' : 'Turn on transcripts'}
        </button>
        {transcriptInstallFailed.value && t !== 'installing' && (
          <span role="alert"> The browser could not get its speech model (offline, or short of space?). Recording works without it; try again later.</span>
        )}
      </p>
    );
  return null;
}
