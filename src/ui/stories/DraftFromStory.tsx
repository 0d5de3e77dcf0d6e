import { useState } from 'preact/hooks';
import { draftFromStory, undoDraftFromStory, type DraftDoc } from '../../practice/drafts';
import type { Story } from '../../practice/types';

interface Done {
  title: string;
  before: DraftDoc;
  hadText: boolean;
}

/** "Start my draft from this story": the story's parts fill the draft; earlier draft text goes to History first, with Undo. */
export function DraftFromStory({ questionId, story, title }: { questionId: string; story: Story; title: string }) {
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const [notYet, setNotYet] = useState(false);
  async function start() {
    setBusy(true);
    setNotYet(false);
    try {
      const before = await draftFromStory(questionId, { framework: story.framework, fields: story.fields });
      if (before) setDone({ title, before, hadText: Object.values(before.fields).some((t) => t.trim()) });
      else setNotYet(true); // the draft is not open yet: nothing was changed
    } catch (error) {
      console.error('Draft from story failed', error); // the draft's own save state says what was not saved
    } finally {
      setBusy(false);
    }
  }
  async function undo() {
    if (!done) return;
    setDone(null);
    await undoDraftFromStory(questionId, done.before);
  }
  return (
    <>
      <button type="button" class="button" disabled={busy} onClick={() => void start()}>
        Start my draft from this story
      </button>
      <p class="hint draft-from-story" role="status">
        {notYet && !done && 'Your draft is still opening; nothing was changed. Try again in a moment.'}
        {done &&
          (done.hadText ? (
            <>
              Draft replaced by “{done.title}”. Your earlier draft is in History.{' '}
              <button type="button" class="button" onClick={() => void undo()}>
                Undo
              </button>
            </>
          ) : (
            `Draft started from “${done.title}”.`
          ))}
      </p>
    </>
  );
}
