import { expect, it } from 'vitest';
import { STORES } from '../../store/schema';
import { T0, freshDb, rounds } from './backup.test-support';
import { badRecords } from '../../store/attention';
import { LAST_BACKUP, REMINDER_DISMISSED, markBackedUp, unbackedPracticeSince } from './storage';

const DAY = 24 * 3600 * 1000;

it('reminds once the oldest practice in no backup is a week old, and not for a week after a dismissal', async () => {
  const { db } = await freshDb();
  expect(await unbackedPracticeSince(db, T0)).toBeNull(); // nothing practised
  await db.put(STORES.drafts, { questionId: 'why-openai', framework: 'free', fields: { free: 'x' }, rev: 1, updatedAt: T0 });
  expect(await unbackedPracticeSince(db, T0 + 6 * DAY)).toBeNull();
  expect(await unbackedPracticeSince(db, T0 + 7 * DAY)).toBe(T0);
  await db.put(STORES.settings, T0 + 7 * DAY, REMINDER_DISMISSED);
  expect(await unbackedPracticeSince(db, T0 + 13 * DAY)).toBeNull();
  expect(await unbackedPracticeSince(db, T0 + 14 * DAY)).toBe(T0);
  await db.put(STORES.settings, T0 + 1, LAST_BACKUP); // backed up after that draft
  expect(await unbackedPracticeSince(db, T0 + 30 * DAY)).toBeNull();
});

it('says when the backup date could not be noted, so nothing claims a backup that was not recorded', async () => {
  const { db } = await freshDb();
  db.close();
  expect(await markBackedUp(db, T0)).toMatchObject({ ok: false });
});

it('counts only drafts and takes that read back whole, and reports the others', async () => {
  const { db } = await freshDb();
  await db.put(STORES.takes, { id: 'take-bad', questionId: 'why-openai', status: 'lost', startedAt: T0 } as never);
  expect(await unbackedPracticeSince(db, T0 + 30 * DAY)).toBeNull();
  expect(badRecords()).toContainEqual(expect.objectContaining({ kind: 'take', key: 'take-bad' }));
});

it('a finished mock round is practice too; a damaged one is not counted but reported', async () => {
  const { db } = await freshDb();
  const [round] = rounds(); // finished at T0 - 300_000
  await db.put(STORES.rounds, round!);
  expect(await unbackedPracticeSince(db, T0 + 7 * DAY)).toBe(round!.finishedAt);
  await db.put(STORES.settings, T0, LAST_BACKUP);
  expect(await unbackedPracticeSince(db, T0 + 30 * DAY)).toBeNull();
  await db.put(STORES.rounds, { ...rounds()[1]!, status: 'running', finishedAt: T0 + DAY } as never);
  expect(await unbackedPracticeSince(db, T0 + 30 * DAY)).toBeNull();
  expect(badRecords()).toContainEqual(expect.objectContaining({ kind: 'round', key: 'round-two' }));
});
