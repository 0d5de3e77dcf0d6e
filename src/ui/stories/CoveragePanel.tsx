import { useEffect } from 'preact/hooks';
import { companyGroups } from '../../bank/catalog';
import { browseUrl } from '../../bank/url-state';
import { coverage, type FacetCoverage } from '../../practice/coverage';
import { interviewTargets, LEVEL_LABELS, loadTargets } from '../../practice/targets';
import type { Story } from '../../practice/types';
import { count } from '../../shared/format';
import { allQuestions, bankError, ensureQuestions } from '../bank-state';
import { InterviewTargetsForm } from './InterviewTargetsForm';

const stories = (n: number) => count(n, 'story', 'stories');
const SHORT: Record<string, string> = { leadership: 'Leadership', collaboration: 'Collaboration' };

/** Where the user's linked stories answer the bank, and where none does yet, for the user's own companies and level. */
export function CoveragePanel({ stories: list }: { stories: readonly Story[] }) {
  useEffect(() => void ensureQuestions(), []);
  useEffect(() => void loadTargets(), []);
  const all = allQuestions.value; // stories linked to the user's own questions count too
  const targets = interviewTargets.value;
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (!all || !targets) return <p class="skeleton">Loading coverage…</p>;
  const c = coverage(list, all, targets);
  const chosen = c.targetCompanies.length > 0;
  const covered = (facets: FacetCoverage[]) => facets.filter((f) => f.stories > 0);

  return (
    <section class="section coverage" aria-labelledby="coverage">
      <h2 id="coverage">Coverage</h2>
      <p class="lede">
        Which categories and companies your stories answer: a story counts for the categories and companies of the questions it is linked to, and for a category
        its tags name (a “leadership” tag counts for Leadership &amp; Ownership).
      </p>

      <h3 id="your-interviews">Your interviews</h3>
      <p class="hint">Coverage counts for these. They stay on this device and go into your backups.</p>
      <InterviewTargetsForm targets={targets} companies={companyGroups(all).companies} />

      <h3 id="coverage-targets">{targets.level ? `Stories to prepare: ${LEVEL_LABELS[targets.level].toLowerCase()}` : 'Stories to prepare'}</h3>
      <p class="hint basis">{c.basis}</p>
      <ul class="targets" aria-labelledby="coverage-targets">
        {c.targets.map((t) => (
          <li key={t.id} class={t.met ? 'met' : 'unmet'}>
            <strong>{SHORT[t.id]}</strong> ({t.category}): {stories(t.stories)} of {t.min}–{t.max} — {t.met ? 'target met' : `${t.min - t.stories} more to go`}
          </li>
        ))}
      </ul>
      {c.levelQuestions.length > 0 && (
        <>
          <p id="level-questions">Asked at your level, as the guide reports:</p>
          <ul class="level-questions" aria-labelledby="level-questions">
            {c.levelQuestions.map((q) => (
              <li key={q.id}>
                <a href={`/q/${q.id}`}>{q.text}</a> <span class="count">{q.stories ? stories(q.stories) : 'no story linked yet'}</span>
              </li>
            ))}
          </ul>
        </>
      )}

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
      {chosen ? (
        <>
          <p id="companies-targets">
            {c.uncoveredCompanies.length
              ? `No story yet for ${c.uncoveredCompanies.length} of your ${count(c.targetCompanies.length, 'company', 'companies')}.`
              : 'Every company you interview with has at least one story.'}
          </p>
          <ul class="chips coverage-companies coverage-targets" aria-labelledby="companies-targets">
            {c.targetCompanies.map((f) => (
              <li key={f.name}>
                <a class={`chip${f.stories ? '' : ' uncovered'}`} href={browseUrl({ company: f.name })}>
                  {f.name} <span class="count">{f.stories ? stories(f.stories) : 'no story yet'}</span>
                </a>
              </li>
            ))}
          </ul>
          <CompanyFold
            id="companies-others"
            summary={`${count(c.otherCompanies.length, 'other company', 'other companies')} in the bank`}
            facets={c.otherCompanies}
          />
        </>
      ) : (
        <>
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
            <CompanyFold
              id="companies-uncovered"
              summary={`${count(c.uncoveredCompanies.length, 'more company', 'more companies')} with no story yet`}
              facets={c.companies.filter((f) => f.stories === 0)}
            />
          ) : (
            <p>Every company in the bank has at least one story.</p>
          )}
          <p class="hint">Choose the companies you interview with above, and only those count here.</p>
        </>
      )}
    </section>
  );
}

/** Companies kept out of the way until asked for. */
function CompanyFold({ id, summary, facets }: { id: string; summary: string; facets: readonly FacetCoverage[] }) {
  if (facets.length === 0) return null;
  return (
    <details class="coverage-more">
      <summary id={id}>{summary}</summary>
      <ul class="chips coverage-companies-none" aria-labelledby={id}>
        {facets.map((f) => (
          <li key={f.name}>
            <a class={`chip${f.stories ? '' : ' uncovered'}`} href={browseUrl({ company: f.name })}>
              {f.name} {f.stories > 0 && <span class="count">{stories(f.stories)}</span>}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
