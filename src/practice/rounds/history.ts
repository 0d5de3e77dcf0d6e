/**
 * Finished mock rounds, kept for the Progress page and the backup: the run as the round screen ended it, every
 * answer with its outcome (answered, time up, skipped, cut), its take or the text typed instead. One record per
 * round (its id): keeping the same round again replaces it, so a take that is saved after the end can join it.
 */
import * as v from 'valibot';
import { describeIssues } from '../../store/checked';
import { problem, type Result } from '../../store/errors';
import { RECORD_KINDS } from '../../store/records';
import { deleteRound, getRound, listRounds, putRound } from '../../store/rounds';
import { database, report, savedOwnWork } from '../session';
import type { RoundRun } from './schema';

const UNAVAILABLE: Result<never> = { ok: false, problem: problem('unavailable') };

/**
 * Stores a finished run (status 'finished', finishedAt set). Not ok, and nothing written, when the run is not
 * one (still going, thrown away, or damaged: the message says what is wrong) or storage fails (also reported to
 * the app's storage banner, like every other write).
 */
export async function keepRound(run: RoundRun): Promise<Result<void>> {
  const checked = v.safeParse(RECORD_KINDS.round.schema, run);
  if (!checked.success) {
    return { ok: false, problem: problem('unknown', checked.issues, `This round could not be kept: ${describeIssues(checked.issues)}.`) };
  }
  const db = await database();
  if (!db) return UNAVAILABLE;
  const result = await putRound(db, checked.output);
  if (!result.ok) {
    report(result.problem);
    return result;
  }
  savedOwnWork();
  return { ok: true, value: undefined };
}

/** Every finished round, the one that ended last first. A damaged record is left out and listed under Needs attention. */
export async function finishedRounds(): Promise<RoundRun[]> {
  const db = await database();
  return db ? listRounds(db) : [];
}

/** One finished round, or undefined when there is none by that id (or it is damaged: then it needs attention). */
export async function finishedRound(id: string): Promise<RoundRun | undefined> {
  const db = await database();
  return db ? getRound(db, id) : undefined;
}

/**
 * Deletes a finished round at once; the value is its Undo, which puts back exactly what was stored
 * (nothing to put back when there was no such round). A storage failure is reported and returned.
 */
export async function removeRound(id: string): Promise<Result<() => Promise<Result<void>>>> {
  const db = await database();
  if (!db) return UNAVAILABLE;
  const removed = await deleteRound(db, id);
  if (!removed.ok) {
    report(removed.problem);
    return removed;
  }
  const undo = async (): Promise<Result<void>> => {
    if (removed.value === undefined) return { ok: true, value: undefined };
    const back = await putRound(db, removed.value);
    if (!back.ok) {
      report(back.problem);
      return back;
    }
    return { ok: true, value: undefined };
  };
  return { ok: true, value: undo };
}
