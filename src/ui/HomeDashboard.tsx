import { categoryFacets, companyGroups, type Facet } from '../bank/catalog';
import type { Question } from '../bank/types';
import { browseUrl } from '../bank/url-state';
import type { NextUp } from '../practice/next-up-state';
import type { DueToday as Due } from '../practice/review-state';
import { hasStarted } from '../practice/what-next';
import { WhatNext } from './WhatNext';

function FacetLinks({
  labelledBy,
  facets,
  listClass,
  linkClass,
  param,
}: {
  labelledBy: string;
  facets: Facet[];
  listClass: string;
  linkClass: string;
  param: 'category' | 'company';
}) {
  return (
    <ul class={listClass} aria-labelledby={labelledBy}>
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
  );
}

/**
 * The start page below the search box: what to practise next (a new user's first step comes after the companies), then the companies (first: on a phone they
 * are what the user came for, and the categories would push them a screen down), then every category.
 */
export function HomeDashboard({ questions, next, due }: { questions: readonly Question[]; next: NextUp; due: Due }) {
  const { companies, general } = companyGroups(questions);
  // A new user came for the companies (on a phone, the first screen): their first step comes after them.
  const started = hasStarted(next, due);
  return (
    // Drawn by the build as a new user's page, hidden until the app is live when a load begins as a started user's (styles.css).
    <div class="home-dashboard">
      {started && <WhatNext questions={questions} next={next} due={due} />}
      <h2 id="companies">Companies</h2>
      <FacetLinks labelledBy="companies" facets={companies} listClass="chips" linkClass="chip" param="company" />
      {general.length > 0 && (
        <div class="general-companies">
          <h3 id="general-companies">General</h3>
          <p class="lede">Not one company: asked almost everywhere, or reported for a kind of employer.</p>
          <FacetLinks labelledBy="general-companies" facets={general} listClass="chips" linkClass="chip" param="company" />
        </div>
      )}
      {!started && <WhatNext questions={questions} next={next} due={due} />}
      <h2 id="categories">Categories</h2>
      <FacetLinks labelledBy="categories" facets={categoryFacets(questions)} listClass="grid" linkClass="tile" param="category" />
    </div>
  );
}
