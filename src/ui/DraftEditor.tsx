import { useEffect, useMemo } from 'preact/hooks';
import type { Framework, Question } from '../bank/types';
import { openDraft, type DraftSession } from '../practice/drafts';
import { countWords, speakingSeconds, targetSeconds } from '../practice/speaking-time';
import { count, duration, durationAdjective } from '../shared/format';
import { partText, shownText, type FrameworkId } from '../shared/frameworks';
import { CoachSlot } from './coach/CoachSlot';
import { DraftHistory } from './DraftHistory';
import { FrameworkFields, withFreeText } from './FrameworkFields';
import { SaveNotices, SaveStatus } from './SaveNotices';

/** A view over the editing engine: the fields, the speaking time, the save state. */
export function DraftEditor({
  question,
  frameworks,
  onDelete,
}: {
  question: Question;
  frameworks: readonly Framework[];
  onDelete?: (draft: DraftSession) => void;
}) {
  const draft = useMemo<DraftSession>(() => openDraft(question.id), [question.id]);
  useEffect(() => () => draft.dispose(), [draft]);
  const all = withFreeText(frameworks, 'Answer', 'Write it your way.');
  const { doc, phase } = draft.state.value; // why a save failed: the storage banner says it, once
  const current = all.find((f) => f.id === doc.framework) ?? all[0]!;
  const fields = doc.fields;
  // What is shown counts, not text kept out of view by a framework switch.
  const words = shownText(fields, current.id as FrameworkId).reduce((n, text) => n + countWords(text), 0);
  const seconds = speakingSeconds(words);
  const target = targetSeconds(question.text);

  return (
    <div class="draft">
      <SaveNotices session={draft} history />
      <div class="draft-layout">
        <div class="draft-main">
          <FrameworkFields
            idPrefix="draft"
            legend="Answer framework"
            frameworks={all}
            framework={current.id as FrameworkId}
            fields={fields}
            disabled={phase === 'loading'}
            onFramework={(id) => draft.setFramework(id)}
            onField={(key, text) => draft.edit((d) => ({ ...d, fields: { ...d.fields, [key]: text } }))}
            onBlur={() => void draft.flush()}
          />
          <div class="draft-footer">
            <span>
              {count(words, 'word', 'words')} · about {duration(seconds)} spoken of a {durationAdjective(target)} target
              <meter
                min={0}
                max={target * 1.5}
                low={target * 0.5}
                high={target}
                optimum={target * 0.85}
                value={seconds}
                aria-label="Speaking time against the target"
              />
              {seconds > target && <strong> — over the target: cut the Situation first</strong>}
            </span>
            <SaveStatus session={draft} />
          </div>
        </div>
        {phase !== 'loading' && (
          <CoachSlot
            question={question}
            framework={current.id as FrameworkId}
            parts={current.fields.map((f) => ({ key: f.key, label: f.label, text: partText(fields, current.id as FrameworkId, f.key) }))}
            fieldId={(key) => `draft-${key}`}
          />
        )}
      </div>
      {onDelete && phase !== 'loading' && Object.values(fields).some((t) => t.trim()) && (
        <button type="button" class="button" onClick={() => onDelete(draft)}>
          Delete draft
        </button>
      )}
      <DraftHistory draft={draft} />
    </div>
  );
}
