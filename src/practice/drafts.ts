import { signal } from '@preact/signals';
import { addRevision, getDraft, listDrafts, saveDraft } from '../store/drafts';
import type { FrameworkId, Revision } from '../store/schema';
import { switchFramework } from '../shared/frameworks';
import { clampFields } from '../shared/limits';
import { browserDeps, sameFields, TIMING } from './editing/deps';
import type { EditorConfig } from './editing/machine';
import { openEditor, type ShellDeps, type StoreAdapter } from './editing/shell';
import { draftJournal, type DraftDoc } from './journal';
import { database, savedOwnWork } from './session';

export type { DraftDoc } from './journal';

/** Every draft's text by question, for search ("a query finds your own words"). */
export const draftTexts = signal<ReadonlyMap<string, string>>(new Map());
const joinFields = (fields: Record<string, string>) => Object.values(fields).filter(Boolean).join('\n');
function rememberText(questionId: string, fields: Record<string, string>) {
  draftTexts.value = new Map(draftTexts.value).set(questionId, joinFields(fields));
}
export async function loadDraftTexts(): Promise<void> {
  const db = await database();
  if (db) draftTexts.value = new Map((await listDrafts(db)).map((d) => [d.questionId, joinFields(d.fields)]));
}

const config: EditorConfig<DraftDoc> = {
  ...TIMING,
  clamp: (d) => {
    const fields = clampFields(d.fields);
    return fields === d.fields ? d : { ...d, fields };
  },
  equal: (a, b) => a.framework === b.framework && sameFields(a.fields, b.fields),
  isEmpty: (d) => !joinFields(d.fields).trim(),
  revisions: true,
};

const toDoc = (d: { framework: FrameworkId; fields: Record<string, string> }): DraftDoc => ({ framework: d.framework, fields: d.fields });

/** Drafts as the editing engine sees them: one per question, rev-checked, with History. */
export const draftAdapter: StoreAdapter<DraftDoc> = {
  kind: 'draft',
  empty: { framework: 'star', fields: {} },
  config,
  journal: draftJournal,
  async load(questionId) {
    const db = await database();
    if (!db) return { ok: false, problem: null }; // database() has reported why
    const draft = await getDraft(db, questionId);
    return { ok: true, stored: draft ? { doc: toDoc(draft), rev: draft.rev, updatedAt: draft.updatedAt } : null };
  },
  async save(questionId, doc, expectedRev) {
    const db = await database();
    if (!db) return { ok: false, problem: null };
    const result = await saveDraft(db, { questionId, ...doc }, expectedRev);
    if (result.ok) {
      rememberText(questionId, result.value.fields);
      savedOwnWork();
      return { ok: true, stored: { doc: toDoc(result.value), rev: result.value.rev } };
    }
    if ('current' in result) return { ok: false, current: { doc: toDoc(result.current), rev: result.current.rev } };
    return { ok: false, problem: result.problem };
  },
  async addRevision(questionId, doc, reason) {
    const db = await database();
    if (!db) return { ok: false, problem: null };
    const result = await addRevision(db, { questionId, ...doc, savedAt: Date.now(), reason });
    return result.ok ? { ok: true } : result;
  },
};

/** The drafts open on this page, so a linked story can fill the one shown. */
const openDrafts = new Map<string, DraftSession>();

/** One question's draft while its page is open: the editing engine, plus framework switch and restore. */
export function openDraft(questionId: string, deps: ShellDeps = browserDeps) {
  const session = openEditor(draftAdapter, questionId, deps);
  const draft = {
    ...session,
    dispose() {
      if (openDrafts.get(questionId) === draft) openDrafts.delete(questionId);
      session.dispose();
    },
    questionId,
    setFramework(next: FrameworkId) {
      if (next === session.state.value.doc.framework) return;
      // Text is carried across by meaning and every key is kept: switching back finds the parts as written. The text before goes to History.
      session.edit((d) => ({ framework: next, fields: switchFramework(d.fields, d.framework, next) }), 'framework-switch');
    },
    /** The current text goes to History first; fields of other frameworks stay. */
    async restore(revision: Revision) {
      session.edit((d) => ({ framework: revision.framework, fields: { ...d.fields, ...revision.fields } }), 'restore');
      await session.flush();
    },
  };
  openDrafts.set(questionId, draft);
  return draft;
}

export type DraftSession = ReturnType<typeof openDraft>;

/**
 * The open draft of `questionId` replaced by a story's framework and text. The draft's text goes to
 * History first (and every part left is emptied, not deleted from History). Resolves the draft as it
 * was, for Undo, or null when no draft is open or it is still loading.
 */
export async function draftFromStory(questionId: string, story: DraftDoc): Promise<DraftDoc | null> {
  const draft = openDrafts.get(questionId);
  if (!draft || draft.state.value.phase === 'loading') return null;
  const before = draft.state.value.doc;
  const cleared = Object.fromEntries(Object.keys(before.fields).map((key) => [key, '']));
  draft.edit({ framework: story.framework, fields: { ...cleared, ...story.fields } }, 'restore');
  await draft.flush();
  return before;
}

/** Undo of `draftFromStory`: the draft as it was (the story's text goes to History in turn). */
export async function undoDraftFromStory(questionId: string, before: DraftDoc): Promise<void> {
  const draft = openDrafts.get(questionId);
  if (!draft) return;
  const cleared = Object.fromEntries(Object.keys(draft.state.value.doc.fields).map((key) => [key, '']));
  draft.edit({ framework: before.framework, fields: { ...cleared, ...before.fields } }, 'restore');
  await draft.flush();
}
