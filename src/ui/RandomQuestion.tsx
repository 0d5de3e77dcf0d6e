import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { browseUrl, isFiltered, parseBrowse, questionUrl } from '../bank/url-state';
import { listLabel } from './list-heading';
import { allQuestions, bankError, ensureQuestions, questions } from './bank-state';
import { loadBrowseItems } from './browse-list';
import type { Question } from '../bank/types';

/** Questions to answer rather than patterns to study, unless the list holds nothing else. */
function pick(pool: readonly Question[], skip: string | undefined): Question | undefined {
  const answerable = pool.filter((q) => q.kind === 'question');
  const from = answerable.length ? answerable : pool;
  const others = from.length > 1 ? from.filter((q) => q.id !== skip) : from; // "Another" should be another
  return others[Math.floor(Math.random() * others.length)];
}

/**
 * `/random` (also a home-screen shortcut): jumps to a random question, replacing itself in history so
 * Back skips it. `/random?company=Anthropic` (any list's filters and query) draws from that list only.
 */
export default function RandomQuestion() {
  const { query, route } = useLocation();
  const list = parseBrowse(query);
  const filtered = isFiltered(list);
  const [empty, setEmpty] = useState(false);
  useEffect(() => void ensureQuestions(), []);
  const ready = filtered ? allQuestions.value : questions.value;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const draw = filtered ? loadBrowseItems(ready, list).then((items) => items.map((i) => i.question)) : Promise.resolve(ready);
    void draw.then((pool) => {
      if (!live) return;
      const q = pick(pool, query.skip);
      if (!q) return setEmpty(true);
      route(questionUrl(q.id, { origin: 'random', list }), true); // the question page offers another draw from the same pool
    });
    return () => {
      live = false;
    };
    // Drawn once per URL: the list's state is all in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, browseUrl(list), query.skip]);
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (empty)
    return (
      <>
        <h1>Random question</h1>
        <p>No question in {listLabel(list)} to draw from.</p>
        <a class="button primary" href={browseUrl(list)}>
          Back to the list
        </a>
      </>
    );
  return <p class="skeleton">Picking a question{filtered ? ` from ${listLabel(list)}` : ''}…</p>;
}
