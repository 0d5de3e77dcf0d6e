import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { link, loadStories, startStory, stories, storiesLoaded } from '../../practice/stories';
import { DraftFromStory } from './DraftFromStory';
import './stories.css';

const titleOf = (s: { title: string }) => s.title.trim() || 'Untitled story';

/** For a question page: the stories linked to this question, linking another, or starting one for it. */
export function LinkedStories({ questionId }: { questionId: string }) {
  const { route } = useLocation();
  const [choice, setChoice] = useState('');
  useEffect(() => {
    void loadStories();
  }, []);
  const all = stories.value;
  const linked = all.filter((s) => s.questionIds.includes(questionId));
  const others = all.filter((s) => !s.questionIds.includes(questionId));
  const chosen = others.some((s) => s.id === choice) ? choice : '';
  const ids = { select: `link-story-${questionId}`, title: `linked-stories-${questionId}` };

  async function onLink(event: Event) {
    event.preventDefault();
    if (chosen && (await link(chosen, questionId))) setChoice('');
  }

  // Written, and linked, on its first typed character.
  const newStory = () => route(`/stories/${startStory(questionId)}`);

  return (
    <section class="section linked-stories" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Your stories for this question</h2>
      {!storiesLoaded.value ? (
        <p class="skeleton">Loading…</p>
      ) : linked.length ? (
        <ul class="linked-list">
          {linked.map((s) => (
            <li key={s.id}>
              <a href={`/stories/${s.id}`} dir="auto">
                {titleOf(s)}
              </a>
              {s.metric && <span class="count"> · {s.metric}</span>}
              {Object.values(s.fields).some((t) => t.trim()) && <DraftFromStory questionId={questionId} story={s} title={titleOf(s)} />}
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No story linked yet. One reusable story often answers five or six questions.</p>
      )}
      {others.length > 0 && (
        <form class="field link-form" onSubmit={(e) => void onLink(e)}>
          <label for={ids.select}>Link one of your stories</label>
          <div class="row">
            <select id={ids.select} class="text-input" value={chosen} onChange={(e) => setChoice(e.currentTarget.value)}>
              <option value="">Choose a story…</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {titleOf(s)}
                </option>
              ))}
            </select>
            <button type="submit" class="button" disabled={!chosen}>
              Link
            </button>
          </div>
        </form>
      )}
      <p>
        <button type="button" class="button primary" onClick={newStory}>
          New story for this question
        </button>
      </p>
    </section>
  );
}
