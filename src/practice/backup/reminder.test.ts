import { expect, it } from 'vitest';
import { STORES } from '../../store/schema';
import { T0, freshDb } from './backup.test-support';
import { LAST_BACKUP, REMINDER_DISMISSED, unbackedPracticeSince } from './storage';

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
