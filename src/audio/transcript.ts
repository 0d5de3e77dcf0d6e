/**
 * A transcript made on the device while a take records (Web Speech API with processLocally).
 * Only ever on-device: where the browser cannot promise that, there is no transcript at all.
 */

export type TranscriptSupport = 'available' | 'downloadable' | 'unavailable';

interface RecognitionResultList {
  length: number;
  [i: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  start(track?: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
}
interface RecognitionClass {
  new (): Recognition;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<string>;
  install?(options: { langs: string[]; processLocally: boolean }): Promise<boolean>;
}

const recognitionClass = (): RecognitionClass | undefined => (globalThis as { SpeechRecognition?: RecognitionClass }).SpeechRecognition;

/** The language to transcribe: the page's, else the browser's, else English. */
export const transcriptLanguage = () => (globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en-US').replace(/^en$/, 'en-US');

/** Whether this browser can transcribe `lang` on the device, could after a one-time download, or cannot. */
export async function transcriptSupport(lang: string, SR = recognitionClass()): Promise<TranscriptSupport> {
  // Without available() there is no way to be sure audio stays on the device: no transcript.
  if (!SR?.available || !('processLocally' in SR.prototype)) return 'unavailable';
  try {
    const answer = await SR.available({ langs: [lang], processLocally: true });
    if (answer === 'available') return 'available';
    if (answer === 'downloadable' || answer === 'downloading') return 'downloadable';
    return 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Asks the browser to fetch its own on-device model (its download, not ours). */
export async function installTranscripts(lang: string, SR = recognitionClass()): Promise<boolean> {
  try {
    return (await SR?.install?.({ langs: [lang], processLocally: true })) ?? false;
  } catch {
    return false;
  }
}

export interface LiveTranscript {
  /** Ends recognition and gives the final text ('' if nothing was recognised). */
  stop(): Promise<string>;
}

const STOP_WAIT_MS = 2000;

/** Transcribes the microphone track while it records. Recognition stops after long silences; restart it. */
export function startTranscript(lang: string, track: MediaStreamTrack | null, SR = recognitionClass()): LiveTranscript | null {
  if (!SR) return null;
  const finals: string[] = [];
  let stopping = false;
  let recognition: Recognition;
  let ended: () => void = () => {};

  const begin = () => {
    recognition = new SR();
    recognition.lang = lang;
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.processLocally = true;
    recognition.addEventListener('result', (event) => {
      const { results, resultIndex } = event as unknown as { results: RecognitionResultList; resultIndex: number };
      for (let i = resultIndex; i < results.length; i++) {
        const r = results[i]!;
        if (r.isFinal) finals.push(r[0].transcript.trim());
      }
    });
    recognition.addEventListener('end', () => (stopping ? ended() : restart()));
    try {
      if (track) recognition.start(track);
      else recognition.start();
    } catch {
      if (track) recognition.start(); // an engine without start(track) listens to the default microphone
    }
  };
  let restarts = 0;
  const restart = () => {
    if (++restarts > 50) return; // a recogniser that keeps ending at once: give up quietly
    try {
      begin();
    } catch {
      /* the transcript is a bonus; the recording goes on */
    }
  };
  try {
    begin();
  } catch {
    return null;
  }
  return {
    async stop() {
      stopping = true;
      await new Promise<void>((resolve) => {
        ended = resolve;
        setTimeout(resolve, STOP_WAIT_MS);
        try {
          recognition.stop();
        } catch {
          resolve();
        }
      });
      return finals.filter(Boolean).join(' ');
    },
  };
}
