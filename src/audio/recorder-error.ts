/** Why recording could not start, as a typed error whose message the UI shows as is. */

export type RecorderErrorKind = 'denied' | 'no-microphone' | 'unsupported' | 'busy' | 'insecure' | 'unknown';

export const RECORDER_MESSAGES: Record<RecorderErrorKind, string> = {
  denied:
    "Rehearse can't use the microphone: permission was denied. Allow it in the browser's site settings (the icon next to the address), then try again. Everything else keeps working.",
  'no-microphone': "No microphone was found. Plug one in or check your system's sound settings.",
  unsupported: "This browser can't record audio. Try a recent Chrome, Edge, Firefox or Safari.",
  busy: 'The microphone is in use by another app or tab. Close it there, then try again.',
  insecure:
    'Recording needs a secure (https) connection, which this page does not have. Open Rehearse from its https address, then try again. Everything else keeps working.',
  unknown: 'The microphone could not be started. Try again; if it keeps failing, reload the page.',
};

export class RecorderError extends Error {
  override readonly name = 'RecorderError';
  constructor(
    readonly kind: RecorderErrorKind,
    cause?: unknown,
  ) {
    super(RECORDER_MESSAGES[kind], cause === undefined ? undefined : { cause });
  }
}

// Spec names first; PermissionDeniedError, DevicesNotFoundError and TrackStartError are old Chrome's.
const KIND_BY_NAME: Record<string, RecorderErrorKind> = {
  NotAllowedError: 'denied',
  SecurityError: 'denied',
  PermissionDeniedError: 'denied',
  NotFoundError: 'no-microphone',
  OverconstrainedError: 'no-microphone',
  DevicesNotFoundError: 'no-microphone',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
  // MediaRecorder's constructor/start() throw this when the engine cannot record the stream.
  NotSupportedError: 'unsupported',
};

/** Any getUserMedia / MediaRecorder failure → a RecorderError (an existing one is returned as is). */
export function toRecorderError(error: unknown): RecorderError {
  if (error instanceof RecorderError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const kind = typeof name === 'string' ? KIND_BY_NAME[name] : undefined;
  return new RecorderError(kind ?? 'unknown', error);
}
