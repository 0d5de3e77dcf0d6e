import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { loadStories, startStory, stories, storiesLoaded } from '../../practice/stories';
import type { Story } from '../../practice/types';
import { count, relativeDate } from '../../shared/format';
import { CoveragePanel } from './CoveragePanel';
import './stories.css';

/** `/stories`: the story bank, and which categories and companies it covers. */
export default function StoriesView() {
  const { route } = useLocation();
  useEffect(() => {
    document.title = 'Stories — Rehearse';
    void loadStories();
  }, []);

  // Nothing is written until something is typed: New story and Back leaves no empty story.
  const newStory = () => route(`/stories/${startStory()}`);

  const list = stories.value;
  return (
    <>
      <h1>Stories</h1>
      <p class="lede">
        Six to ten strong stories answer most behavioral questions. Write each one once — with the number that shows its impact — and link it to every question
        it can answer.
      </p>
      <p>
        <button type="button" class="button primary" onClick={newStory}>
          New story
        </button>
      </p>
      {!storiesLoaded.value ? (
        <p class="skeleton">Loading…</p>
      ) : list.length === 0 ? (
        <div class="card empty">
          <p>
            <strong>No stories yet.</strong>
          </p>
          <p>Start with the project you would most like to be asked about. At staff level, aim for 3–4 leadership and 2–3 collaboration stories.</p>
        </div>
      ) : (
        <>
          <h2 id="your-stories">Your stories</h2>
          <ul class="story-list" aria-labelledby="your-stories">
            {list.map((s) => (
              <StoryCard key={s.id} story={s} />
            ))}
          </ul>
          <CoveragePanel stories={list} />
        </>
      )}
    </>
  );
}

function StoryCard({ story }: { story: Story }) {
  return (
    <li class="card story-card">
      <h3>
        <a href={`/stories/${story.id}`} dir="auto">
          {story.title.trim() || 'Untitled story'}
        </a>
      </h3>
      {story.metric && (
        <p class="metric" dir="auto">
          {story.metric}
        </p>
      )}
      {story.tags.length > 0 && (
        <ul class="chips" aria-label="Tags">
          {story.tags.map((t) => (
            <li key={t}>
              <span class="chip">{t}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {story.questionIds.length ? `Linked to ${count(story.questionIds.length, 'question', 'questions')}` : 'Not linked to a question yet'} · Updated{' '}
        <time dateTime={new Date(story.updatedAt).toISOString()}>{relativeDate(story.updatedAt)}</time>
      </p>
    </li>
  );
}
