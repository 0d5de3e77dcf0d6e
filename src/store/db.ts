/** Opening the database, and running a transaction that reports failure as a value. */
import { wrap, type IDBPTransaction } from 'idb';
import { problem, toStorageProblem, type Result } from './errors.ts';
import { DB_NAME, DB_VERSION, upgradeSteps, type RehearseDb, type RehearseSchema, type StoreName, type UpgradeTx } from './schema.ts';

export interface OpenDbOptions {
  /** Defaults to the page's indexedDB; tests pass a fresh fake factory each. */
  factory?: IDBFactory;
  name?: string;
  /** A newer Rehearse in another tab wants to upgrade: this connection is already closed. */
  onVersionChange?: () => void;
  /** An older Rehearse in another tab keeps the database open; opening waits until it closes. */
  onBlocked?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

/** Connections closed because another tab upgrades: writes on them fail as 'version', not 'unavailable'. */
const closedForUpgrade = new WeakSet<RehearseDb>();

/**
 * idb's openDB, done by hand only so that a factory can be passed in (openDB always uses the
 * global indexedDB); the callbacks behave as openDB's blocked / blocking / terminated.
 */
export function openDb(options: OpenDbOptions = {}): Promise<RehearseDb> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new DOMException('IndexedDB is not available', 'NotSupportedError'));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  } catch (error) {
    return Promise.reject(error); // e.g. SecurityError where the user blocked site storage
  }
  const opened = wrap(request) as Promise<RehearseDb>;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as RehearseDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    tx.done.catch(() => {}); // an aborted upgrade surfaces as the open's rejection instead
    runUpgrade(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION).catch(() => {
      // Abort so the database stays at its old version with the old data intact; open rejects.
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  opened
    .then((db) => {
      db.addEventListener('close', () => options.onTerminated?.());
      db.addEventListener('versionchange', () => {
        // Close first so the other tab's upgrade can proceed at once, then tell the UI to offer a reload.
        closedForUpgrade.add(db);
        db.close();
        options.onVersionChange?.();
      });
    })
    .catch(() => {}); // the caller handles the rejection of `opened`
  return opened;
}

export async function runUpgrade(db: RehearseDb, tx: UpgradeTx, from: number, to: number): Promise<void> {
  for (let version = from; version < to; version++) {
    await upgradeSteps[version]?.(db, tx);
  }
}

/**
 * Run `body` in one transaction and report its outcome as a value: quota, a closed connection and
 * the rest become a StorageProblem instead of a throw. Aborts on failure so nothing half-written stays.
 */
export async function tx<const S extends StoreName[], M extends IDBTransactionMode, T>(
  db: RehearseDb,
  stores: S,
  mode: M,
  body: (t: IDBPTransaction<RehearseSchema, S, M>) => Promise<T>,
): Promise<Result<T>> {
  if (closedForUpgrade.has(db)) return { ok: false, problem: problem('version') };
  let t: IDBPTransaction<RehearseSchema, S, M> | undefined;
  try {
    t = db.transaction(stores, mode);
    t.done.catch(() => {}); // observed below; stops an unhandled rejection when we abort
    const value = await body(t);
    await t.done;
    return { ok: true, value };
  } catch (error) {
    // The transaction's own error (e.g. quota at commit) says more than the AbortError a request got.
    const reason = t?.error ?? error;
    try {
      t?.abort();
    } catch {
      /* already finished */
    }
    if (closedForUpgrade.has(db)) return { ok: false, problem: problem('version', reason) };
    return { ok: false, problem: toStorageProblem(reason) };
  }
}

/** A short random id part; getRandomValues works where randomUUID does not (non-secure origins). */
export function randomId(length = 8): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
