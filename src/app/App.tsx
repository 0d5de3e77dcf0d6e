import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { BrowseView, preloadResults } from '../ui/BrowseView';
import { NotFound } from '../ui/NotFound';
import { IosInstallHint, InstallButton } from './InstallPrompt';
import { NeedsAttention } from './NeedsAttention';
import { RecoveredNotice } from './RecoveredNotice';
import { ScreenBoundary } from './ScreenBoundary';
import { StorageBanner } from './StorageBanner';
import { ThemeToggle } from './ThemeToggle';
import { UndoBanner } from './UndoBanner';
import { UpdateBanner } from './UpdateBanner';
import { retryingImport } from './lazy-route';
import { Later } from '../ui/Later';
import { focusAfterRoute } from './route-focus';
import { trackHeaderHeight } from './header-height';
import { SearchShortcut } from './SearchShortcut';
import { offlineReady } from './sw-state';
import { persisted } from '../practice/session';

// Screens past the first one load on demand (and are precached for offline use).
const QuestionView = lazy(retryingImport(() => import('../ui/QuestionView')));
const GuideView = lazy(retryingImport(() => import('../ui/GuideView')));
const RandomQuestion = lazy(retryingImport(() => import('../ui/RandomQuestion')));
const CustomQuestionForm = lazy(retryingImport(() => import('../ui/CustomQuestionForm')));
const StoriesView = lazy(retryingImport(() => import('../ui/stories/StoriesView')));
const StoryView = lazy(retryingImport(() => import('../ui/stories/StoryView')));
const StorageView = lazy(retryingImport(() => import('../ui/storage/StorageView')));
const ProgressView = lazy(retryingImport(() => import('../ui/progress/ProgressView')));
const RoundView = lazy(retryingImport(() => import('../ui/rounds/RoundView')));

/** A prerendered page hydrates only once its screen's code is here: a screen still loading would redraw it. */
export function preloadScreen(path: string): Promise<unknown> {
  if (path.startsWith('/q/')) return QuestionView.preload();
  if (path === '/guide') return GuideView.preload();
  if (path === '/questions') return preloadResults();
  return Promise.resolve();
}

function Nav() {
  const { path } = useLocation();
  const link = (href: string, label: string, active: boolean) => (
    <a href={href} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav class="nav" aria-label="Main">
      {link('/questions', 'Questions', path === '/questions' || path.startsWith('/q/'))}
      {link('/stories', 'Stories', path.startsWith('/stories'))}
      {link('/progress', 'Progress', path === '/progress')}
      {link('/guide', 'Guide', path === '/guide')}
    </nav>
  );
}

/**
 * The app's icon (scripts/icons/icon.svg, which makes the PNG icons), drawn inline: as an <img> it cost a document of its own to parse on
 * every page load (about 50 ms a time at 4x CPU, twice, in a trace of a question page).
 */
function Logo() {
  return (
    <svg viewBox="0 0 512 512" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#2d5bd7" />
      <g fill="none" stroke="#fff" stroke-linecap="round" stroke-width="30">
        <path d="M256 120a56 56 0 0 1 56 56v72a56 56 0 0 1-112 0v-72a56 56 0 0 1 56-56z" fill="#fff" />
        <path d="M160 236a96 96 0 0 0 192 0" />
        <path d="M256 332v56" />
        <path d="M204 392h104" />
      </g>
      <circle cx="392" cy="128" r="34" fill="#ffb547" />
    </svg>
  );
}

function Header() {
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => (headerRef.current ? trackHeaderHeight(headerRef.current) : undefined), []);
  return (
    <header class="app-header" ref={headerRef}>
      <a class="brand" href="/" aria-label="Rehearse home">
        <Logo />
        <span>Rehearse</span>
      </a>
      <Nav />
      <Later>
        <div class="header-actions">
          <InstallButton />
          <ThemeToggle />
        </div>
      </Later>
    </header>
  );
}

/**
 * The header, the screen and the footer are taken over in tasks of their own (src/ui/Later.tsx), so the first render of a
 * drawn page only sets up the app around them.
 */
export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Later>
        <Header />
      </Later>
      <IosInstallHint />
      <StorageBanner />
      <RecoveredNotice />
      <UndoBanner />
      <Later>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary>
            <ScreenBoundary>
              <Router onRouteChange={focusAfterRoute}>
                <Route path="/" component={BrowseView} />
                <Route path="/questions" component={BrowseView} />
                <Route path="/q/:id" component={QuestionView} />
                <Route path="/guide" component={GuideView} />
                <Route path="/random" component={RandomQuestion} />
                <Route path="/my-questions/new" component={CustomQuestionForm} />
                <Route path="/my-questions/:id/edit" component={CustomQuestionForm} />
                <Route path="/stories" component={StoriesView} />
                <Route path="/stories/:id" component={StoryView} />
                <Route path="/storage" component={StorageView} />
                <Route path="/progress" component={ProgressView} />
                <Route path="/round" component={RoundView} />
                <Route default component={NotFound} />
              </Router>
            </ScreenBoundary>
          </ErrorBoundary>
        </main>
      </Later>
      <Later>
        <footer class="app-footer">
          <p>
            Everything you write and record stays on this device. {offlineReady.value ? 'Ready to work offline. ' : ''}
            {persisted.value === true && 'Your browser has agreed to keep your saved work. '}
            {persisted.value === false && 'Your browser may clear saved work if the device runs short of space. '}
            <a href="/storage">Storage and backup</a>
          </p>
          <NeedsAttention />
        </footer>
      </Later>
      <UpdateBanner />
      <SearchShortcut />
    </LocationProvider>
  );
}
