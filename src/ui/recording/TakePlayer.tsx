import { useEffect, useRef, useState } from 'preact/hooks';
import { cannotPlay, formatName } from '../../audio/mime';
import { againstTarget, changeSince, OVER_LONG_PAUSE, verdictLine, type DeliveryFigures } from '../../practice/delivery';
import { openTakeAudio, takeFileName, type TakeAudio } from '../../practice/takes';
import type { Take } from '../../practice/types';
import { clock, shortSeconds } from '../../shared/format';
import { TakeDetails } from './TakeDetails';
import { Waveform } from './Waveform';
import { ScopedBackup } from '../storage/ScopedBackup';
import type { Question } from '../../bank/types';
import { TakeCoachSlot } from '../coach/TakeCoachSlot';

const SPEEDS = [1, 1.25, 1.5, 2];

const unplayableNote = (mimeType: string) =>
  `This take is ${formatName(mimeType)} audio, which this browser cannot play. It is kept as recorded: download it to play it in another browser or app.`;

interface Props {
  take: Take;
  label: string;
  questionText: string;
  /** The question's target length, in seconds. */
  target: number;
  /** The previous take of the same question that has figures, to compare with. */
  previous?: Take | undefined;
  /** The question answered: the coach reads the transcript against it. */
  question?: Question | undefined;
  onDelete: () => void;
  /** Replay, figures, Download and Delete only (a round's review): name, rating, notes and backup stay on the question's page. */
  compact?: boolean;
}

const figuresOf = (take: Take): DeliveryFigures | null =>
  take.analysis ? { ...take.analysis, durationMs: take.durationMs, ...(take.transcript ? { transcript: take.transcript } : {}) } : null;

/** Replay with seek and speed over our own measured duration, the delivery figures, and the take's details. */
export function TakePlayer({ take, label, questionText, target, previous, question, onDelete, compact = false }: Props) {
  const [audio, setAudio] = useState<TakeAudio | null>(null);
  const [failed, setFailed] = useState(false);
  const [unplayable, setUnplayable] = useState(() => cannotPlay(take.mimeType));
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [speed, setSpeed] = useState(1);
  const el = useRef<HTMLAudioElement>(null);
  const durationMs = take.durationMs;

  useEffect(() => {
    let opened: TakeAudio | null = null;
    let gone = false;
    void openTakeAudio(take.id).then((a) => {
      if (gone) return a?.revoke();
      opened = a;
      if (a) setAudio(a);
      else setFailed(true);
    });
    return () => {
      gone = true;
      opened?.revoke(); // no object URL outlives its player
    };
  }, [take.id]);

  useEffect(() => {
    if (el.current) el.current.playbackRate = speed;
  }, [speed, audio]);

  const seek = (ms: number) => {
    if (!el.current) return;
    el.current.currentTime = ms / 1000;
    setPosition(ms);
  };

  const a = take.analysis;
  const figures = figuresOf(take);
  const before = previous ? figuresOf(previous) : null;
  return (
    <div class="player">
      {failed && <p class="note">This take’s audio could not be read.</p>}
      {unplayable && (
        <p class="note" role="note">
          {unplayableNote(take.mimeType)}
        </p>
      )}
      {audio && (
        <audio
          ref={el}
          src={audio.url}
          preload="auto"
          onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime * 1000)}
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={() => setPlaying(false)}
          onError={() =>
            cannotPlay(take.mimeType) || el.current?.error?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED ? setUnplayable(true) : setFailed(true)
          }
        />
      )}
      <div class="transport">
        {/* aria-disabled, not disabled, while the audio loads: it keeps its place in the Tab order. */}
        <button type="button" class="button primary" aria-disabled={!audio} onClick={() => (playing ? el.current?.pause() : void el.current?.play())}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <input
          type="range"
          min={0}
          max={durationMs}
          step={100}
          value={Math.min(position, durationMs)}
          aria-label={`Position in ${label}`}
          aria-valuetext={`${clock(position)} of ${clock(durationMs)}`}
          onInput={(e) => seek(Number(e.currentTarget.value))}
        />
        <span class="time">
          {clock(position)} / {clock(durationMs)}
        </span>
      </div>
      {audio?.waveform && (
        <Waveform
          peaks={audio.waveform}
          progress={durationMs ? position / durationMs : 0}
          pauses={a?.pauses ?? []}
          durationMs={durationMs}
          onSeek={(f) => seek(f * durationMs)}
        />
      )}
      <fieldset class="speeds">
        <legend class="visually-hidden">Playback speed</legend>
        {SPEEDS.map((s) => (
          <label key={s} class="radio-chip">
            <input type="radio" name={`speed-${take.id}`} checked={speed === s} onChange={() => setSpeed(s)} />
            {s}×
          </label>
        ))}
      </fieldset>
      {a && figures ? (
        <>
          <p class="verdict">{verdictLine(figures, target)}</p>
          <dl class="figures">
            <div>
              <dt>Speaking</dt>
              <dd>{againstTarget(a.speakingMs, target)}</dd>
            </div>
            <div>
              <dt>Silence</dt>
              <dd>{clock(a.silenceMs)}</dd>
            </div>
            <div>
              <dt>Longest pause</dt>
              <dd>{shortSeconds(a.longestPauseMs)}</dd>
            </div>
            <div>
              <dt>Pauses {OVER_LONG_PAUSE}</dt>
              <dd>{a.longPauses}</dd>
            </div>
          </dl>
          {before && <p class="change">Since the previous take: {changeSince(figures, before)}.</p>}
        </>
      ) : (
        <p class="hint">
          {take.analysisFailed
            ? 'This browser could not read the audio to measure pauses; the take still plays and downloads.'
            : 'Delivery figures appear once the take is analysed.'}
        </p>
      )}
      {take.transcript && (
        <details class="transcript">
          <summary>Transcript (made on this device)</summary>
          <p dir="auto">{take.transcript}</p>
        </details>
      )}
      {take.transcript && question && <TakeCoachSlot take={take} question={question} target={target} />}
      {!compact && <TakeDetails take={take} label={label} />}
      <div class="row">
        {audio && (
          <a class="button" href={audio.url} download={takeFileName(take, questionText)}>
            Download
          </a>
        )}
        <button type="button" class="button" onClick={onDelete}>
          Delete take
        </button>
      </div>
      {!compact && <ScopedBackup scope={{ takeId: take.id }} about={`take-${take.questionId}`} label="Back up this take" />}
    </div>
  );
}
