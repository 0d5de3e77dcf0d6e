import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { applyFilters, categoryFacets, companyFacets } from '../bank/catalog';
import { createSearch, type QuestionSearch } from '../bank/search';
import type { Question } from '../bank/types';
import { browseUrl, isFiltered, parseBrowse } from '../bank/url-state';
import { bankError, ensureQuestions, questions } from './bank-state';
import { QuestionList, type ListItem } from './QuestionList';
import { SearchField } from './SearchField';
import { takeSearchFocus } from './search-focus';

const searches = new WeakMap<readonly Question[], QuestionSearch<Question>>();
function searchFor(all: readonly Question[]): QuestionSearch<Question> {
  let s = searches.get(all);
  if (!s) searches.set(all, (s = createSearch(all)));
  return s;
}

export default function ResultsView() {
  const { query, route } = useLocation();
  const state = parseBrowse(query);
  const [text, setText] = useState(state.q);
  const [autoFocus] = useState(takeSearchFocus);
  useEffect(ensureQuestions, []);
  // Back/forward change the URL under us: follow it.
  useEffect(() => setText(state.q), [state.q]);

  const all = questions.value;
  const items = useMemo<ListItem[]>(() => {
    if (!all) return [];
    const pool = applyFilters(all, state);
    if (!text.trim()) return pool.map((question) => ({ question }));
    const allowed = new Set(pool);
    return searchFor(all)
      .search(text)
      .filter((h) => allowed.has(h.item))
      .map((h) => ({ question: h.item, matches: h.matches }));
  }, [all, text, state.category, state.company]);

  useEffect(() => {
    const parts = [text.trim() && `“${text.trim()}”`, state.category, state.company].filter(Boolean);
    document.title = parts.length ? `${parts.join(' · ')} — Rehearse` : 'All questions — Rehearse';
  }, [text, state.category, state.company]);

  const set = (patch: Partial<typeof state>, replace: boolean) => route(browseUrl({ ...state, q: text, ...patch }), replace);

  return (
    <>
      <h1>{state.category ?? state.company ?? 'Questions'}</h1>
      <SearchField
        value={text}
        autoFocus={autoFocus}
        onInput={(q) => {
          setText(q);
          set({ q }, true); // one history entry per search, not per keystroke
        }}
      />
      <div class="filters">
        <label>
          Category
          <select value={state.category ?? ''} onChange={(e) => set({ category: e.currentTarget.value || null }, false)}>
            <option value="">All categories</option>
            {all && categoryFacets(all).map((f) => <option value={f.name}>{`${f.name} (${f.count})`}</option>)}
          </select>
        </label>
        <label>
          Company
          <select value={state.company ?? ''} onChange={(e) => set({ company: e.currentTarget.value || null }, false)}>
            <option value="">All companies</option>
            {all && companyFacets(all).map((f) => <option value={f.name}>{`${f.name} (${f.count})`}</option>)}
          </select>
        </label>
        {isFiltered({ ...state, q: text }) && (
          <button type="button" class="button" onClick={() => { setText(''); route('/questions'); }}>
            Clear
          </button>
        )}
      </div>
      {bankError.value && <p role="alert" class="banner">{bankError.value}</p>}
      <p class="status" role="status" aria-live="polite" aria-atomic="true">
        {all ? `${items.length} ${items.length === 1 ? 'question' : 'questions'}` : 'Loading the question bank…'}
      </p>
      {all && items.length === 0 && (
        <div class="empty card">
          <p>No question matches {text.trim() ? `“${text.trim()}”` : 'these filters'}{state.category || state.company ? ' with these filters' : ''}.</p>
          <p>Try fewer words, or clear the filters.</p>
        </div>
      )}
      <QuestionList items={items} />
    </>
  );
}
