import { useEffect } from 'preact/hooks';
import { browseUrl } from '../../bank/url-state';
import { coverage, type FacetCoverage } from '../../practice/coverage';
import type { Story } from '../../practice/types';
import { count } from '../../shared/format';
import { allQuestions, bankError, ensureQuestions } from '../bank-state';

const stories = (n: number) => count(n, 'story', 'stories');
const SHORT: Record<string, string> = { leadership: 'Leadership', collaboration: 'Collaboration' };

/** Where the user's linked stories answer the bank, and where none does yet. */
export function CoveragePanel({ stories: list }: { stories: readonly Story[] }) {
  useEffect(ensureQuestions, []);
  const all = allQuestions.value; // stories linked to the user's own questions count too
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (!all) return <p class="skeleton">Loading coverage…</p>;
  const c = coverage(list, all);
  const covered = (facets: FacetCoverage[]) => facets.filter((f) => f.stories > 0);

  return (
    <section class="section coverage" aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      <p class="lede">
        Which categories and companies your stories answer: a story counts for the categories and companies of the questions it is linked to, and for a category
        its tags name (a “leadership” tag counts for Leadership &amp; Ownership).
      </p>

      <h3 id="coverage-targets">Targets the guide gives for staff level</h3>
      <ul class="targets" aria-labelledby="coverage-targets">
        {c.targets.map((t) => (
          <li key={t.id} class={t.met ? 'met' : 'unmet'}>
            <strong>{SHORT[t.id]}</strong> ({t.category}): {stories(t.stories)} of {t.min}–{t.max} — {t.met ? 'target met' : `${t.min - t.stories} more to go`}
          </li>
        ))}
      </ul>

      <h3 id="coverage-categories">Categories</h3>
      <p>
        {c.uncoveredCategories.length
          ? `No story yet for ${c.uncoveredCategories.length} of ${c.categories.length} categories.`
          : 'Every category has at least one story.'}
      </p>
      <ul class="grid coverage-categories" aria-labelledby="coverage-categories">
        {c.categories.map((f) => (
          <li key={f.name}>
            <a class={`tile${f.stories ? '' : ' uncovered'}`} href={browseUrl({ category: f.name })}>
              <span>{f.name}</span>
              <span class="count">{f.stories ? stories(f.stories) : 'No story yet'}</span>
            </a>
          </li>
        ))}
      </ul>

      <h3 id="coverage-companies">Companies</h3>
      {covered(c.companies).length > 0 && (
        <>
          <p id="companies-covered">Covered:</p>
          <ul class="chips coverage-companies" aria-labelledby="companies-covered">
            {covered(c.companies).map((f) => (
              <li key={f.name}>
                <a class="chip" href={browseUrl({ company: f.name })}>
                  {f.name} <span class="count">{stories(f.stories)}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.uncoveredCompanies.length > 0 ? (
        <details class="coverage-more">
          <summary id="companies-uncovered">{count(c.uncoveredCompanies.length, 'more company', 'more companies')} with no story yet</summary>
          <ul class="chips coverage-companies-none" aria-labelledby="companies-uncovered">
            {c.uncoveredCompanies.map((name) => (
              <li key={name}>
                <a class="chip uncovered" href={browseUrl({ company: name })}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p>Every company in the bank has at least one story.</p>
      )}
    </section>
  );
}
