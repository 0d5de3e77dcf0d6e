import type { DueToday as Due } from '../practice/review-state';
import { dayDate, relativeDate } from '../shared/format';
import { questionById } from './bank-state';

/** The home page's review queue: what is due today or earlier, oldest first; nothing at all before the first grade. */
export function DueToday({ due, now = Date.now() }: { due: Due; now?: number }) {
  if (!due.any) return null;
  const items = due.items.flatMap((item) => {
    if (item.kind === 'story') return [{ ...item, href: `/stories/${encodeURIComponent(item.itemId)}`, text: item.title ?? 'Untitled story' }];
    const q = questionById(item.itemId);
    return q ? [{ ...item, href: `/q/${encodeURIComponent(q.id)}`, text: q.text }] : []; // a deleted question of one's own
  });
  const overdue = (t: number) => (relativeDate(t, now) === relativeDate(now, now) ? 'due today' : `due since ${relativeDate(t, now)}`);
  return (
    <section aria-labelledby="due-today">
      <h2 id="due-today">Due today</h2>
      {items.length === 0 ? (
        <p class="lede">{due.next === null ? 'Nothing due today.' : `Nothing due today — next review ${dayDate(due.next)}.`}</p>
      ) : (
        <ul class="continue">
          {items.map((item) => (
            <li key={`${item.kind}-${item.itemId}`}>
              <a href={item.href} dir="auto">
                {item.text}
              </a>
              <span class="lede">
                {item.kind === 'story' ? 'Story · ' : ''}
                {overdue(item.due)} · say it out loud, then grade it
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
