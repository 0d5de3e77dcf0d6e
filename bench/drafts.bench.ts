import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDb } from '../src/store/db';
import { addRevision, getDraft, saveDraft } from '../src/store/drafts';
import { measureAsync, table } from './stats';

const fields = (i: number) => ({
  situation: `Situation ${i} `.repeat(20),
  task: `Task ${i} `.repeat(15),
  action: `Action ${i} `.repeat(40),
  result: `Result ${i} `.repeat(15),
});

/** saveDraft with 500 drafts × 50 revisions stored (fake-indexeddb in Node: the store code's own cost). */
export async function benchDrafts(): Promise<void> {
  const db = await openDb({ factory: new IDBFactory() });
  const revs = new Map<string, number>();
  for (let q = 0; q < 500; q++) {
    const id = `q-${q}`;
    const saved = await saveDraft(db, { questionId: id, framework: 'star', fields: fields(q) }, 0);
    if (saved.ok) revs.set(id, saved.value.rev);
    for (let r = 0; r < 50; r++) await addRevision(db, { questionId: id, framework: 'star', fields: fields(r), savedAt: r, reason: 'autosave' });
  }
  let n = 0;
  const save = await measureAsync(async () => {
    const id = `q-${n++ % 500}`;
    const result = await saveDraft(db, { questionId: id, framework: 'star', fields: fields(n) }, revs.get(id) ?? 0);
    if (result.ok) revs.set(id, result.value.rev);
  }, 500);
  const open = await measureAsync(() => getDraft(db, `q-${n++ % 500}`), 500);
  const revision = await measureAsync(
    () => addRevision(db, { questionId: `q-${n++ % 500}`, framework: 'star', fields: fields(n), savedAt: n, reason: 'autosave' }),
    200,
  );
  table('Drafts — 500 drafts × 50 revisions stored (store code on fake-indexeddb, Node)', [
    ['saveDraft (rev-checked read + write)', save, `p95 < 5 ms: ${save.p95 < 5 ? 'OK' : 'OVER'}`],
    ['getDraft (opening a question page)', open],
    ['addRevision (+ pruning to 50)', revision],
  ]);
  db.close();
}
