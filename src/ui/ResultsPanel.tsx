import { applyFilters, categoryFacets, companyGroups } from '../bank/catalog';
import type { Question } from '../bank/types';
import { isFiltered, PRACTICE_STATUSES, type BrowseState, type PracticeStatus } from '../bank/url-state';
import { STATUS_LABELS } from './list-heading';
import { count } from '../shared/format';
import { CompanyNotes } from './CompanyNotes';
import { QuestionList, type ListItem } from './QuestionList';
import { useEffect, useMemo } from 'preact/hooks';

import { draftTexts, loadDraftTexts } from '../practice/drafts';
import { dueQuestionIds, loadReviews, reviews } from '../practice/review';
import { loadTakeCounts, statusCounts, takeCounts } from '../practice/status';
import { browseItems, synonyms } from './browse-list';

let draftsRequested = false;

interface Props {
  questions: readonly Question[];
  /** What the box holds now (may be a keystroke ahead of the URL). */
  text: string;
  state: BrowseState;
  onFilter: (patch: Partial<BrowseState>) => void;
  onClear: () => void;
}

/** Loaded on demand (it carries search): filters, the count, and the list. */
export default function ResultsPanel({ questions: all, text, state, onFilter, onClear }: Props) {
  if (!draftsRequested) {
    draftsRequested = true;
    void loadDraftTexts();
  }
  useEffect(() => {
    void loadTakeCounts(); // takes may have been recorded since the list was last open
    void loadReviews(true); // and questions graded
  }, []);
  const mine = draftTexts.value;
  const takes = takeCounts.value;
  const scheduled = reviews.value;
  // Due by the end of today, as of this render: a list left open overnight catches up on its next change.
  const due = useMemo(() => dueQuestionIds(scheduled, Date.now()), [scheduled]);
  const vocabulary = synonyms.value; // the results are worked out again once it has arrived
  const { category, company, status } = state;
  const items = useMemo<ListItem[]>(() => {
    const progress = (id: string) => ({ drafted: Boolean(mine.get(id)?.trim()), takes: takes.get(id) ?? 0, due: due.has(id) });
    return browseItems(all, { q: text, category, company, status }, mine, takes, undefined, vocabulary, due).map((i) => ({
      ...i,
      progress: progress(i.question.id),
    }));
  }, [all, mine, takes, vocabulary, due, text, category, company, status]);
  const byStatus = useMemo(
    () =>
      statusCounts(
        applyFilters(all, { category, company }).map((q) => q.id),
        mine,
        takes,
        due,
      ),
    [all, mine, takes, due, category, company],
  );

  const { companies, general } = companyGroups(all);
  // Named on an empty page, so the user sees what narrowed the list to nothing.
  const filtersOn = [
    category && `the category “${category}”`,
    company && `the company “${company}”`,
    status && `the progress “${STATUS_LABELS[status]}”`,
  ].filter(Boolean);

  return (
    <>
      {company && <CompanyNotes company={company} />}
      <div class="filters">
        <label>
          Category
          <select value={state.category ?? ''} onChange={(e) => onFilter({ category: e.currentTarget.value || null })}>
            <option value="">All categories</option>
            {categoryFacets(all).map((f) => (
              <option value={f.name}>{`${f.name} (${f.count})`}</option>
            ))}
          </select>
        </label>
        <label>
          Company
          <select value={state.company ?? ''} onChange={(e) => onFilter({ company: e.currentTarget.value || null })}>
            <option value="">All companies</option>
            <optgroup label="Companies">
              {companies.map((f) => (
                <option value={f.name}>{`${f.name} (${f.count})`}</option>
              ))}
            </optgroup>
            {general.length > 0 && (
              <optgroup label="General">
                {general.map((f) => (
                  <option value={f.name}>{`${f.name} (${f.count})`}</option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label>
          Progress
          <select value={state.status ?? ''} onChange={(e) => onFilter({ status: (e.currentTarget.value || null) as PracticeStatus | null })}>
            <option value="">Any progress</option>
            {PRACTICE_STATUSES.map((s) => (
              <option value={s}>{`${STATUS_LABELS[s]} (${byStatus[s]})`}</option>
            ))}
          </select>
        </label>
        {isFiltered({ ...state, q: text }) && (
          <button type="button" class="button" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" aria-atomic="true">
        {count(items.length, 'question', 'questions')}
      </p>
      <p class="partial-note" role="status">
        {items[0]?.complete === false ? 'No question has every word; these match most of them.' : ''}
      </p>
      {items.length === 0 && (
        <div class="empty card">
          <p>
            No question matches {text.trim() ? `“${text.trim()}”` : 'these filters'}
            {text.trim() && filtersOn.length > 0 ? ` with ${filtersOn.join(', ')}` : ''}.
          </p>
          <p>{filtersOn.length > 0 ? 'Try other words, or clear the filters.' : 'Try other words.'}</p>
        </div>
      )}
      <QuestionList items={items} list={{ ...state, q: text }} />
    </>
  );
}
