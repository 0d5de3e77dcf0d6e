/** Records that could not be read back, for the app's storage area: what kind, which one, what is wrong. */
import { computed, signal } from '@preact/signals';
import { badRecords, onBadRecords, type BadRecord } from '../store/attention';
import { RECORD_KIND_LABELS } from '../store/record-kinds';
import { setAsideKeys } from './journal-keys';

export type { BadRecord } from '../store/attention';
/** A bad record, or an unsaved-text copy from the journal that could not be read and was set aside. */
export type NeedsAttention = BadRecord | { kind: 'unsavedText'; key: string; problem: string };

/** Set aside by the store (never shown, never deleted): the user may restore them from a backup. */
const records = signal<readonly BadRecord[]>(badRecords());
onBadRecords((list) => (records.value = list));
const journalCopies = signal<readonly string[]>(setAsideKeys());
/** The journal set an entry aside: read the list again. */
export const journalSetAside = (): void => void (journalCopies.value = setAsideKeys());

export const needsAttention = computed<readonly NeedsAttention[]>(() => [
  ...records.value,
  ...journalCopies.value.map((key) => ({ kind: 'unsavedText' as const, key, problem: 'unsaved text that could not be read, kept in this browser' })),
]);

/** "Story", "Draft revision", … as a person would say it at the start of a line. */
export function kindName(kind: NeedsAttention['kind']): string {
  if (kind === 'unsavedText') return 'Copy of unsaved text';
  const label = RECORD_KIND_LABELS[kind];
  return label[0]!.toUpperCase() + label.slice(1);
}
