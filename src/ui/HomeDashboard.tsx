import { categoryFacets, companyFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import { browseUrl } from '../bank/url-state';

/** The start page below the search box: every category and company, with counts. */
export function HomeDashboard({ questions }: { questions: readonly Question[] }) {
  return (
    <>
      <h2 id="categories">Categories</h2>
      <ul class="grid" aria-labelledby="categories">
        {categoryFacets(questions).map((f) => (
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
        {companyFacets(questions).map((f) => (
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
  );
}
