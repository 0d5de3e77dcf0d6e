import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The reminder's code loads after the home page has painted: most visits never show it. */
export function BackupReminderSlot() {
  const [Reminder, setReminder] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./BackupReminder').then(
      (m) => setReminder(() => m.default),
      () => {},
    );
  }, []);
  return Reminder ? <Reminder /> : null;
}
