import { categoryFacets, companyFacets, type Facet } from '../bank/catalog';
import type { Question } from '../bank/types';
import { browseUrl } from '../bank/url-state';
import type { NextUp } from '../practice/next-up-state';
import { ContinuePractice } from './ContinuePractice';

function FacetLinks({
  id,
  title,
  facets,
  listClass,
  linkClass,
  param,
}: {
  id: string;
  title: string;
  facets: Facet[];
  listClass: string;
  linkClass: string;
  param: 'category' | 'company';
}) {
  return (
    <>
      <h2 id={id}>{title}</h2>
      <ul class={listClass} aria-labelledby={id}>
        {facets.map((f) => (
          <li key={f.name}>
            <a class={linkClass} href={browseUrl({ [param]: f.name })}>
              <span>{f.name}</span>{' '}
              <span class="count">
                {f.count}
                <span class="visually-hidden"> questions</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The start page below the search box: what to practise next, then every category and company, with counts. */
export function HomeDashboard({ questions, next }: { questions: readonly Question[]; next: NextUp }) {
  return (
    <>
      <ContinuePractice next={next} />
      <FacetLinks id="categories" title="Categories" facets={categoryFacets(questions)} listClass="grid" linkClass="tile" param="category" />
      <FacetLinks id="companies" title="Companies" facets={companyFacets(questions)} listClass="chips" linkClass="chip" param="company" />
    </>
  );
}
