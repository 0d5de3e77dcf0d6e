import { signal } from '@preact/signals';

/** Takes found still "recording" at start-up (closed tab, crash, dead battery), kept as recovered takes. */
export const recoveredTakes = signal<readonly { id: string; questionId: string }[]>([]);

export const dismissRecovered = () => (recoveredTakes.value = []);
