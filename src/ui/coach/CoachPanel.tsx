import type { Question } from '../../bank/types';
import type { Span } from '../../practice/coach/coach';
import { targetSeconds } from '../../practice/speaking-time';
import type { FrameworkId } from '../../shared/frameworks';
import { Checklist, RemarkList, ScoreLine } from './RemarkList';
import { coachRulesError, useCoaching } from './use-coaching';
import './coach.css';

export interface CoachPart {
  key: string;
  label: string;
  text: string;
}

export interface CoachPanelProps {
  question: Question;
  framework: FrameworkId;
  parts: readonly CoachPart[];
  /** The textarea of a part: the evidence is selected there. */
  fieldId: (key: string) => string;
}

/** Selects `span` in its field, found again if the text moved since the coach read it. */
function select(span: Span, id: string) {
  const field = document.getElementById(id);
  if (!(field instanceof HTMLTextAreaElement)) return;
  let start = span.start;
  if (field.value.slice(start, span.end) !== span.text) {
    const again = field.value.indexOf(span.text);
    if (again < 0) return field.focus();
    start = again;
  }
  field.focus();
  field.setSelectionRange(start, start + span.text.length);
}

/** The answer coach beside the draft: the score, what to fix (each remark's words selectable in the fields), and a checklist. */
export default function CoachPanel({ question, framework, parts, fieldId }: CoachPanelProps) {
  const key = `${framework}\u0000${parts.map((p) => p.text).join('\u0000')}`;
  const coaching = useCoaching({ framework, parts: parts.map(({ key, text }) => ({ key, text })), question, targetSeconds: targetSeconds(question.text) }, key);
  const texts = Object.fromEntries(parts.map((p) => [p.key, p.text]));
  const labels = Object.fromEntries(parts.map((p) => [p.key, p.label]));
  return (
    <aside class="coach" aria-labelledby="coach-title">
      <h3 id="coach-title">Answer coach</h3>
      {coachRulesError.value ? (
        <p class="note">{coachRulesError.value}</p>
      ) : !coaching ? (
        <p class="hint">Reading your answer…</p>
      ) : (
        <>
          <ScoreLine coaching={coaching} label="Coach score" />
          {coaching.score !== null && (
            <RemarkList
              coaching={coaching}
              texts={texts}
              labels={labels}
              idPrefix="coach"
              onSelect={(s) => select(s, fieldId(s.part))}
              onPart={(part) => document.getElementById(fieldId(part))?.focus()}
            />
          )}
          <Checklist items={coaching.checklist} />
        </>
      )}
    </aside>
  );
}
