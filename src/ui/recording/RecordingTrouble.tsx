import { useEffect, useState } from 'preact/hooks';
import { extensionFor } from '../../audio/mime';
import { recordingProblem, unsavedAudio } from '../../practice/recordings';

/** The microphone's level while a take records (the question page's Record, a mock round's answer). */
export function LevelMeter({ level }: { level: number }) {
  return (
    <span class="level" aria-hidden="true">
      <span style={{ transform: `scaleX(${Math.min(1, level * 3)})` }} />
    </span>
  );
}

/** What went wrong with the last take, and its audio to download when storage refused it: nothing recorded is lost. */
export function RecordingTrouble({ questionId, recording }: { questionId: string | null; recording: boolean }) {
  const unsaved = unsavedAudio.value && (questionId === null || unsavedAudio.value.questionId === questionId) ? unsavedAudio.value.blob : null;
  const [unsavedUrl, setUnsavedUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!unsaved) return setUnsavedUrl(null);
    const url = URL.createObjectURL(unsaved);
    setUnsavedUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [unsaved]);
  return (
    <>
      {recordingProblem.value && !recording && (
        <p class="note" role="alert">
          {recordingProblem.value}
        </p>
      )}
      {unsavedUrl && (
        <p>
          <a class="button" href={unsavedUrl} download={`rehearse-unsaved-take.${extensionFor(unsaved?.type ?? '')}`}>
            Download the recording
          </a>
        </p>
      )}
    </>
  );
}
