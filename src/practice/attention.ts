/** Records that could not be read back, for the app's storage area: what kind, which one, what is wrong. */
import { signal } from '@preact/signals';
import { badRecords, onBadRecords, type BadRecord } from '../store/attention';

export type { BadRecord } from '../store/attention';

/** Set aside by the store (never shown, never deleted): the user may restore them from a backup. */
export const needsAttention = signal<readonly BadRecord[]>(badRecords());
onBadRecords((list) => (needsAttention.value = list));

const KIND_NAMES: Record<BadRecord['kind'], string> = {
  draft: 'Draft',
  revision: 'Draft revision',
  story: 'Story',
  customQuestion: 'Custom question',
  take: 'Take',
  chunk: 'Piece of a take\u2019s audio',
  setting: 'Setting',
};

/** "Story", "Draft revision", … as a person would say it. */
export const kindName = (kind: BadRecord['kind']): string => KIND_NAMES[kind];
