import { useEffect, useMemo } from 'preact/hooks';
import type { Framework, Question } from '../bank/types';
import { openDraft, type DraftSession, type SaveState } from '../practice/drafts';
import { countWords, speakingSeconds, targetSeconds } from '../practice/speaking-time';
import { count, duration, durationAdjective } from '../shared/format';
import type { FrameworkId } from '../store/schema';
import { DraftHistory } from './DraftHistory';
import { FrameworkFields, withFreeText } from './FrameworkFields';

const STATUS: Record<SaveState, string> = {
  loading: 'Loading your draft…',
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet — kept on screen, retrying',
  conflict: 'Changed in another tab — choose below',
};

export function DraftEditor({ question, frameworks }: { question: Question; frameworks: readonly Framework[] }) {
  const draft = useMemo<DraftSession>(() => openDraft(question.id), [question.id]);
  useEffect(() => () => draft.dispose(), [draft]);
  const all = withFreeText(frameworks, 'Answer', 'Write it your way.');
  const current = all.find((f) => f.id === draft.framework.value) ?? all[0]!;
  const fields = draft.fields.value;
  const words = current.fields.reduce((n, f) => n + countWords(fields[f.key] ?? ''), 0);
  const seconds = speakingSeconds(words);
  const target = targetSeconds(question.text);
  const state = draft.state.value;

  return (
    <div class="draft">
      {draft.recovered.value && <p class="note">Recovered text you typed before Rehearse closed; it is saved again now.</p>}
      {draft.conflict.value && (
        <div class="banner" role="alert">
          <span>This draft was changed in another tab. Your text here is not saved yet. Either way, the other version stays in History.</span>
          <span class="actions">
            <button type="button" class="button" onClick={() => void draft.takeTheirs()}>
              Use the other tab’s
            </button>
            <button type="button" class="button primary" onClick={() => void draft.keepMine()}>
              Keep mine
            </button>
          </span>
        </div>
      )}
      <FrameworkFields
        idPrefix="draft"
        legend="Answer framework"
        frameworks={all}
        framework={current.id as FrameworkId}
        fields={fields}
        disabled={state === 'loading'}
        onFramework={(id) => draft.setFramework(id)}
        onField={(key, text) => draft.edit(key, text)}
        onBlur={() => void draft.flush()}
      />
      <div class="draft-footer">
        <span>
          {count(words, 'word', 'words')} · about {duration(seconds)} spoken of a {durationAdjective(target)} target
          <meter min={0} max={target * 1.5} low={target * 0.5} high={target} optimum={target * 0.85} value={seconds} aria-label="Speaking time against the target" />
          {seconds > target && <strong> — over the target: cut the Situation first</strong>}
        </span>
        <span class={`save-state ${state}`} role="status" aria-live="polite">
          {STATUS[state]}
        </span>
      </div>
      {draft.problem.value && state === 'error' && <p class="note">{draft.problem.value.message}</p>}
      <DraftHistory draft={draft} />
    </div>
  );
}
