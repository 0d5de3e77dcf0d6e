/**
 * Records exported by an older database version are brought up to this one by the database's own
 * upgrade steps: written into a scratch database at their version, which is then opened at ours.
 */
import { wrap } from 'idb';
import { openDb, randomId, runUpgrade } from './db.ts';
import { readStore, type SettingEntry, type TextStore } from './backup.ts';
import { DB_VERSION, STORES, type RehearseDb, type StoreName, type UpgradeTx } from './schema.ts';

export type StoreRecords = Partial<Record<StoreName, unknown[]>>;

export class UpgradeRefused extends Error {}

function openAt(factory: IDBFactory, name: string, version: number): Promise<RehearseDb> {
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    tx.done.catch(() => {});
    runUpgrade(wrap(request.result) as RehearseDb, tx, event.oldVersion, version).catch(() => tx.abort());
  });
  return wrap(request) as Promise<RehearseDb>;
}

export async function upgradeRecords(factory: IDBFactory, fromVersion: number, records: StoreRecords): Promise<StoreRecords> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > DB_VERSION) throw new UpgradeRefused(`database version ${fromVersion}`);
  if (fromVersion === DB_VERSION) return records;
  const name = `rehearse-import-${randomId(10)}`;
  try {
    const old = await openAt(factory, name, fromVersion);
    try {
      for (const [store, list] of Object.entries(records) as [StoreName, unknown[]][]) {
        if (list.length === 0) continue;
        if (!old.objectStoreNames.contains(store)) throw new UpgradeRefused(`“${store}”, which version ${fromVersion} did not have`);
        const t = old.transaction(store, 'readwrite');
        const done = t.done.catch((error: unknown) => error);
        try {
          for (const value of list) {
            const put = store === STORES.settings ? t.store.put((value as SettingEntry).value, (value as SettingEntry).key) : t.store.put(value as never);
            put.catch(() => {}); // surfaces through the transaction
          }
        } catch (error) {
          t.abort(); // a record this version cannot hold (no key): nothing of it stays
          throw new UpgradeRefused(`a record in “${store}” that version ${fromVersion} cannot hold (${String(error)})`);
        }
        const failed = await done;
        if (failed) throw new UpgradeRefused(`records in “${store}” that version ${fromVersion} cannot hold`);
      }
    } finally {
      old.close();
    }
    const upgraded = await openDb({ factory, name });
    try {
      const out: StoreRecords = {};
      for (const store of Array.from(upgraded.objectStoreNames) as StoreName[]) {
        if (store === STORES.assembled) continue; // derived on the device, never in a backup
        out[store] = store === STORES.chunks ? await upgraded.getAll(STORES.chunks) : await readStore(upgraded, store as TextStore);
      }
      return out;
    } finally {
      upgraded.close();
    }
  } finally {
    factory.deleteDatabase(name);
  }
}
