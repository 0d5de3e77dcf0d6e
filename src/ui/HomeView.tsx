import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { categoryFacets, companyFacets } from '../bank/catalog';
import { browseUrl } from '../bank/url-state';
import { bankError, ensureQuestions, questions } from './bank-state';
import { SearchField } from './SearchField';
import { handOverSearchFocus } from './search-focus';

const prefetchResults = () => void import('./ResultsView');

export function HomeView() {
  const { route } = useLocation();
  useEffect(() => {
    document.title = 'Rehearse — behavioral interview practice for AI/ML engineers';
    ensureQuestions();
  }, []);
  const all = questions.value;

  return (
    <>
      <section class="hero">
        <h1>Practise the behavioral questions AI teams really ask</h1>
        <p class="lede">
          {all ? `${all.length} questions` : 'Questions'} reported by candidates at OpenAI, Anthropic, Google, Meta and AI startups — with
          what each interviewer is testing for. Works offline; nothing leaves your device.
        </p>
        <SearchField
          value=""
          onFocus={prefetchResults}
          onInput={(q) => {
            handOverSearchFocus();
            route(browseUrl({ q }));
          }}
        />
        <div class="row" style={{ marginTop: '12px' }}>
          <a class="button primary" href="/questions">
            Browse all questions
          </a>
          <a class="button" href="/random">
            Random question
          </a>
          <a class="button" href="/guide">
            Answer frameworks
          </a>
        </div>
      </section>

      {bankError.value && (
        <p role="alert" class="banner">
          {bankError.value}
        </p>
      )}
      {!all && !bankError.value && <p class="skeleton">Loading the question bank…</p>}
      {all && (
        <>
          <h2 id="categories">Categories</h2>
          <ul class="grid" aria-labelledby="categories">
            {categoryFacets(all).map((f) => (
              <li key={f.name}>
                <a class="tile" href={browseUrl({ category: f.name })}>
                  <span>{f.name}</span>
                  <span class="count">
                    {f.count}
                    <span class="visually-hidden"> questions</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
          <h2 id="companies">Companies</h2>
          <ul class="chips" aria-labelledby="companies">
            {companyFacets(all).map((f) => (
              <li key={f.name}>
                <a class="chip" href={browseUrl({ company: f.name })}>
                  {f.name}{' '}
                  <span class="count">
                    {f.count}
                    <span class="visually-hidden"> questions</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
