import { useEffect, useState } from 'preact/hooks';
import { dismissReminder, unbackedPracticeSince } from '../../practice/backup/storage';
import { database } from '../../practice/session';
import { formatDate } from './format-bytes';

/** On the home page: a week or more of practice is only in this browser. Small, and dismissible for a week. */
export default function BackupReminder() {
  const [since, setSince] = useState<number | null>(null);
  useEffect(() => {
    void database()
      .then((db) => (db ? unbackedPracticeSince(db) : null))
      .then(setSince, () => {});
  }, []);
  if (since === null) return null;
  return (
    <aside class="banner" aria-label="Backup reminder">
      <span>
        Your practice since {formatDate(since)} is only in this browser. <a href="/storage">Export a backup</a>
      </span>
      <button
        type="button"
        class="button"
        onClick={() => {
          setSince(null);
          void dismissReminder();
        }}
      >
        Not now
      </button>
    </aside>
  );
}
