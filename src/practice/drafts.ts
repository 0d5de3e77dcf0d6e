import { batch, signal } from '@preact/signals';
import { holdUpdates } from './update-guard';
import { addRevision, getDraft, listDrafts, saveDraft } from '../store/drafts';
import type { StorageProblem } from '../store/errors';
import type { Draft, FrameworkId, Revision } from '../store/schema';
import { draftJournal } from './journal';
import { askToPersist, database, report } from './session';

export type SaveState = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

const SAVE_DELAY_MS = 400;
const REVISION_EVERY_MS = 5 * 60_000;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('rehearse-drafts') : null;
const tabId = Math.random().toString(36).slice(2);

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

/** One question's draft while its page is open: edits are journalled at once, saved debounced, flushed on leave. */
export function openDraft(questionId: string) {
  const framework = signal<FrameworkId>('star');
  const fields = signal<Record<string, string>>({});
  const state = signal<SaveState>('loading');
  const problem = signal<StorageProblem | null>(null);
  /** The other tab's newer draft, while the user chooses. */
  const conflict = signal<Draft | null>(null);
  const recovered = signal(false);
  let rev = 0;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | null = null;
  let retryMs = 2000;
  let lastRevisionAt = 0;
  let release: (() => void) | null = null;

  const markDirty = () => {
    dirty = true;
    release ??= holdUpdates('unsaved text');
    draftJournal.write(questionId, { framework: framework.value, fields: fields.value, baseRev: rev, at: Date.now() });
    if (state.value !== 'conflict' && state.value !== 'error') state.value = 'pending';
    clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  };

  async function snapshot(reason: Revision['reason'], f = framework.value, fs = fields.value) {
    const db = await database();
    if (db && joinFields(fs).trim()) await addRevision(db, { questionId, framework: f, fields: fs, savedAt: Date.now(), reason });
  }

  async function save(force = false): Promise<void> {
    if (saving) return saving.then(() => (dirty ? save(force) : undefined));
    if (!dirty || (state.value === 'conflict' && !force)) return;
    saving = (async () => {
      const db = await database();
      if (!db) return fail(null);
      dirty = false;
      state.value = 'saving';
      const sent = fields.value;
      const result = await saveDraft(db, { questionId, framework: framework.value, fields: sent }, force && conflict.value ? conflict.value.rev : rev);
      if (result.ok) {
        rev = result.value.rev;
        retryMs = 2000;
        if (!dirty) {
          draftJournal.clear(questionId);
          release?.();
          release = null;
        }
        batch(() => {
          state.value = dirty ? 'pending' : 'saved';
          problem.value = null;
          conflict.value = null;
        });
        if (problem.value === null) report(null);
        rememberText(questionId, sent);
        channel?.postMessage({ questionId, rev, from: tabId });
        void askToPersist();
        if (Date.now() - lastRevisionAt > REVISION_EVERY_MS) {
          lastRevisionAt = Date.now();
          await snapshot('autosave', result.value.framework, result.value.fields);
        }
      } else if ('current' in result) {
        dirty = true;
        batch(() => {
          conflict.value = result.current;
          state.value = 'conflict';
        });
      } else fail(result.problem);
    })().finally(() => (saving = null));
    return saving;
  }

  function fail(p: StorageProblem | null) {
    dirty = true; // the text stays on screen and in the journal; try again later
    batch(() => {
      state.value = 'error';
      problem.value = p;
    });
    if (p) report(p);
    clearTimeout(timer);
    timer = setTimeout(() => void save(), retryMs);
    retryMs = Math.min(retryMs * 2, 30_000);
  }

  function adopt(draft: Draft | undefined) {
    rev = draft?.rev ?? 0;
    batch(() => {
      framework.value = draft?.framework ?? 'star';
      fields.value = draft?.fields ?? {};
    });
  }

  async function load() {
    const db = await database();
    const stored = db ? await getDraft(db, questionId) : undefined;
    if (dirty) return; // the user typed while we loaded: their text wins, saved over the stored rev
    adopt(stored);
    state.value = db ? 'idle' : 'error';
    const pending = draftJournal.read(questionId);
    if (pending && joinFields(pending.fields) !== joinFields(stored?.fields ?? {})) {
      // Text typed before the tab closed and never reached IndexedDB.
      recovered.value = true;
      batch(() => {
        framework.value = pending.framework;
        fields.value = { ...stored?.fields, ...pending.fields };
      });
      if (pending.baseRev !== rev && stored) {
        dirty = true;
        conflict.value = stored;
        state.value = 'conflict';
      } else markDirty();
    } else if (pending) draftJournal.clear(questionId);
  }

  const onMessage = (event: MessageEvent<{ questionId: string; rev: number; from: string }>) => {
    const m = event.data;
    if (m.questionId !== questionId || m.from === tabId || m.rev <= rev) return;
    void database().then(async (db) => {
      const fresh = db ? await getDraft(db, questionId) : undefined;
      if (!fresh || fresh.rev <= rev) return;
      if (dirty) {
        conflict.value = fresh; // both tabs changed it: the user picks, nothing is overwritten silently
        state.value = 'conflict';
      } else {
        adopt(fresh);
        state.value = 'saved';
      }
    });
  };
  channel?.addEventListener('message', onMessage);
  const flushNow = () => void save();
  const onHidden = () => document.visibilityState === 'hidden' && flushNow();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onHidden);
  void load();

  return {
    questionId,
    framework,
    fields,
    state,
    problem,
    conflict,
    recovered,
    edit(key: string, text: string) {
      fields.value = { ...fields.value, [key]: text };
      markDirty();
    },
    setFramework(next: FrameworkId) {
      if (next === framework.value) return;
      void snapshot('framework-switch', framework.value, fields.value);
      framework.value = next; // fields keep every key: switching back finds the text again
      markDirty();
    },
    flush: () => save(),
    /** Conflict: keep this tab's text; the other tab's goes to history first. */
    async keepMine() {
      const theirs = conflict.value;
      if (theirs) await snapshot('manual', theirs.framework, theirs.fields);
      dirty = true;
      await save(true);
    },
    /** Conflict: take the other tab's text; ours goes to history first. */
    async takeTheirs() {
      const theirs = conflict.value;
      if (!theirs) return;
      await snapshot('manual');
      dirty = false;
      draftJournal.clear(questionId);
      adopt(theirs);
      batch(() => {
        conflict.value = null;
        state.value = 'saved';
      });
      release?.();
      release = null;
    },
    async restore(revision: Revision) {
      await snapshot('restore');
      batch(() => {
        framework.value = revision.framework;
        fields.value = { ...fields.value, ...revision.fields };
      });
      markDirty();
      await save();
    },
    dispose() {
      void save();
      channel?.removeEventListener('message', onMessage);
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}

export type DraftSession = ReturnType<typeof openDraft>;
