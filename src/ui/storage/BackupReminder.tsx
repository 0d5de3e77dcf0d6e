import { useEffect, useState } from 'preact/hooks';
import { dismissReminder, unbackedPracticeSince } from '../../practice/backup/storage';
import { database } from '../../practice/session';
import { dateTime } from '../../shared/format';

/** On the home page: a week or more of practice is only in this browser. Small, and dismissible for a week. */
export default function BackupReminder() {
  const [since, setSince] = useState<number | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void database()
      .then((db) => (db ? unbackedPracticeSince(db) : null))
      .then(setSince, () => {});
  }, []);
  if (since === null) return null;
  return (
    <aside class="banner" aria-label="Backup reminder">
      <span>
        Your practice since {dateTime(since)} is only in this browser. <a href="/storage">Export a backup</a>
      </span>
      <button
        type="button"
        class="button"
        onClick={() =>
          void dismissReminder().then((result) => (result.ok ? setSince(null) : setProblem(`It could not be put off for a week (${result.problem.message}).`)))
        }
      >
        Not now
      </button>
      {problem && <span role="alert">{problem}</span>}
    </aside>
  );
}
