import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Framework } from '../../bank/types';
import { GONE_TEXT } from '../../practice/editing/messages';
import { createStoryFor, tagsNotKept } from '../../practice/stories';
import { deleteOpenStory, openStory, toStoryText, type StoryDoc } from '../../practice/story-editing';
import { switchFramework } from '../../shared/frameworks';
import { LIMITS } from '../../shared/limits';
import type { Story } from '../../practice/types';
import { describedBy, FrameworkFields, LimitCounter, limitedValue, withFreeText } from '../FrameworkFields';
import { SaveNotices, SaveStatus } from '../SaveNotices';
import { ReviewGrade } from '../review/ReviewGrade';
import { StoryLinks } from './StoryLinks';

type TextKey = 'title' | 'metric' | 'tags';
const MAX: Record<TextKey, number> = { title: LIMITS.storyTitle, metric: LIMITS.storyMetric, tags: LIMITS.tagsText };

/**
 * A view over the editing engine; `gone`: another tab deleted the story, the text stays on screen;
 * `written`: false for a new story until its first typed character is saved.
 */
export function StoryEditor({ story, gone, written = true, frameworks }: { story: Story; gone: boolean; written?: boolean; frameworks: readonly Framework[] }) {
  const { route } = useLocation();
  const [session] = useState(() => openStory(story)); // StoryView keys the editor by story id
  useEffect(() => () => session.dispose(), [session]);
  const [deleting, setDeleting] = useState(false);
  useEffect(() => {
    if (gone && !deleting) session.gone();
  }, [gone, deleting, session]);
  const lost = gone && !deleting;
  const { doc, phase } = session.state.value;
  const edit = (patch: Partial<StoryDoc>) => session.edit((d) => ({ ...d, ...patch }));
  const flush = () => void session.flush();
  const all = withFreeText(frameworks, 'Story', 'Tell it your way.');
  const heading = doc.title.trim() || 'Untitled story';
  useEffect(() => {
    document.title = `${heading} — Stories — Rehearse`;
  }, [heading]);

  async function keepAsNew() {
    const id = await createStoryFor(undefined, toStoryText(session.state.value.doc));
    if (id) route(`/stories/${id}`, true);
  }

  async function deleteStory() {
    setDeleting(true);
    if (await deleteOpenStory(session)) route('/stories');
    else setDeleting(false);
  }

  const textField = (key: TextKey, label: string, hint?: string) => (
    <div class="field">
      <label for={`story-${key}`}>{label}</label>
      {hint && (
        <p class="hint" id={`story-${key}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={`story-${key}`}
        class="text-input"
        type="text"
        dir="auto"
        aria-describedby={describedBy(hint ? `story-${key}-hint` : null, `story-${key}-count`, doc[key].length, MAX[key])}
        maxLength={MAX[key]}
        value={doc[key]}
        disabled={phase === 'loading'}
        onInput={(e) => edit({ [key]: limitedValue(e.currentTarget, MAX[key]) })}
        onBlur={flush}
      />
      <LimitCounter id={`story-${key}-count`} length={doc[key].length} max={MAX[key]} />
    </div>
  );

  return (
    <article class="story-editor">
      <p class="back">
        <a href="/stories">← All stories</a>
      </p>
      <h1 dir="auto">{heading}</h1>
      <SaveNotices session={session} history={false} />
      {lost && (
        <div class="note" role="alert">
          <p>{GONE_TEXT}</p>
          <button type="button" class="button primary" onClick={() => void keepAsNew()}>
            Keep it as a new story
          </button>
        </div>
      )}
      {textField('title', 'Title')}
      <FrameworkFields
        idPrefix="story-field"
        legend="Framework"
        frameworks={all}
        framework={doc.framework}
        fields={doc.fields}
        disabled={phase === 'loading'}
        onFramework={(framework) => session.edit((d) => ({ ...d, framework, fields: switchFramework(d.fields, d.framework, framework) }))}
        onField={(key, text) => session.edit((d) => ({ ...d, fields: { ...d.fields, [key]: text } }))}
        onBlur={flush}
      />
      {textField('metric', 'Metric', 'The number that shows impact, e.g. “p95 latency 2.1 s → 600 ms”.')}
      {textField('tags', 'Tags', 'Separated by commas, e.g. leadership, evals, conflict.')}
      <TagsNotKept text={doc.tags} />
      <SaveStatus session={session} as="p" />
      <StoryLinks storyId={story.id} questionIds={story.questionIds} disabled={gone} />
      {!gone && written && (
        <section class="section" aria-labelledby="review-story">
          <h2 id="review-story">Review</h2>
          <p class="hint">Tell it out loud from memory, then grade how well you knew it: it comes back just before you would forget it.</p>
          <ReviewGrade kind="story" itemId={story.id} />
        </section>
      )}
      {!gone && written && <DeleteStory onDelete={deleteStory} />}
    </article>
  );
}

/** The store keeps 20 tags of 40 characters: say which typed ones it will not keep whole, instead of a silent "Saved". */
function TagsNotKept({ text }: { text: string }) {
  const { dropped, cut } = tagsNotKept(text);
  if (!dropped.length && !cut.length) return null;
  return (
    <p class="hint tags-not-kept" role="status">
      {dropped.length > 0 && `Only the first ${LIMITS.tagCount} tags are kept; not kept: ${dropped.join(', ')}. `}
      {cut.length > 0 && `Tags are cut to ${LIMITS.tagLength} characters: ${cut.join(', ')}.`}
    </p>
  );
}

/** Two steps instead of window.confirm: the second button says what it does. */
function DeleteStory({ onDelete }: { onDelete: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const confirm = () => {
    setBusy(true);
    void onDelete().finally(() => setBusy(false));
  };
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  return (
    <section class="section danger-zone" aria-labelledby="delete-story">
      <h2 id="delete-story">Delete</h2>
      {asking ? (
        <div class="row">
          <button ref={confirmRef} type="button" class="button danger" disabled={busy} onClick={confirm}>
            Delete story — confirm
          </button>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setAsking(true)}>
          Delete story
        </button>
      )}
      <p class="hint">Deleting removes the story and its links; the questions and your drafts stay.</p>
    </section>
  );
}
