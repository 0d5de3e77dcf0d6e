/**
 * A round as it runs, is journalled (localStorage) and is kept once finished: one schema, in shared/ so the
 * store of finished rounds (store/records.ts) can check against it too.
 */
export * from '../../shared/round-run';
