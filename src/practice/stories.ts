/** The story bank's use cases: the one place that reads and writes stories, and keeps the list fresh. */
import { signal } from '@preact/signals';
import { LIMITS } from '../shared/limits';
import { toStorageProblem, type Result } from '../store/errors';
import type { Story } from '../store/schema';
import { createStory, deleteStory, linkStory, listStories, newStoryId, unlinkStory, updateStory, type StoryPatch, type StoryText } from '../store/stories';
import { channel } from './editing/deps';
import { tabId } from './editing/tabs';
import { database, report, savedOwnWork, storageProblem } from './session';
import { storyJournal } from './journal';

/** Every story, most recently updated first. */
export const stories = signal<readonly Story[]>([]);
/** False until the first list has been read (the UI shows a skeleton, not "no stories"). */
export const storiesLoaded = signal(false);

export type StoryEdit = Omit<StoryPatch, 'questionIds'>;

// The editing engine's channel; editors ignore this kind.
const LIST = 'story-list';
channel?.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { kind?: string; from?: string } | null;
  if (m?.kind === LIST && m.from !== tabId) void loadStories();
});

export async function loadStories(): Promise<void> {
  const db = await database(); // null: the banner says why, and the pages show what they can
  try {
    if (db) stories.value = await listStories(db);
  } catch (error) {
    report(toStorageProblem(error)); // the list keeps what it showed
  } finally {
    storiesLoaded.value = true;
  }
}

const EMPTY: StoryText = { title: '', framework: 'star', fields: {}, tags: [], metric: '' };

/** A new story (empty STAR unless `text` is given), linked to `questionId` when given, in one write. Resolves its id, or null when it could not be stored. */
export async function createStoryFor(questionId?: string, text: StoryText = EMPTY): Promise<string | null> {
  const story = await write((db) => createStory(db, { ...text, questionIds: questionId ? [questionId] : [] }));
  return story ? story.id : null;
}

/**
 * Stories opened with "New story" and not written yet, with the questions they are for: a story is
 * written on its first typed character (or link), so leaving at once leaves no empty story behind.
 */
const unwritten = new Map<string, string[]>();

/** An id for a new story, written only once something is typed into it. */
export function startStory(questionId?: string): string {
  const id = newStoryId();
  unwritten.set(id, questionId ? [questionId] : []);
  return id;
}

/** A story started in this tab and not yet written; or, after a reload, one whose typed text is still in the journal. */
export function isUnwritten(id: string): boolean {
  if (!unwritten.has(id) && storyJournal.readAll(id).entries.length > 0 && !stories.value.some((s) => s.id === id)) unwritten.set(id, []);
  return unwritten.has(id);
}

/** An unwritten story as an empty story, for its editor. */
export function unwrittenStory(id: string, now = Date.now()): Story {
  return { id, ...EMPTY, questionIds: unwritten.get(id) ?? [], createdAt: now, updatedAt: now, rev: 0 };
}

/** Writes in flight, so a first save and a link made at once write the story once, not twice (the second would fail on the id). */
const writing = new Map<string, Promise<boolean>>();

/** Writes a started story (empty, rev 0, linked to its question) if it is not written yet. False when it could not be. */
export function writeStarted(id: string): Promise<boolean> {
  const questionIds = unwritten.get(id);
  if (!questionIds) return Promise.resolve(true);
  let pending = writing.get(id);
  if (!pending) {
    pending = write((db) => createStory(db, { ...EMPTY, questionIds }, Date.now(), id))
      .then((story) => {
        if (story) unwritten.delete(id);
        return Boolean(story);
      })
      .finally(() => writing.delete(id));
    writing.set(id, pending);
  }
  return pending;
}

/** One small transaction and no re-read of the list. Not rev-checked: for a story just created ("keep it as a new story"). */
export async function saveStory(id: string, patch: StoryEdit): Promise<boolean> {
  // Links change only through link/unlink, so a save from a stale editor cannot undo them.
  const { questionIds: _ignored, ...edit } = patch as StoryPatch;
  return Boolean(await write((db) => updateStory(db, id, edit)));
}

export async function link(storyId: string, questionId: string): Promise<boolean> {
  if (!(await writeStarted(storyId))) return false;
  return Boolean(await write((db) => linkStory(db, storyId, questionId)));
}

export async function unlink(storyId: string, questionId: string): Promise<boolean> {
  return Boolean(await write((db) => unlinkStory(db, storyId, questionId)));
}

export async function removeStory(id: string): Promise<boolean> {
  const db = await database();
  if (!db) return false;
  const result = await deleteStory(db, id);
  if (!result.ok) return failed(result.problem);
  stories.value = stories.value.filter((s) => s.id !== id);
  for (const entry of storyJournal.readAll(id).entries) storyJournal.remove(entry.key);
  announce(id);
  return true;
}

/** Runs one store call; on success the list is updated in place and other tabs are told. */
async function write(run: (db: NonNullable<Awaited<ReturnType<typeof database>>>) => Promise<Result<Story>>): Promise<Story | null> {
  const db = await database(); // null: database() has already reported why
  if (!db) return null;
  const result = await run(db);
  if (!result.ok) {
    failed(result.problem);
    return null;
  }
  written(result.value);
  return result.value;
}

/** After any write of a story: the list updated in place, a solved problem cleared, other tabs told. */
export function written(story: Story): void {
  stories.value = [story, ...stories.value.filter((s) => s.id !== story.id)];
  clearSolvedProblem();
  announce(story.id);
  savedOwnWork();
}

function failed(problem: Parameters<typeof report>[0]): false {
  report(problem);
  return false;
}

// A write that succeeds proves a full disk or a passing error is over; a version or tab problem is not.
function clearSolvedProblem(): void {
  const kind = storageProblem.value?.kind;
  if (kind === 'quota' || kind === 'unknown' || kind === 'unavailable' || kind === 'terminated') report(null);
}

function announce(id: string): void {
  try {
    channel?.postMessage({ kind: LIST, id, from: tabId });
  } catch {
    /* a closed channel: other tabs refresh on their next visit */
  }
}

/** Which typed tags the store will not keep whole: those past the 20th, and those cut to 40 characters. */
export function tagsNotKept(text: string): { dropped: string[]; cut: string[] } {
  const tags = parseTags(text);
  return { dropped: tags.slice(LIMITS.tagCount), cut: tags.slice(0, LIMITS.tagCount).filter((t) => t.length > LIMITS.tagLength) };
}

/** "evals, leadership,, Evals" → ["evals", "leadership"]: trimmed, no empties, first spelling of a repeat kept. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}
