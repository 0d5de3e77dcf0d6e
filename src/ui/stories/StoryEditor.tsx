import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Framework } from '../../bank/types';
import { createStoryFor, keepUnsaved, parseTags, removeStory, saveStory, unsavedEdit, type StoryEdit } from '../../practice/stories';
import type { FrameworkId, Story } from '../../store/schema';
import { FrameworkFields, withFreeText } from '../FrameworkFields';
import { StoryLinks } from './StoryLinks';
import { SAVE_STATUS, useAutosave } from './use-autosave';

/** What the form holds: tags stay as typed (commas and all) and become a list only when saved. */
interface Form {
  title: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  tags: string;
  metric: string;
}

const toEdit = (f: Form): Required<StoryEdit> => ({ title: f.title.trim(), framework: f.framework, fields: f.fields, tags: parseTags(f.tags), metric: f.metric.trim() });

export function StoryEditor({ story, gone, frameworks }: { story: Story; gone: boolean; frameworks: readonly Framework[] }) {
  const { route } = useLocation();
  // Text typed before the tab closed, that never reached IndexedDB, wins over the stored story.
  const [recovered] = useState(() => unsavedEdit(story));
  const [form, setForm] = useState<Form>(() => {
    const from = recovered ?? story;
    return { title: from.title, framework: from.framework, fields: from.fields, tags: from.tags.join(', '), metric: from.metric };
  });
  const latest = useRef(form); // two keystrokes before a render must not lose the first
  const [deleting, setDeleting] = useState(false);
  const lost = gone && !deleting;
  const autosave = useAutosave((f: Form) => saveStory(story.id, toEdit(f)));
  const edit = (patch: Partial<Form> | ((f: Form) => Partial<Form>)) => {
    const next = { ...latest.current, ...(typeof patch === 'function' ? patch(latest.current) : patch) };
    latest.current = next;
    setForm(next);
    if (gone) return;
    keepUnsaved(story.id, toEdit(next));
    autosave.change(next);
  };
  useEffect(() => {
    if (recovered) autosave.change(latest.current);
  }, []);
  const flush = () => void autosave.flush();
  const all = withFreeText(frameworks, 'Story', 'Tell it your way.');
  const heading = form.title.trim() || 'Untitled story';
  useEffect(() => {
    document.title = `${heading} — Stories — Rehearse`;
  }, [heading]);

  async function keepAsNew() {
    const id = await createStoryFor();
    if (id && (await saveStory(id, toEdit(latest.current)))) route(`/stories/${id}`, true);
  }

  async function deleteStory() {
    setDeleting(true);
    await autosave.cancel();
    if (await removeStory(story.id)) route('/stories');
    else setDeleting(false);
  }

  return (
    <article class="story-editor">
      <p class="back">
        <a href="/stories">← All stories</a>
      </p>
      <h1 dir="auto">{heading}</h1>
      {recovered && !gone && <p class="note">Recovered text you typed before Rehearse closed; it is saved again now.</p>}
      {lost && (
        <div class="note" role="alert">
          <p>This story was deleted in another tab. The text below is only on this screen now.</p>
          <button type="button" class="button primary" onClick={() => void keepAsNew()}>
            Keep it as a new story
          </button>
        </div>
      )}
      <div class="field">
        <label for="story-title">Title</label>
        <input id="story-title" class="text-input" dir="auto" type="text" value={form.title} onInput={(e) => edit({ title: e.currentTarget.value })} onBlur={flush} />
      </div>
      <FrameworkFields
        idPrefix="story-field"
        legend="Framework"
        frameworks={all}
        framework={form.framework}
        fields={form.fields}
        onFramework={(framework) => edit({ framework })}
        onField={(key, text) => edit((prev) => ({ fields: { ...prev.fields, [key]: text } }))}
        onBlur={flush}
      />
      <div class="field">
        <label for="story-metric">Metric</label>
        <p class="hint" id="story-metric-hint">
          The number that shows impact, e.g. “p95 latency 2.1 s → 600 ms”.
        </p>
        <input id="story-metric" class="text-input" dir="auto" type="text" aria-describedby="story-metric-hint" value={form.metric} onInput={(e) => edit({ metric: e.currentTarget.value })} onBlur={flush} />
      </div>
      <div class="field">
        <label for="story-tags">Tags</label>
        <p class="hint" id="story-tags-hint">
          Separated by commas, e.g. leadership, evals, conflict.
        </p>
        <input id="story-tags" class="text-input" dir="auto" type="text" aria-describedby="story-tags-hint" value={form.tags} onInput={(e) => edit({ tags: e.currentTarget.value })} onBlur={flush} />
      </div>
      <p class={`save-state ${autosave.status}`} role="status" aria-live="polite">
        {lost ? 'Not saved — deleted in another tab' : SAVE_STATUS[autosave.status]}
      </p>
      <StoryLinks storyId={story.id} questionIds={story.questionIds} disabled={gone} />
      {!gone && <DeleteStory onDelete={deleteStory} />}
    </article>
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
