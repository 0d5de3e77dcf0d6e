import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { browseUrl, parseBrowse, type BrowseState } from '../bank/url-state';
import { allQuestions, bankError, ensureQuestions } from './bank-state';
import { HomeDashboard } from './HomeDashboard';
import { listHeading } from './list-heading';
import { NO_NEXT_UP, nextUp } from '../practice/next-up-state';
import { dueToday, NOTHING_DUE } from '../practice/review-state';
import { rememberStarted, startedAtLoad } from '../practice/started';
import { hasStarted } from '../practice/what-next';
import { SearchField } from './SearchField';
import { BackupReminderSlot } from './storage/BackupReminderSlot';

/** The build's prerender (scripts/prerender.mjs) runs these components in Node. */
const prerendering = typeof window === 'undefined';

type Panel = typeof import('./ResultsPanel').default;
let panelModule: Promise<Panel> | undefined;
let panelLoaded: Panel | null = null;
// A failed load (offline before the worker holds the file) is forgotten, so the next visit to the list tries again.
const loadPanel = () =>
  (panelModule ??= import('./ResultsPanel')
    .then((m) => (panelLoaded = m.default))
    .catch((error: unknown) => {
      panelModule = undefined;
      throw error;
    }));
/** The list's code, before a render that must draw the list at once (its prerendered page, and that page taken over). */
export const preloadResults = loadPanel;

/**
 * Home (`/`) and the question list (`/questions?q=…&category=…&company=…`) are one component, so the
 * search box is never remounted when typing on the home page moves to the results: no key is lost.
 */
export function BrowseView() {
  const { path, query, route } = useLocation();
  const home = path === '/';
  const state = parseBrowse(query);
  const [text, setText] = useState(state.q);
  const [Panel, setPanel] = useState<Panel | null>(() => (home ? null : panelLoaded));
  const [panelFailed, setPanelFailed] = useState(false);
  // The drawn home page is a new user's (src/practice/started.ts): drawn so by the build, and taken over as such unless
  // this load began as a started user's, until what the user has is read. Decided once: a render after the takeover
  // must not turn the drawn page into a wait. Elsewhere (another page first), the home page waits for what they have.
  const [drawnAsNew] = useState(() => prerendering || (!startedAtLoad() && document.getElementById('app')?.dataset.prerendered === '/'));

  useEffect(() => {
    void ensureQuestions();
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(
      () =>
        void loadPanel().then(
          (p) => setPanel(() => p),
          () => {},
        ),
    ); // early, for later: the list's own load says if it fails
  }, []);
  useEffect(() => {
    if (!home && !Panel)
      void loadPanel().then(
        (p) => setPanel(() => p),
        (error: unknown) => {
          console.error(error);
          setPanelFailed(true);
        },
      );
  }, [home, Panel]);
  // Each time the home page shows (the user may have drafted, recorded or graded since, or a review fallen
  // due); the store code loads only now. The question list reads neither (nor reports a bad story).
  useEffect(() => {
    if (!home) return;
    // Their code may fail to load (offline before the worker holds it): the page then shows no suggestions, never a wait.
    void import('../practice/next-up').then((m) => m.loadNextUp()).catch(() => (nextUp.value ??= NO_NEXT_UP));
    void import('../practice/review').then((m) => m.loadDueToday()).catch(() => (dueToday.value ??= NOTHING_DUE));
  }, [home]);
  // What the next load draws, once what the user has is read (not when it could not be: that says nothing).
  const [next, due] = [nextUp.value, dueToday.value];
  useEffect(() => {
    if (home && next && due && next !== NO_NEXT_UP && due !== NOTHING_DUE) rememberStarted(hasStarted(next, due) || next.interviewDate !== null);
  }, [home, next, due]);
  // Back/forward or a link changed the query under us: follow it. Compare with the live URL, not this
  // render's copy, or a late effect would undo letters typed since.
  useEffect(() => {
    const live = parseBrowse(new URLSearchParams(window.location.search)).q;
    setText((current) => (current === live ? current : live));
  }, [state.q, home]);

  const go = (patch: Partial<BrowseState>, replace: boolean) => route(browseUrl({ ...state, q: text, ...patch }), replace);

  const heading = listHeading(state, text);
  useEffect(() => {
    document.title = home ? 'Rehearse — behavioral interview practice for AI/ML engineers' : `${heading} — Rehearse`;
  }, [home, heading]);

  const all = allQuestions.value;
  const nextShown = next ?? (drawnAsNew ? NO_NEXT_UP : null);
  const dueShown = due ?? (drawnAsNew ? NOTHING_DUE : null);
  return (
    <>
      {home ? (
        <section class="hero">
          <h1>Practise the behavioral questions AI teams really ask</h1>
          <p class="lede">
            The questions candidates report from OpenAI, Anthropic, Google, Meta and AI startups — with what each interviewer is testing for. Works offline;
            nothing leaves your device.
          </p>
        </section>
      ) : (
        <h1>{heading}</h1>
      )}
      <SearchField
        value={text}
        onInput={(q) => {
          setText(q);
          go({ q }, !home); // from home: one new history entry, then the search refines it in place
        }}
      />
      {bankError.value && (
        <p role="alert" class="banner">
          {bankError.value}
        </p>
      )}
      {home && <BackupReminderSlot />}
      {home && (
        <div class="row home-actions">
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
      )}
      {/* Drawn for a load that begins as a started user's, in place of a new user's page (hidden otherwise: styles.css). */}
      {prerendering && home && <p class="skeleton drawn-wait">Loading your practice…</p>}
      {(!all || (home && (!nextShown || !dueShown))) && !bankError.value && (
        <p class="skeleton">{all ? 'Loading your practice…' : 'Loading the question bank…'}</p>
      )}
      {/* All at once, so "Due today" and "Pick up where you left off" never push the categories down. */}
      {all && home && nextShown && dueShown && <HomeDashboard questions={all} next={nextShown} due={dueShown} />}
      {!home && panelFailed && !Panel && (
        <p role="alert" class="banner">
          The list could not be loaded: you may be offline, and it was not saved on this device yet. Go online and reload.
        </p>
      )}
      {all && !home && Panel && (
        <Panel
          questions={all}
          text={text}
          state={state}
          onFilter={(patch) => go(patch, false)}
          onClear={() => {
            setText('');
            route('/questions');
          }}
        />
      )}
      {!home && all && (
        <p class="add-own">
          Missing one? <a href="/my-questions/new">Add your own question</a>
        </p>
      )}
    </>
  );
}
