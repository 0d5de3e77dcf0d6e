/** Finished mock rounds: one record per round, keyed by the round's id (`round.id`), as the round screen ended it. */
import { checkRecord, keepValid } from './checked.ts';
import { tx } from './db.ts';
import type { Result } from './errors.ts';
import { STORES, type RehearseDb, type RoundRecord } from './schema.ts';

export async function getRound(db: RehearseDb, id: string): Promise<RoundRecord | undefined> {
  return checkRecord('round', await db.get(STORES.rounds, id));
}

/**
 * Every readable finished round, the one that ended last first (a bad one is reported under Needs attention and
 * left out). Read whole rather than through the byFinished index, which would skip, unreported, a record whose
 * finishedAt is damaged.
 */
export async function listRounds(db: RehearseDb): Promise<RoundRecord[]> {
  const rounds = keepValid('round', await db.getAll(STORES.rounds));
  return rounds.sort((a, b) => b.finishedAt! - a.finishedAt! || (a.round.id < b.round.id ? -1 : 1));
}

/** Writes the round whole: the same round again (e.g. with a take that arrived late) replaces the earlier copy. */
export function putRound(db: RehearseDb, run: RoundRecord): Promise<Result<RoundRecord>> {
  return tx(db, [STORES.rounds], 'readwrite', async (t) => {
    await t.store.put(run);
    return run;
  });
}

/** Removes a round and hands back what was stored (undefined when there was nothing), so Undo can put it back. */
export function deleteRound(db: RehearseDb, id: string): Promise<Result<RoundRecord | undefined>> {
  return tx(db, [STORES.rounds], 'readwrite', async (t) => {
    const stored = await t.store.get(id);
    await t.store.delete(id);
    return stored;
  });
}
