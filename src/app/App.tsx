import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { BrowseView } from '../ui/BrowseView';
import { NotFound } from '../ui/NotFound';
import { IosInstallHint, InstallButton } from './InstallPrompt';
import { RecoveredNotice } from './RecoveredNotice';
import { StorageBanner } from './StorageBanner';
import { ThemeToggle } from './ThemeToggle';
import { UpdateBanner } from './UpdateBanner';
import { offlineReady } from './sw-state';
import { persisted } from '../practice/session';

// Screens past the first one load on demand (and are precached for offline use).
const QuestionView = lazy(() => import('../ui/QuestionView'));
const GuideView = lazy(() => import('../ui/GuideView'));
const RandomQuestion = lazy(() => import('../ui/RandomQuestion'));
const CustomQuestionForm = lazy(() => import('../ui/CustomQuestionForm'));
const StoriesView = lazy(() => import('../ui/stories/StoriesView'));
const StoryView = lazy(() => import('../ui/stories/StoryView'));
const StorageView = lazy(() => import('../ui/storage/StorageView'));

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
      {link('/guide', 'Guide', path === '/guide')}
    </nav>
  );
}

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <a class="brand" href="/" aria-label="Rehearse home">
          <img src="/icons/favicon.svg" alt="" width="28" height="28" />
          <span>Rehearse</span>
        </a>
        <Nav />
        <InstallButton />
        <ThemeToggle />
      </header>
      <IosInstallHint />
      <StorageBanner />
      <RecoveredNotice />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
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
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <p>
          Everything you write and record stays on this device. {offlineReady.value ? 'Ready to work offline. ' : ''}
          {persisted.value === true && 'Your browser has agreed to keep your saved work. '}
          {persisted.value === false && 'Your browser may clear saved work if the device runs short of space. '}
          <a href="/storage">Storage and backup</a>
        </p>
      </footer>
      <UpdateBanner />
    </LocationProvider>
  );
}
