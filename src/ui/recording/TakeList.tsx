import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../bank/types';
import { loadTakes, removeTake, takes } from '../../practice/takes';
import type { Take } from '../../practice/types';
import { clock, count, dayAndTime } from '../../shared/format';
import { TakePlayer } from './TakePlayer';

/** Every take of a question, newest first; one open at a time in the player. */
export function TakeList({ question }: { question: Question }) {
  useEffect(() => void loadTakes(question.id), [question.id]);
  const list = takes.value.get(question.id) ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ label: string; run: () => Promise<void> } | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);

  const remove = async (take: Take, label: string) => {
    const run = await removeTake(take);
    if (open === take.id) setOpen(null);
    if (run) setUndo({ label, run });
  };

  return (
    <div class="takes">
      {undo && (
        <div class="banner" role="status">
          <span>{undo.label} deleted.</span>
          <button
            type="button"
            class="button"
            onClick={async () => {
              await undo.run();
              setUndo(null);
            }}
          >
            Undo
          </button>
        </div>
      )}
      {list.length === 0 ? (
        <p class="lede">No takes yet. Record one: hearing yourself is the fastest way to tighten an answer.</p>
      ) : (
        <ol class="take-list">
          {list.map((take, i) => {
            const label = take.name || `Take ${list.length - i}`;
            return (
              <li key={take.id} class="take">
                <button type="button" class="take-summary" aria-expanded={open === take.id} onClick={() => setOpen(open === take.id ? null : take.id)}>
                  <strong dir="auto">{label}</strong>
                  <span class="lede">
                    {dayAndTime(take.startedAt)} · {clock(take.durationMs)}
                    {take.analysis ? ` · ${count(take.analysis.longPauses, 'pause', 'pauses')} over 2 s` : ''}
                    {take.rating ? ` · rated ${take.rating}/5` : ''}
                  </span>
                  {take.status === 'recovered' && <span class="badge">Recovered after the tab closed</span>}
                </button>
                {open === take.id && <TakePlayer take={take} label={label} questionText={question.text} onDelete={() => void remove(take, label)} />}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
