/**
 * The journal's localStorage keys, without the journal's schemas (valibot): the first page's Needs attention
 * footer lists set-aside copies, and Delete everything clears them, without loading the journal itself.
 */
export const SET_ASIDE_PREFIX = 'rehearse:set-aside:';
export const JOURNAL_PREFIX = 'rehearse:unsaved-';
const allKeys = (): string[] => {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
  } catch {
    return []; // storage blocked: there is no journal either
  }
};

/** Keys of entries that could not be read and were set aside (the "Needs attention" list shows them). */
export const setAsideKeys = (): string[] => allKeys().filter((key) => key.startsWith(SET_ASIDE_PREFIX));

/** Every entry of every kind, and every set-aside copy, gone ("Delete everything"). The keys that could not be removed are returned. */
export function clearAllJournals(): string[] {
  const left: string[] = [];
  for (const key of allKeys()) {
    if (!key.startsWith(JOURNAL_PREFIX) && !key.startsWith(SET_ASIDE_PREFIX)) continue;
    try {
      localStorage.removeItem(key);
    } catch {
      left.push(key); // go on with the others: one stuck key must not keep the rest
    }
  }
  return left;
}
