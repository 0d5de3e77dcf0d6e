import { useEffect, useState } from 'preact/hooks';
import { guidance, ensureGuidance } from './bank-state';
import { SourceList } from './SourceList';

/**
 * The guide's notes on a company, at the top of its question list: the first note as a lead, the rest and
 * their sources behind "More" (on a phone, all of them would push the questions a screen down).
 */
export function CompanyNotes({ company }: { company: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => void ensureGuidance(), []);
  useEffect(() => setOpen(false), [company]);
  const entry = guidance.value?.companies.find((c) => c.company === company);
  if (!entry || entry.notes.length === 0) return null;
  const rest = entry.notes.length - 1;
  return (
    <section class="card company-notes" aria-labelledby="company-notes-heading">
      <h2 id="company-notes-heading">Interviewing at {company}</h2>
      <ul id="company-notes-list">
        {(open ? entry.notes : entry.notes.slice(0, 1)).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {open && <SourceList sources={entry.sources} />}
      {rest > 0 && (
        <button type="button" class="button" aria-expanded={open} aria-controls="company-notes-list" onClick={() => setOpen(!open)}>
          {open ? 'Less' : `More (${rest})`}
        </button>
      )}
    </section>
  );
}
