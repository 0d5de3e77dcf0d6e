/** A story in its editor: the editing engine over stories (rev-checked saves of the text, no History). */
import { clampFields, clampText, LIMITS } from '../shared/limits';
import type { Story } from '../store/schema';
import { getStory, revOf, saveStoryText, type StoryText } from '../store/stories';
import { browserDeps, sameFields, TIMING } from './editing/deps';
import type { EditorConfig } from './editing/machine';
import { openEditor, type ShellDeps, type StoreAdapter } from './editing/shell';
import { storyJournal, type StoryDoc } from './journal';
import { database } from './session';
import { parseTags, removeStory, writeStarted, written } from './stories';

export type { StoryDoc } from './journal';

const toDoc = (s: StoryText): StoryDoc => ({ title: s.title, framework: s.framework, fields: s.fields, tags: s.tags.join(', '), metric: s.metric });
/** The editor's doc as the store keeps it: tags become a list, title and metric are trimmed. */
export const toStoryText = (d: StoryDoc): StoryText => ({
  title: d.title.trim(),
  framework: d.framework,
  fields: d.fields,
  tags: parseTags(d.tags),
  metric: d.metric.trim(),
});

const config: EditorConfig<StoryDoc> = {
  ...TIMING,
  clamp: (d) => {
    const next = {
      ...d,
      title: clampText(d.title, LIMITS.storyTitle),
      metric: clampText(d.metric, LIMITS.storyMetric),
      tags: clampText(d.tags, LIMITS.tagsText),
      fields: clampFields(d.fields),
    };
    return config.equal(next, d) ? d : next;
  },
  equal: (a, b) => a.title === b.title && a.framework === b.framework && a.tags === b.tags && a.metric === b.metric && sameFields(a.fields, b.fields),
  isEmpty: (d) => !d.title.trim() && !Object.values(d.fields).some((t) => t.trim()),
  revisions: false,
};

/** Stories as the editing engine sees them: rev-checked saves of their text, no History. */
export const storyAdapter: StoreAdapter<StoryDoc> = {
  kind: 'story',
  empty: { title: '', framework: 'star', fields: {}, tags: '', metric: '' },
  config,
  journal: storyJournal,
  async load(id) {
    const db = await database();
    if (!db) return { ok: false, problem: null }; // database() has reported why
    const story = await getStory(db, id);
    return { ok: true, stored: story ? { doc: toDoc(story), rev: revOf(story), updatedAt: story.updatedAt } : null };
  },
  async save(id, doc, expectedRev) {
    const db = await database();
    if (!db) return { ok: false, problem: null };
    if (!(await writeStarted(id))) return { ok: false, problem: null }; // a new story is written on its first save; writeStarted has reported why not
    const result = await saveStoryText(db, id, toStoryText(doc), expectedRev);
    if (result.ok) {
      written(result.value);
      return { ok: true, stored: { doc: toDoc(result.value), rev: revOf(result.value) } };
    }
    if ('gone' in result) return { ok: false, problem: null, gone: true };
    if ('current' in result) return { ok: false, current: { doc: toDoc(result.current), rev: revOf(result.current) } };
    return { ok: false, problem: result.problem };
  },
};

/** One story while its editor is open, starting from the copy in the list (no flash while it loads). */
export function openStory(story: Story, deps: ShellDeps = browserDeps) {
  return openEditor(storyAdapter, story.id, deps, toDoc(story));
}
export type StorySession = ReturnType<typeof openStory>;

/** Deletes the story open in `session`: its text is saved first and dropped only once the delete has succeeded. */
export async function deleteOpenStory(session: StorySession): Promise<boolean> {
  await session.flush();
  if (!(await removeStory(session.id))) return false; // the editor goes on saving what is typed
  await session.discard();
  return true;
}
