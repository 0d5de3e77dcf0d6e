import { useState } from 'preact/hooks';
import type { Framework, Question } from '../bank/types';
import { removeDraft } from '../practice/deletions';
import type { DraftSession } from '../practice/drafts';
import { undoOffer } from '../practice/undo';
import { Later } from './Later';
import { DraftEditor } from './DraftEditor';
import { ReviewGrade } from './review/ReviewGrade';

/** The draft editor, and deleting the draft with Undo (in the app's undo bar): a fresh editor after each, so it reads the store anew. */
export function DraftSection({ question, frameworks }: { question: Question; frameworks: readonly Framework[] }) {
  const [generation, setGeneration] = useState(0);

  const onDelete = async (draft: DraftSession) => {
    await draft.flush(); // text still in the debounce is part of what Undo brings back
    const run = await removeDraft(question.id);
    if (!run) return;
    setGeneration((g) => g + 1);
    undoOffer.value = {
      label: 'Draft and its history deleted.',
      undo: async () => {
        await run();
        setGeneration((g) => g + 1);
      },
      // Back in the draft's first field, whether it came back or not.
      afterwards: () => document.querySelector<HTMLElement>('.draft textarea')?.focus(),
    };
  };

  return (
    <>
      <DraftEditor key={`${question.id}:${generation}`} question={question} frameworks={frameworks} onDelete={(draft) => void onDelete(draft)} />
      <Later>
        <ReviewGrade kind="question" itemId={question.id} />
      </Later>
    </>
  );
}
