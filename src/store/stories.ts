/** Reusable stories, each linkable to many questions. */
import { clampFields, clampTags, clampText, LIMITS } from '../shared/limits.ts';
import { checkRecord, keepValid } from './checked.ts';
import { randomId, tx } from './db.ts';
import { problem, type Result, type StorageProblem } from './errors.ts';
import { reviewId } from './reviews.ts';
import { INDEXES, STORES, type RehearseDb, type Story } from './schema.ts';

export type StoryInput = Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'rev'>;
export type StoryPatch = Partial<StoryInput>;
/** What the story editor writes: everything but the links, which change only through link/unlink. */
export type StoryText = Pick<Story, 'title' | 'framework' | 'fields' | 'tags' | 'metric'>;

/** Another tab saved this story's text since we read it; `current` is what it wrote. */
export interface StoryConflict {
  ok: false;
  problem: StorageProblem & { kind: 'conflict' };
  current: Story;
}

/** The story was deleted (in another tab) since it was read. */
export interface StoryGone {
  ok: false;
  gone: true;
}

/** A missing rev is a record from before revs: 0. */
export const revOf = (story: Story): number => story.rev ?? 0;

// The editor clamps too; this holds for every writer (an import, an older tab).
function clamped<T extends StoryPatch>(s: T): T {
  const out = { ...s };
  if (out.title !== undefined) out.title = clampText(out.title, LIMITS.storyTitle);
  if (out.metric !== undefined) out.metric = clampText(out.metric, LIMITS.storyMetric);
  if (out.fields !== undefined) out.fields = clampFields(out.fields);
  if (out.tags !== undefined) out.tags = clampTags(out.tags);
  return out;
}

export const STORY_GONE = 'This story was deleted in another tab.';
const UNREADABLE = 'The stored copy of this story could not be read; it is kept as it is, and your text here is not saved over it.';

export const newStoryId = (): string => `story-${randomId(12)}`;

/** `id`: one handed out by `newStoryId` before the story is written (it is written on its first typed character). */
export function createStory(db: RehearseDb, input: StoryInput, now = Date.now(), id = newStoryId()): Promise<Result<Story>> {
  const story: Story = {
    ...clamped(input),
    rev: 0,
    questionIds: unique(input.questionIds),
    id,
    createdAt: now,
    updatedAt: now,
  };
  return tx(db, [STORES.stories], 'readwrite', async (t) => {
    await t.objectStore(STORES.stories).add(story);
    return story;
  });
}

export async function getStory(db: RehearseDb, id: string): Promise<Story | undefined> {
  return checkRecord('story', await db.get(STORES.stories, id));
}

/** Most recently updated first. The whole store, not the byUpdated index: a story without a date is not in the index but must be reported. */
export async function listStories(db: RehearseDb): Promise<Story[]> {
  // Reversed first so that ties stay in the order the index gave them (higher key first).
  return keepValid('story', await db.getAll(STORES.stories))
    .reverse()
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Read, change and write in one transaction so a concurrent edit of another field is not undone. */
async function change(db: RehearseDb, id: string, edit: (story: Story) => Story, now: number): Promise<Result<Story>> {
  const result = await tx(db, [STORES.stories], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.stories);
    const stored = await store.get(id);
    if (!stored) return undefined;
    // updatedAt always moves: import merging relies on it to spot the newer copy.
    const next: Story = { ...edit(stored), id, createdAt: stored.createdAt, updatedAt: now };
    await store.put(next);
    return next;
  });
  if (!result.ok) return result;
  if (!result.value) return { ok: false, problem: problem('conflict', undefined, STORY_GONE) };
  return { ok: true, value: result.value };
}

export function updateStory(db: RehearseDb, id: string, patch: StoryPatch, now = Date.now()): Promise<Result<Story>> {
  // Its text changed: the rev moves, so an editor open in another tab notices.
  return change(db, id, (s) => ({ ...s, ...clamped(patch), questionIds: unique(patch.questionIds ?? s.questionIds), rev: revOf(s) + 1 }), now);
}

/**
 * Saves the editor's text only if the stored rev is still `expectedRev`, in one transaction so two
 * tabs cannot both win; the links stay as stored.
 */
export async function saveStoryText(
  db: RehearseDb,
  id: string,
  text: StoryText,
  expectedRev: number,
  now = Date.now(),
): Promise<Result<Story> | StoryConflict | StoryGone> {
  const outcome = await tx(db, [STORES.stories], 'readwrite', async (t) => {
    const store = t.objectStore(STORES.stories);
    const raw = await store.get(id);
    if (raw === undefined) return { gone: true as const };
    const stored = checkRecord('story', raw); // a record that does not fit is reported, and never overwritten
    if (!stored) return { unreadable: true as const };
    if (revOf(stored) !== expectedRev) return { conflict: stored };
    // Fields merge over the stored ones, as drafts do: a framework part this editor never had stays.
    const { title, framework, fields, tags, metric } = clamped({ ...text, fields: { ...stored.fields, ...text.fields } });
    const saved: Story = { ...stored, title, framework, fields, tags, metric, rev: expectedRev + 1, updatedAt: now };
    await store.put(saved);
    return { saved };
  });
  if (!outcome.ok) return outcome;
  if ('gone' in outcome.value) return { ok: false, gone: true };
  if ('unreadable' in outcome.value) return { ok: false, problem: problem('unknown', undefined, UNREADABLE) };
  if ('conflict' in outcome.value) return { ok: false, problem: problem('conflict') as StoryConflict['problem'], current: outcome.value.conflict };
  return { ok: true, value: outcome.value.saved };
}

export function linkStory(db: RehearseDb, storyId: string, questionId: string, now = Date.now()): Promise<Result<Story>> {
  return change(db, storyId, (s) => ({ ...s, questionIds: unique([...s.questionIds, questionId]) }), now);
}

export function unlinkStory(db: RehearseDb, storyId: string, questionId: string, now = Date.now()): Promise<Result<Story>> {
  return change(db, storyId, (s) => ({ ...s, questionIds: s.questionIds.filter((q) => q !== questionId) }), now);
}

/** The story and its review schedule, together. */
export function deleteStory(db: RehearseDb, id: string): Promise<Result<void>> {
  return tx(db, [STORES.stories, STORES.reviews], 'readwrite', async (t) => {
    await Promise.all([t.objectStore(STORES.stories).delete(id), t.objectStore(STORES.reviews).delete(reviewId('story', id))]);
  });
}

/** Via the multiEntry index: one lookup, however many stories there are. */
export async function storiesForQuestion(db: RehearseDb, questionId: string): Promise<Story[]> {
  return keepValid('story', await db.getAllFromIndex(STORES.stories, INDEXES.storiesByLinkedQuestion, questionId));
}

// A duplicate id in a multiEntry array is harmless to the index but shows twice in the UI.
function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
