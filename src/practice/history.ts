import { listRevisions } from '../store/drafts';
import type { Revision } from '../store/schema';
import { database } from './session';

/** A draft's earlier versions, newest first. */
export async function listHistory(questionId: string): Promise<Revision[]> {
  const db = await database();
  return db ? listRevisions(db, questionId) : [];
}
