/**
 * The round in progress, journalled in localStorage after every step (a reload, a closed tab or a crash keeps
 * it), and the small API the home page uses: is there a round to resume, and discard it. One round at a time
 * for the whole browser: the entry has one key, whichever tab wrote it.
 */
import * as v from 'valibot';
import { journalSetAside } from '../attention';
import { journal, putBack, SET_ASIDE_PREFIX } from '../journal';
import { restore, type RoundRun } from './machine';
import { RoundRunSchema } from './schema';

/** What is journalled: the run, the take recording for its answer (a reload keeps it as cut), and the answer being typed. */
export interface RoundDoc {
  run: RoundRun;
  /** The take of the answer under way, once its first chunk is stored. */
  liveTake: string | null;
  /** The answer being typed, when answers are typed: a closed tab keeps it. */
  typed: string;
  /** Answers are typed (no microphone, or the user chose to). */
  typing: boolean;
}

export const roundJournal = journal<RoundDoc>(
  'round',
  v.pipe(
    v.object({
      run: RoundRunSchema,
      liveTake: v.nullable(v.string()),
      typed: v.string(),
      typing: v.optional(v.boolean(), false),
      baseRev: v.number(),
      at: v.number(),
    }),
    v.transform(({ baseRev, at, ...doc }) => ({ doc, baseRev, at })),
  ),
);

const ID = 'current';
const SLOT = 'run';

/** False when localStorage refused (full or blocked): the round goes on, but would not survive a closed tab. */
export const journalRound = (doc: RoundDoc, now: number): boolean => roundJournal.write(ID, SLOT, { doc, baseRev: 0, at: now });

/** The journalled round, read back (a running one comes back paused); a damaged one is set aside and listed under Needs attention. */
export function journalledRound(): RoundDoc | null {
  const read = roundJournal.readAll(ID);
  if (read.setAside.length) journalSetAside();
  const entry = read.entries.sort((a, b) => b.at - a.at)[0];
  if (!entry) return null;
  const restored = restore(entry.doc.run);
  if (!restored.ok) {
    setAside(entry.key);
    return null;
  }
  return { ...entry.doc, run: restored.run };
}

function setAside(key: string): void {
  try {
    const raw = localStorage.getItem(key);
    if (raw !== null) localStorage.setItem(SET_ASIDE_PREFIX + key, raw);
    localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing to set aside */
  }
  journalSetAside();
}

const unfinished = (run: RoundRun) => run.status === 'ready' || run.status === 'running' || run.status === 'paused';

/** A round left unfinished (closed tab, crash, or left for another page), or null. */
export function pendingRound(): RoundRun | null {
  const doc = journalledRound();
  return doc && unfinished(doc.run) ? doc.run : null;
}

/** Drops the journalled round (its takes stay takes of their questions); returns an undo that puts it back. */
export function discardPendingRound(): () => void {
  const taken = roundJournal.take(ID);
  return () => putBack(taken);
}

/** The round is reviewed and done with, or a new one begins. */
export const clearRound = (): void => roundJournal.clear(ID, SLOT);
