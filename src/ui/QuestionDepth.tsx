import { useEffect } from 'preact/hooks';
import { Later } from './Later';
import type { Outline, Question } from '../bank/types';
import { depth, depthFailed as failed, ensureDepth } from './bank-state';

// Fetched as soon as the question page's code arrives, alongside the bank, so the page seldom grows after its first paint.
if (typeof window !== 'undefined') void ensureDepth();

/** What a response pattern is, said where one appears: a badge alone means nothing on a phone. */
const PATTERN_NOTE =
  'It is not a question you will be asked: it is a way of answering that interviewers reported as working. Study its shape and use it in your own answers.';

function OutlineDetails({ outline }: { outline: Outline }) {
  return (
    <details class="outline">
      <summary>{outline.category}: a strong answer, step by step</summary>
      <ol>
        {outline.strong.map((l) => (
          <li key={l.line}>
            {l.line}
            <span class="outline-why">Why: {l.why}</span>
          </li>
        ))}
      </ol>
      <h3 class="outline-weak-title">The weak answer it replaces</h3>
      <blockquote class="outline-weak">“{outline.weak.answer}”</blockquote>
      <p class="outline-why">Why it fails: {outline.weak.why}</p>
    </details>
  );
}

/**
 * The depth below a question's "what they're testing": the seed's own wording where the text rewords a
 * topic label, what a pattern is, the follow-ups an interviewer would dig with, and an outline of a
 * strong answer for each of its categories (data/depth.json, fetched on the first question page).
 */
export function QuestionDepth({ question }: { question: Question }) {
  useEffect(() => void ensureDepth(), []);
  const d = depth.value;
  const probes = d?.questions.find((q) => q.id === question.id)?.probes ?? question.followUps ?? [];
  const outlines = question.categories.map((c) => d?.outlines.find((o) => o.category === c)).filter((o): o is Outline => o !== undefined);

  return (
    <>
      {question.reportedAs && (
        <p class="reported-as" dir="auto">
          Reported as: “{question.reportedAs}”{' '}
          <span class="reported-as-note">Candidates noted the topic in these words; the question above is how an interviewer would ask it.</span>
        </p>
      )}
      {question.kind === 'pattern' && (
        <p class="pattern-note">
          <strong>Response pattern to study.</strong> {PATTERN_NOTE}
        </p>
      )}
      {failed.value && !d && <p class="hint">Follow-ups and answer outlines could not be loaded; reload to try again.</p>}
      {probes.length > 0 && (
        <Later>
          <section class="section" aria-labelledby="followups">
            <h2 id="followups">Follow-ups to expect</h2>
            <ul class="probes">
              {probes.map((p) => (
                <li key={p} dir="auto">
                  {p}
                </li>
              ))}
            </ul>
          </section>
        </Later>
      )}
      {outlines.length > 0 && (
        <Later>
          <section class="section" aria-labelledby="outline">
            <h2 id="outline">What a strong answer looks like</h2>
            {outlines.map((o) => (
              <OutlineDetails key={o.category} outline={o} />
            ))}
          </section>
        </Later>
      )}
    </>
  );
}
