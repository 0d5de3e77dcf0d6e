/** Deleting a custom question with everything it owns, or one draft, each with an Undo that puts it all back. */
import { deleteCustomQuestion } from '../store/custom-questions';
import { addRevision, deleteDraft, getDraft, restoreDraft } from '../store/drafts';
import { restoreQuestionRecords } from '../store/question-records';
import { loadCustomQuestions } from './custom-questions';
import { loadDraftTexts } from './drafts';
import { loadReviews } from './review';
import { draftJournal, putBack } from './journal';
import { loadStories } from './stories';
import { loadTakes } from './takes';
import { database, report } from './session';
import { undoOffer } from './undo';

async function refresh(questionId: string): Promise<void> {
  await Promise.all([loadCustomQuestions(true), loadDraftTexts(), loadStories(), loadTakes(questionId), loadReviews(true)]);
}

/** Deletes the question and all it owns in one transaction; true when done, and an Undo is offered. */
export async function removeCustomQuestion(id: string, text: string): Promise<boolean> {
  const db = await database();
  if (!db) return false;
  const result = await deleteCustomQuestion(db, id);
  if (!result.ok) {
    report(result.problem);
    return false;
  }
  const journal = draftJournal.take(id); // every tab's entry: not 'custom-a-b' when deleting 'custom-a'
  await refresh(id);
  undoOffer.value = {
    label: `\u201c${text}\u201d and its draft, takes and story links deleted.`,
    undo: async () => {
      const back = await restoreQuestionRecords(db, result.value);
      if (!back.ok) return report(back.problem);
      putBack(journal);
      await refresh(id);
    },
  };
  return true;
}

/** Deletes a question's draft and its history; resolves the Undo, or null when nothing was deleted. */
export async function removeDraft(questionId: string): Promise<(() => Promise<void>) | null> {
  const db = await database();
  if (!db) return null;
  const result = await deleteDraft(db, questionId);
  if (!result.ok) {
    report(result.problem);
    return null;
  }
  const journal = draftJournal.take(questionId);
  await loadDraftTexts();
  return async () => {
    // Text written since the delete is not thrown away by the Undo: it goes to History.
    const since = await getDraft(db, questionId);
    if (since) {
      const kept = await addRevision(db, { questionId, framework: since.framework, fields: since.fields, savedAt: Date.now(), reason: 'manual' });
      if (!kept.ok) return report(kept.problem); // the Undo stops rather than overwrite text it could not keep
    }
    const back = await restoreDraft(db, result.value);
    if (!back.ok) return report(back.problem);
    putBack(journal);
    await loadDraftTexts();
  };
}
