import type { NextUp } from '../practice/next-up-state';
import { count, relativeDate } from '../shared/format';
import { questionById } from './bank-state';

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
            <a href={`/q/${q.id}`} dir="auto">
              {q.text}
            </a>
            <span class="lede">Drafted {relativeDate(at)} · not said out loud yet</span>
          </li>
        ))}
        {again.map(({ q, at, takes }) => (
          <li key={`again-${q.id}`}>
            <a href={`/q/${q.id}`} dir="auto">
              {q.text}
            </a>
            <span class="lede">
              {count(takes, 'take', 'takes')} · last recorded {relativeDate(at)} · record it again
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
