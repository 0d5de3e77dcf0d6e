/**
 * What each record kind is called, in a module of its own: the Needs attention footer on the first page names
 * kinds without loading the record schemas (store/records.ts, which uses these labels).
 */
export const RECORD_KIND_LABELS = {
  draft: 'draft',
  revision: 'draft revision',
  story: 'story',
  customQuestion: 'custom question',
  take: 'take',
  chunk: 'piece of a take\u2019s audio',
  setting: 'setting',
  review: 'review schedule',
  round: 'finished mock round',
} as const;
