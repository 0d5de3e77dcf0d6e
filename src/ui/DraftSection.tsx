import { useEffect, useState } from 'preact/hooks';
import type { Framework, Question } from '../bank/types';
import { removeDraft } from '../practice/deletions';
import type { DraftSession } from '../practice/drafts';
import { DraftEditor } from './DraftEditor';

/** The draft editor, and deleting the draft with Undo: a fresh editor after each, so it reads the store anew. */
export function DraftSection({ question, frameworks }: { question: Question; frameworks: readonly Framework[] }) {
  const [generation, setGeneration] = useState(0);
  const [undo, setUndo] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);
  useEffect(() => setUndo(null), [question.id]);

  const onDelete = async (draft: DraftSession) => {
    await draft.flush(); // text still in the debounce is part of what Undo brings back
    const run = await removeDraft(question.id);
    if (!run) return;
    setGeneration((g) => g + 1);
    setUndo(() => run);
  };

  return (
    <>
      {undo && (
        <div class="banner" role="status">
          <span>Draft and its history deleted.</span>
          <button
            type="button"
            class="button"
            onClick={async () => {
              setUndo(null);
              await undo();
              setGeneration((g) => g + 1);
            }}
          >
            Undo
          </button>
        </div>
      )}
      <DraftEditor key={`${question.id}:${generation}`} question={question} frameworks={frameworks} onDelete={(draft) => void onDelete(draft)} />
    </>
  );
}
