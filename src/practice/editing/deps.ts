import { holdUpdates } from '../update-guard';
import { report } from '../session';
import type { ChannelLike, ShellDeps } from './shell';
import { liveTabs, tabId } from './tabs';

// One channel for every kind: a message names its kind and record.
export const channel: ChannelLike | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('rehearse-editing') : null;

/** The engine's effects as the browser runs them. */
export const browserDeps: ShellDeps = { tabId, liveTabs, channel, now: () => Date.now(), holdUpdates, report };

/** Timings shared by every kind. */
export const TIMING = { saveDelayMs: 400, retryFirstMs: 2000, retryMaxMs: 30_000, revisionEveryMs: 5 * 60_000 } as const;

/** Two field maps hold the same text (a key missing on one side counts as empty). */
export function sameFields(a: Record<string, string>, b: Record<string, string>): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if ((a[key] ?? '') !== (b[key] ?? '')) return false;
  return true;
}
