import { expect, it } from 'vitest';
import { STORES, type Draft } from '../../store/schema';
import { T0, freshDb, json, zipOf } from './backup.test-support';
import { sha256 } from './format';
import { importBackup } from './import';

/** A file as a Rehearse with database version 1 would have written it: drafts were free text then. */
async function versionOneFile(): Promise<Blob> {
  const drafts = json([{ questionId: 'why-openai', text: 'Because of the mission.', updatedAt: T0 }]);
  const revisions = json([{ id: 4, questionId: 'why-openai', framework: 'free', fields: { free: 'Because.' }, savedAt: T0 - 10, reason: 'autosave' }]);
  const manifest = {
    app: 'rehearse',
    formatVersion: 1,
    appVersion: '0.0.1',
    dbVersion: 1,
    exportedAt: T0,
    scope: {},
    stores: {
      drafts: { file: 'drafts.json', count: 1, bytes: drafts.byteLength, sha256: await sha256(drafts) },
      revisions: { file: 'revisions.json', count: 1, bytes: revisions.byteLength, sha256: await sha256(revisions) },
    },
    audio: [],
  };
  return zipOf([
    ['manifest.json', json(manifest)],
    ['drafts.json', drafts],
    ['revisions.json', revisions],
  ]);
}

it('a file from database version 1 imports through the database’s own upgrade steps', async () => {
  const { db, factory } = await freshDb();
  const outcome = await importBackup(db, await versionOneFile(), factory);
  expect(outcome).toMatchObject({ ok: true });
  const draft = (await db.get(STORES.drafts, 'why-openai')) as Draft;
  expect(draft).toMatchObject({ framework: 'free', fields: { free: 'Because of the mission.' }, rev: 1, updatedAt: T0 });
  expect(await db.count(STORES.revisions)).toBe(1);
  // The scratch database used for the upgrade is gone.
  expect((await factory.databases()).map((d) => d.name)).toEqual(['rehearse']);
});
