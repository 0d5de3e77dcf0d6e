import { computed, signal } from '@preact/signals';

/**
 * Things that must not be interrupted by an update's reload (a recording, unsaved text).
 * Features register while busy; the update prompt waits until none is left.
 */
const busy = signal<ReadonlySet<string>>(new Set());

export const busyReasons = computed(() => [...busy.value]);

export function holdUpdates(reason: string): () => void {
  busy.value = new Set(busy.value).add(reason);
  return () => {
    const next = new Set(busy.value);
    next.delete(reason);
    busy.value = next;
  };
}
