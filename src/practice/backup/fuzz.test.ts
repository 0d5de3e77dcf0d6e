import { expect, it } from 'vitest';
import type { ExportedStore } from './format';
import { entriesOf, freshDb, json, parse, seed, snapshot, withStoreFile, zipOf } from './backup.test-support';
import { importBackup } from './import';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its number. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, -1, 0, 1e12, 'x', '../x', [], {}, true, 2 ** 53, Number.MAX_VALUE, 'audio/webm', ''];

/** Set a random leaf of a JSON value to an odd value. */
function editRandomLeaf(value: unknown, random: () => number): unknown {
  if (value === null || typeof value !== 'object') return ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  const keys = Object.keys(value);
  if (keys.length === 0 || random() < 0.15) return ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  const key = keys[Math.floor(random() * keys.length)]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  copy[key] = editRandomLeaf((value as Record<string, unknown>)[key], random);
  return copy;
}

const seeded = async () => {
  const fresh = await freshDb();
  await seed(fresh.db);
  return fresh;
};

it('a valid export mutated 1,000 ways never throws, and never changes the database unless the file is still valid', { timeout: 240_000 }, async () => {
  const { db, factory } = await seeded();
  const entries = await entriesOf(db);
  const zip = new Uint8Array(await (await zipOf(entries)).arrayBuffer());
  const names = [...entries.keys()];
  const before = await snapshot(db);
  const random = prng(20261127);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const kinds: Record<string, number> = {};
  let refused = 0;
  let schemaRefused = 0;
  for (let i = 0; i < 1000; i++) {
    const kind = pick(['flip', 'flip', 'truncate', 'cut', 'rename', 'manifest', 'manifest', 'record']);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    let file: Blob;
    if (kind === 'flip') {
      const bytes = Uint8Array.from(zip);
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const at = Math.floor(random() * bytes.length);
        bytes[at] = bytes[at]! ^ (1 + Math.floor(random() * 255));
      }
      file = new Blob([bytes]);
    } else if (kind === 'truncate') {
      file = new Blob([zip.subarray(0, Math.floor(random() * zip.length))]);
    } else if (kind === 'cut') {
      const next = new Map(entries);
      next.delete(pick(names));
      file = await zipOf(next);
    } else if (kind === 'rename') {
      const next = new Map(entries);
      const name = pick(names);
      const data = next.get(name)!;
      next.delete(name);
      file = await zipOf([...next, [pick([`../${name}`, `/${name}`, `${name}.bak`, `x/${name}`, pick(names), name.toUpperCase()]), data]]);
    } else if (kind === 'manifest') {
      file = await zipOf(new Map(entries).set('manifest.json', json(editRandomLeaf(parse(entries.get('manifest.json')), random))));
    } else {
      // A store file edited and re-checksummed, so the edit reaches the record schemas.
      const name = pick(names.filter((n) => n.endsWith('.json') && n !== 'manifest.json'));
      const edited = editRandomLeaf(parse(entries.get(name)), random);
      const records = Array.isArray(edited) ? edited : [edited]; // the list itself replaced: one odd record
      file = await zipOf(await withStoreFile(entries, name.replace(/\.json$/, '') as ExportedStore, records));
    }
    // A record edit may still be a valid backup (another draft text): it goes into a database of its own.
    const target = kind === 'record' ? await seeded() : { db, factory };
    const outcome = await importBackup(target.db, file, target.factory).catch((error: unknown) => ({ thrown: error }));
    expect(outcome, `mutation ${i} (${kind})`).not.toHaveProperty('thrown');
    const wasRefused = 'ok' in outcome && !outcome.ok;
    if (wasRefused) refused++;
    if (wasRefused && /is not valid:/.test(outcome.message)) schemaRefused++;
    if (target.db === db || wasRefused) expect(await snapshot(target.db), `mutation ${i} (${kind}) changed the database`).toEqual(before);
  }
  expect(schemaRefused).toBeGreaterThan(50); // most record edits reach the schemas, not only the checksum
  expect(refused).toBeGreaterThan(800); // most mutations must be caught, not merely harmless
  expect(Object.values(kinds).reduce((a, b) => a + b)).toBe(1000);
});
