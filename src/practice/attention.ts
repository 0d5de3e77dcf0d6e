/** Records that could not be read back, for the app's storage area: what kind, which one, what is wrong. */
import { signal } from '@preact/signals';
import { badRecords, onBadRecords, type BadRecord } from '../store/attention';
import { RECORD_KINDS } from '../store/records';

export type { BadRecord } from '../store/attention';

/** Set aside by the store (never shown, never deleted): the user may restore them from a backup. */
export const needsAttention = signal<readonly BadRecord[]>(badRecords());
onBadRecords((list) => (needsAttention.value = list));

/** "Story", "Draft revision", … as a person would say it at the start of a line. */
export function kindName(kind: BadRecord['kind']): string {
  const label = RECORD_KINDS[kind].label;
  return label[0]!.toUpperCase() + label.slice(1);
}
