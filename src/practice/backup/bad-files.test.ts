import { deflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORES, type RehearseDb } from '../../store/schema';
import { entriesOf, freshDb, json, parse, seed, snapshot, withStoreFile, zipOf } from './backup.test-support';
import { sha256 } from './format';
import type { Manifest } from './manifest';
import { importBackup } from './import';

let db: RehearseDb;
let factory: IDBFactory;
let good: Map<string, Uint8Array>;
let before: Record<string, unknown[]>;

beforeEach(async () => {
  ({ db, factory } = await freshDb());
  await seed(db);
  good = await entriesOf(db);
  await db.clear(STORES.stories); // so a file that got through would change the database
  await db.delete(STORES.takes, 'take-two');
  before = await snapshot(db);
});

async function expectRefused(file: Blob, reason: RegExp): Promise<void> {
  const outcome = await importBackup(db, file, factory);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.message).toMatch(reason);
  expect(await snapshot(db)).toEqual(before);
}

const manifestOf = (entries: Map<string, Uint8Array>) => parse<Manifest>(entries.get('manifest.json'));
const withManifest = (entries: Map<string, Uint8Array>, edit: (m: Manifest) => unknown) => {
  const m = manifestOf(entries);
  edit(m);
  return new Map(entries).set('manifest.json', json(m));
};

/** Rewrite a field of one entry's central directory record (what zip.js trusts for sizes and method). */
async function patchCentral(file: Blob, name: string, patch: (view: DataView, at: number) => void): Promise<Blob> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)) === name) patch(view, at);
  }
  return new Blob([bytes]);
}

describe('a bad file is refused, says why, and changes nothing', () => {
  it('is the good file importable (the control)', async () => {
    expect((await importBackup(db, await zipOf(good), factory)).ok).toBe(true);
  });
  it('not a zip', () => expectRefused(new Blob(['hello, not a zip']), /not a zip file/));
  it('a foreign zip (no manifest)', async () => expectRefused(await zipOf([['notes.txt', 'hi']]), /no manifest\.json/));
  it('another app’s manifest', async () =>
    expectRefused(await zipOf([['manifest.json', json({ app: 'other', formatVersion: 1, dbVersion: 1 })]]), /another app/));
  it('a newer format', async () => expectRefused(await zipOf(withManifest(good, (m) => (m.formatVersion = 99))), /newer version of Rehearse/));
  it('cut short', async () => {
    const file = await zipOf(good);
    await expectRefused(file.slice(0, file.size - 200), /not a zip file|damaged|cut short/);
  });
  it('an entry missing', async () => {
    const cut = new Map(good);
    cut.delete('stories.json');
    await expectRefused(await zipOf(cut), /“stories\.json” is missing/);
  });
  it('a path with ..', async () => expectRefused(await zipOf([...good, ['../evil.json', '[]']]), /unsafe name/));
  it('an absolute path', async () => expectRefused(await zipOf([...good, ['/etc/passwd', 'x']]), /unsafe name/));
  it('a duplicated name', async () => expectRefused(await zipOf([...good, ['drafts.json', '[]']]), /an entry twice/));
  it('a file the manifest does not list', async () => expectRefused(await zipOf([...good, ['audio/extra.webm', 'x']]), /does not list/));
  it('a zip bomb: a small entry declaring gigabytes', async () => {
    const file = await patchCentral(await zipOf(good), 'drafts.json', (view, at) => view.setUint32(at + 24, 0xfffffff0, true));
    await expectRefused(file, /zip bomb|more than a backup|damaged/);
  });
  it('a zip bomb: deflated text expanding a thousand times', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const packed = new Uint8Array(deflateRawSync(zeros));
    const file = await patchCentral(await zipOf([...good, ['bomb.json', packed]]), 'bomb.json', (view, at) => {
      view.setUint16(at + 10, 8, true);
      view.setUint32(at + 24, zeros.length, true);
    });
    await expectRefused(file, /zip bomb|damaged/);
  });
  it('a manifest that lies about a size', async () => expectRefused(await zipOf(withManifest(good, (m) => (m.stores.drafts!.bytes += 1))), /manifest says/));
  it('a manifest that lies about a count', async () => expectRefused(await zipOf(withManifest(good, (m) => (m.stores.drafts!.count = 7))), /7 records/));
  it('a huge count', async () => expectRefused(await zipOf(withManifest(good, (m) => (m.stores.drafts!.count = 1e9))), /malformed/));
  it('a record of the wrong type', async () => {
    const file = await zipOf(await withStoreFile(good, STORES.drafts, [{ questionId: 'why-openai', framework: 'star', fields: 5, rev: 1, updatedAt: 1 }]));
    await expectRefused(file, /Record 1 of “drafts” is not valid: "fields"/);
  });
  it('interview targets of the wrong shape (a level Rehearse does not know)', async () => {
    const settings = parse<{ key: string; value: unknown }[]>(good.get('settings.json'));
    const file = await zipOf(
      await withStoreFile(good, STORES.settings, [...settings, { key: 'interviewTargets', value: { companies: ['OpenAI'], level: 'intern' } }]),
    );
    await expectRefused(file, /Record \d+ of “settings” is not valid/);
  });
  it('audio edited after export (SHA-256)', async () => {
    const edited = new Map(good);
    const name = manifestOf(good).audio[0]!.file;
    const audio = Uint8Array.from(good.get(name)!);
    audio[10]! ^= 0xff;
    edited.set(name, audio);
    await expectRefused(await zipOf(edited), /does not match its checksum/);
  });
  it('audio that is not of its type', async () => {
    const m = manifestOf(good);
    const entry = m.audio[0]!;
    const fake = new Uint8Array(entry.bytes).fill(65); // 'AAAA…', no WebM header
    entry.sha256 = await sha256(fake);
    await expectRefused(await zipOf(new Map(good).set(entry.file, fake).set('manifest.json', json(m))), /is not audio\/webm/);
  });
  it('a take whose audio does not add up to its chunks', async () => {
    const chunks = parse<{ takeId: string; bytes: number }[]>(good.get('chunks.json'));
    chunks[0]!.bytes -= 1;
    await expectRefused(await zipOf(await withStoreFile(good, STORES.chunks, chunks)), /does not add up/);
  });
  it('still refuses with a valid webm header but a foreign take id in chunks', async () => {
    const audio = manifestOf(good).audio.map((a) => good.get(a.file)!.subarray(0, 4));
    expect(audio.map((head) => Array.from(head))).toEqual(audio.map(() => [0x1a, 0x45, 0xdf, 0xa3])); // every audio file is WebM
    const chunks = [...parse<object[]>(good.get('chunks.json')), { takeId: 'take-nobody', seq: 0, atMs: 0, bytes: 1 }];
    await expectRefused(await zipOf(await withStoreFile(good, STORES.chunks, chunks)), /belongs to no take/);
  });
  it('a store kept only on the device (assembled audio), which would be played without its chunks', async () => {
    const [take] = parse<{ id: string; chunkCount: number; bytes: number }[]>(good.get('takes.json'));
    const forged = [{ takeId: take!.id, chunkCount: take!.chunkCount, bytes: take!.bytes, audio: {} }];
    await expectRefused(await zipOf(await withStoreFile(good, STORES.assembled as never, forged)), /manifest/i);
  });
});
