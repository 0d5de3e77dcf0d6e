import { describe, expect, it } from 'vitest';
import { MESSAGES, toStorageProblem } from './errors.ts';

describe('toStorageProblem', () => {
  it.each([
    ['QuotaExceededError', new DOMException('x', 'QuotaExceededError'), 'quota'],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED by name", { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }, 'quota'],
    ['Firefox legacy code 1014', { name: 'Error', code: 1014, message: 'Persistent storage maximum size reached' }, 'quota'],
    ['the quota code in a message', new Error('Component returned failure code: NS_ERROR_DOM_QUOTA_REACHED'), 'quota'],
    ['a bare AbortError', new DOMException('AbortError', 'AbortError'), 'unknown'],
    ['VersionError', new DOMException('x', 'VersionError'), 'version'],
    ['InvalidStateError (Firefox private mode)', new DOMException('x', 'InvalidStateError'), 'unavailable'],
    ['UnknownError (Safari backing store)', new DOMException('x', 'UnknownError'), 'unavailable'],
    ['SecurityError (site storage blocked)', new DOMException('x', 'SecurityError'), 'unavailable'],
    ['missing indexedDB', new ReferenceError('indexedDB is not defined'), 'unavailable'],
    ['anything else', new TypeError('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
  ] as const)('%s', (_label, error, kind) => {
    const problem = toStorageProblem(error);
    expect(problem.kind).toBe(kind);
    expect(problem.message).toBe(MESSAGES[kind]);
  });

  it('looks through an AbortError to the quota error that caused it', () => {
    const aborted = Object.assign(new DOMException('AbortError', 'AbortError'), {
      cause: new DOMException('full', 'QuotaExceededError'),
    });
    expect(toStorageProblem(aborted).kind).toBe('quota');
  });

  it('reads the error off an IndexedDB error event', () => {
    const event = { type: 'abort', target: { error: null, transaction: { error: new DOMException('x', 'QuotaExceededError') } } };
    expect(toStorageProblem(event).kind).toBe('quota');
  });

  it('keeps the original error as cause and says what happens to the text', () => {
    const error = new DOMException('x', 'QuotaExceededError');
    const problem = toStorageProblem(error);
    expect(problem.cause).toBe(error);
    expect(problem.message).toMatch(/still on screen/);
  });
});
