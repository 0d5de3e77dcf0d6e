import type { SearchMatch } from '../bank/search';
import type { Question } from '../bank/types';
import { plain } from '../bank/text';
import { isFiltered, questionUrl, randomUrl, type BrowseState } from '../bank/url-state';
import { listLabel } from './list-heading';
import { count } from '../shared/format';
import { Highlighted } from './Highlighted';

export interface ListItem {
  question: Question;
  matches?: readonly SearchMatch[];
  /** A search result with every word of the query (false: most of them). */
  complete?: boolean;
  /** The user's own progress on it, where known. */
  progress?: { drafted: boolean; takes: number; due?: boolean };
}

const rangesFor = (matches: readonly SearchMatch[] | undefined, key: string, value?: string) =>
  matches?.filter((m) => m.key === key && (value === undefined || m.value === value)).flatMap((m) => m.indices);

/** The part of a long draft around its first match, so the user sees why it was found. */
function excerpt(m: SearchMatch): string {
  const at = m.indices[0]?.[0] ?? 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${m.value.slice(start, start + 120)}${start + 120 < m.value.length ? '…' : ''}`;
}

/**
 * Search results or a filtered list: each row links to the question page, with matched words marked.
 * Given the `list` it shows, each link carries it, so the question page can step through the same list.
 */
export function QuestionList({ items, list }: { items: readonly ListItem[]; list?: BrowseState }) {
  return (
    <>
      {list && items.length > 1 && (
        <p class="list-random">
          <a href={randomUrl(list)}>{!isFiltered(list) ? 'Random question' : `Random question from ${listLabel(list)}`}</a>
        </p>
      )}
      <ul class="results">
        {items.map(({ question: q, matches, progress }) => {
          const alias = matches?.find((m) => m.key === 'alsoAskedAs' && plain(m.value) !== plain(q.text));
          const reported = matches?.find((m) => m.key === 'reportedAs');
          const testingMatched = matches?.some((m) => m.key === 'testing') && !matches.some((m) => m.key === 'text');
          return (
            <li class="result" key={q.id}>
              <a href={questionUrl(q.id, list && { origin: 'list', list })}>
                <div class="q" dir="auto">
                  <Highlighted text={q.text} ranges={rangesFor(matches, 'text')} />
                  {q.kind === 'pattern' && (
                    <>
                      {' '}
                      <span class="badge">pattern</span>
                    </>
                  )}
                </div>
                {q.kind === 'pattern' && <div class="why">A way of answering to study, not a question you will be asked.</div>}
                {reported && (
                  <div class="why">
                    Reported as: “<Highlighted text={reported.value} ranges={reported.indices} />”
                  </div>
                )}
                {alias?.value && (
                  <div class="why">
                    Also asked as: “<Highlighted text={alias.value} ranges={alias.indices} />”
                  </div>
                )}
                {testingMatched && (
                  <div class="why">
                    Tests: <Highlighted text={q.testing} ranges={rangesFor(matches, 'testing')} />
                  </div>
                )}
                {matches?.some((m) => m.key === 'mine') && (
                  <div class="why" dir="auto">
                    In your draft: <Highlighted text={excerpt(matches.find((m) => m.key === 'mine')!)} />
                  </div>
                )}
                <div class="meta">
                  <Highlighted text={q.categories.join(' · ')} /> — <Highlighted text={q.companies.join(', ')} />
                  {q.level && <> · {q.level} level</>}
                </div>
                {(progress?.drafted || !!progress?.takes || progress?.due) && (
                  <div class="progress-badges">
                    {progress.drafted && <span class="badge">Drafted</span>}
                    {progress.takes > 0 && <span class="badge">{count(progress.takes, 'take', 'takes')}</span>}
                    {progress.due && <span class="badge">Due for review</span>}
                  </div>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
