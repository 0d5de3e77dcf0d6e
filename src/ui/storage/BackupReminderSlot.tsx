import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The reminder's code loads after the home page has painted: most visits never show it. */
export function BackupReminderSlot() {
  const [Reminder, setReminder] = useState<ComponentType | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const m = await import('./BackupReminder'); // awaited: see CoachSlot
        setReminder(() => m.default);
      } catch (error) {
        console.error('The backup reminder could not be loaded', error); // a reminder; the page works without it
      }
    })();
  }, []);
  return Reminder ? <Reminder /> : null;
}
