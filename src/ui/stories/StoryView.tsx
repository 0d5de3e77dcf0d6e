import { useEffect, useRef, useState } from 'preact/hooks';
import { isUnwritten, loadStories, stories, unwrittenStory } from '../../practice/stories';
import type { Story } from '../../practice/types';
import { bankError, ensureGuidance, ensureQuestions, guidance } from '../bank-state';
import { StoryEditor } from './StoryEditor';
import './stories.css';

/** `/stories/:id`: one story's editor, or a plain message when there is no such story. */
export default function StoryView({ id }: { id: string }) {
  // Not "not found" until this visit's read is done: the story may come from another tab.
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    void loadStories().then(() => setChecked(true));
    void ensureGuidance();
    void ensureQuestions();
  }, [id]);
  const found = stories.value.find((s) => s.id === id);
  // Once open, the editor stays even if another tab deletes the story: its text must not vanish.
  const seen = useRef<Story | undefined>(undefined);
  if (seen.current?.id !== id) seen.current = undefined;
  if (found) seen.current = found;
  // "New story" opens an editor over a story not written yet: it is written on the first typed character.
  const unwritten = !found && !seen.current && isUnwritten(id);
  if (unwritten) seen.current = unwrittenStory(id);
  const story = found ?? seen.current;

  useEffect(() => {
    if (checked && !story) document.title = 'Story not found — Rehearse';
  }, [checked, story]);

  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if ((!checked && !story) || (story && !guidance.value)) return <p class="skeleton">Loading…</p>;
  const written = Boolean(found) || !isUnwritten(id);
  if (!story) {
    return (
      <>
        <h1>Story not found</h1>
        <p>There is no story at this address. It may have been deleted, or the link is from another device.</p>
        <a class="button primary" href="/stories">
          All stories
        </a>
      </>
    );
  }
  return <StoryEditor key={id} story={story} gone={written && !found} written={written} frameworks={guidance.value!.frameworks} />;
}
