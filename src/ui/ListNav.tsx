import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../bank/types';
import { browseUrl, isFiltered, questionUrl, randomUrl, type ListContext } from '../bank/url-state';
import { listLabel } from './list-heading';

/** Where a question sits in the list it was opened from; `index` is -1 when it has left that list. */
export interface ListPosition {
  index: number;
  total: number;
  previous?: string;
  next?: string;
}

/** The list is worked out again from its URL state (after a reload too); search loads only when there is one. */
export function useListPosition(id: string, context: ListContext | null, all: readonly Question[] | null): ListPosition | null {
  const [position, setPosition] = useState<ListPosition | null>(null);
  const key = context?.origin === 'list' ? browseUrl(context.list) : null;
  useEffect(() => {
    setPosition(null);
    if (!all || !context || key === null) return;
    let live = true;
    void import('./browse-list')
      .then((m) => m.loadBrowseItems(all, context.list, id))
      .then((items) => {
        if (!live) return;
        const index = items.findIndex((i) => i.question.id === id);
        setPosition({ index, total: items.length, previous: items[index - 1]?.question.id, next: index < 0 ? undefined : items[index + 1]?.question.id });
      })
      .catch((error: unknown) => console.error('The list this question came from could not be read', error)); // the page works without it
    return () => {
      live = false;
    };
    // The list's whole state is in `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, key, all]);
  return position;
}

interface Props {
  id: string;
  context: ListContext;
  position: ListPosition | null;
  /** Two on a page (top and end) need two names. */
  label: string;
}

/** "← Previous · Anthropic · 4 of 20 · Next →" and the way back to the list, filters and query kept. */
export function ListNav({ id, context, position, label }: Props) {
  const { list } = context;
  const name = listLabel(list);
  const another = randomUrl(list);
  const back = (
    <a class="list-nav-back" href={browseUrl(list)}>
      Back to the list
    </a>
  );
  if (context.origin === 'random')
    return (
      <nav class="list-nav random" aria-label={label}>
        <span class="list-nav-where">{isFiltered(list) ? `Random question from ${name}` : 'Random question from the whole bank'}</span>
        <a class="button" href={`${another}${another.includes('?') ? '&' : '?'}skip=${encodeURIComponent(id)}`}>
          Another question
        </a>
        {back}
      </nav>
    );
  const link = (target: string | undefined, rel: 'prev' | 'next', text: string) =>
    target ? (
      <a class={`button list-nav-${rel}`} rel={rel} href={questionUrl(target, context)}>
        {text}
      </a>
    ) : (
      <span class={`list-nav-${rel}`} />
    );
  return (
    <nav class="list-nav" aria-label={label}>
      {link(position?.previous, 'prev', '← Previous')}
      <span class="list-nav-where">
        <span>
          {name}
          {position && position.index >= 0 && (
            <>
              {' · '}
              <span class="nowrap">{`${position.index + 1} of ${position.total}`}</span>
            </>
          )}
          {position?.index === -1 && ' · no longer in this list'}
        </span>
        {back}
      </span>
      {link(position?.next, 'next', 'Next →')}
    </nav>
  );
}
