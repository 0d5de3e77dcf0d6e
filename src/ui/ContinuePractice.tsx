import type { NextUp } from '../practice/next-up-state';
import { questionById } from './bank-state';

const day = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** What to practise next, from the user's own drafts and takes; nothing at all for a new user. */
export function ContinuePractice({ next }: { next: NextUp }) {
  const sayAloud = next.sayAloud.flatMap((d) => (questionById(d.questionId) ? [{ ...d, q: questionById(d.questionId)! }] : []));
  const again = next.again.flatMap((d) => (questionById(d.questionId) ? [{ ...d, q: questionById(d.questionId)! }] : []));
  if (sayAloud.length + again.length === 0) return null;
  return (
    <section aria-labelledby="continue">
      <h2 id="continue">Pick up where you left off</h2>
      <ul class="continue">
        {sayAloud.map(({ q, at }) => (
          <li key={`say-${q.id}`}>
            <a href={`/q/${q.id}`} dir="auto">{q.text}</a>
            <span class="lede">Drafted {day(at)} · not said out loud yet</span>
          </li>
        ))}
        {again.map(({ q, at, takes }) => (
          <li key={`again-${q.id}`}>
            <a href={`/q/${q.id}`} dir="auto">{q.text}</a>
            <span class="lede">
              {takes === 1 ? '1 take' : `${takes} takes`} · last {day(at)} · record it again
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
