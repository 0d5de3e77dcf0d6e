/** Storage failures as values the UI can show, so a failed write never throws text away. */

export type StorageProblemKind = 'quota' | 'unavailable' | 'terminated' | 'blocked' | 'version' | 'conflict' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** Human, shown as is. */
  message: string;
  cause?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** Every storage message the user can see, in one table (the session reports these too). */
export const MESSAGES: Record<StorageProblemKind, string> = {
  quota: 'Your device is out of storage space. Your text is still on screen and will be saved when space is freed.',
  unavailable:
    'This browser is not letting Rehearse save on this device (private browsing or storage turned off). Your text is still on screen; copy it somewhere safe.',
  terminated: 'The browser closed Rehearse’s storage. Your text is still on screen; it will be saved when storage is back.',
  blocked: 'Rehearse is open in another tab with an older version. Close or reload the other Rehearse tabs to continue.',
  version: 'Rehearse was updated in another tab. Reload this page to use the new version; everything you saved is kept.',
  conflict: 'This was changed in another tab. Choose which version to keep.',
  unknown: 'Rehearse could not save just now. Your text is still on screen; try again.',
};

export function problem(kind: StorageProblemKind, cause?: unknown, message = MESSAGES[kind]): StorageProblem {
  return cause === undefined ? { kind, message } : { kind, message, cause };
}

// Legacy DOMException codes: 22 is QUOTA_EXCEEDED_ERR; Firefox used 1014 for NS_ERROR_DOM_QUOTA_REACHED.
const QUOTA_CODES = new Set([22, 1014]);

function nameOf(error: object): string {
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

export function toStorageProblem(error: unknown): StorageProblem {
  if (error === null || error === undefined) return problem('unknown', error);
  if (typeof error !== 'object') return problem('unknown', error);
  // An IDB error event: the real error is on its request or transaction.
  const target = (error as { target?: { error?: unknown; transaction?: { error?: unknown } } }).target;
  if (target && !(error instanceof Error) && (target.error || target.transaction?.error)) {
    return toStorageProblem(target.error ?? target.transaction?.error);
  }
  const name = nameOf(error);
  const code = (error as { code?: unknown }).code;
  const message = String((error as { message?: unknown }).message ?? '');
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    message.includes('NS_ERROR_DOM_QUOTA_REACHED') ||
    (typeof code === 'number' && QUOTA_CODES.has(code))
  ) {
    return problem('quota', error);
  }
  // idb rejects with an AbortError when the transaction died; the reason may ride along as cause.
  const cause = (error as { cause?: unknown }).cause;
  if (name === 'AbortError' && cause !== undefined) {
    const inner = toStorageProblem(cause);
    if (inner.kind !== 'unknown') return { ...inner, cause: error };
  }
  if (name === 'VersionError') return problem('version', error);
  // Safari reports a broken backing store as UnknownError; Firefox private mode as InvalidStateError;
  // blocked site storage is a SecurityError.
  const unavailable = ['InvalidStateError', 'UnknownError', 'NotSupportedError', 'SecurityError'];
  if (unavailable.includes(name)) {
    return problem('unavailable', error);
  }
  if (name === 'ReferenceError' && /indexedDB/i.test(message)) return problem('unavailable', error);
  return problem('unknown', error);
}
