import { useState } from 'preact/hooks';
import type { DraftSession } from '../practice/drafts';
import { listHistory } from '../practice/history';
import type { Revision } from '../practice/types';
import { dayAndTime } from '../shared/format';

const REASON: Record<Revision['reason'], string> = {
  autosave: 'while writing',
  restore: 'before a restore',
  'framework-switch': 'before switching framework',
  manual: 'kept when two tabs disagreed',
  import: 'kept when a backup was imported',
};

/** Earlier versions of this draft; restoring one keeps the current text in history too. */
export function DraftHistory({ draft }: { draft: DraftSession }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [open, setOpen] = useState(false);

  const toggle = async () => {
    if (!open) setRevisions(await listHistory(draft.questionId));
    setOpen(!open);
  };

  return (
    <div class="history">
      <button type="button" class="button" aria-expanded={open} onClick={() => void toggle()}>
        {open ? 'Hide history' : 'History'}
      </button>
      {open && revisions && (
        <div>
          {revisions.length === 0 && <p class="lede">No earlier versions yet. One is kept every few minutes while you write.</p>}
          <ol class="revisions">
            {revisions.map((r) => {
              const text = Object.values(r.fields).filter(Boolean).join(' · ');
              return (
                <li key={r.id}>
                  <div>
                    <strong>{dayAndTime(r.savedAt)}</strong>{' '}
                    <span class="lede">
                      ({REASON[r.reason]}, {r.framework.toUpperCase()})
                    </span>
                  </div>
                  <p class="excerpt" dir="auto">
                    {text.length > 220 ? `${text.slice(0, 220)}…` : text}
                  </p>
                  <button
                    type="button"
                    class="button"
                    onClick={async () => {
                      await draft.restore(r);
                      setRevisions(await listHistory(draft.questionId));
                    }}
                  >
                    Restore this version
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
