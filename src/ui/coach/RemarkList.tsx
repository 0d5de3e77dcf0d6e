import type { Coaching, Remark, Span } from '../../practice/coach/coach';
import { guidance } from '../bank-state';

const SEVERITY_LABEL: Record<Remark['severity'], string> = { severe: 'Fix', suggest: 'Suggestion', info: 'Note' };
const SHOWN_SPANS = 4;
const CONTEXT = 24;

/** The guide's anchor for an insight or framework id, and its title. */
function guideLink(id: string): { href: string; title: string } {
  const g = guidance.value;
  const insight = g?.insights.find((i) => i.id === id);
  if (insight) return { href: `/guide#${insight.id}`, title: insight.title };
  const framework = g?.frameworks.find((f) => f.id === id);
  return { href: framework ? `/guide#fw-${framework.id}` : '/guide', title: framework ? `The ${framework.name} framework` : 'The guide' };
}

/** "…and we decided to…": the words with a little of the text around them. */
function Snippet({ span, text }: { span: Span; text: string }) {
  // A little context either side, cut at a space so no word shows in part.
  let from = Math.max(0, span.start - CONTEXT);
  const space = from > 0 ? text.indexOf(' ', from) : -1;
  if (space >= 0 && space < span.start) from = space + 1;
  let to = Math.min(text.length, span.end + CONTEXT);
  const last = to < text.length ? text.lastIndexOf(' ', to) : -1;
  if (last > span.end) to = last;
  return (
    <>
      {from > 0 && '…'}
      {text.slice(from, span.start)}
      <mark>{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to)}
      {to < text.length && '…'}
    </>
  );
}

interface Props {
  coaching: Coaching;
  /** The text of each part, by key, to quote the evidence from. */
  texts: Readonly<Record<string, string>>;
  /** Part labels by key ("Action"); none for a transcript. */
  labels?: Readonly<Record<string, string>>;
  /** Select the words in their field (drafts); without it the evidence is only quoted (transcripts). */
  onSelect?: ((span: Span) => void) | undefined;
  /** Go to a field that a remark is about (an empty Result). */
  onPart?: ((part: string) => void) | undefined;
  idPrefix: string;
}

/** Each remark: what to fix, the words it found (each a button that selects them), and why, with the guide's entry. */
export function RemarkList({ coaching, texts, labels, onSelect, onPart, idPrefix }: Props) {
  const order = { severe: 0, suggest: 1, info: 2 } as const;
  const remarks = [...coaching.remarks].sort((a, b) => order[a.severity] - order[b.severity]);
  if (!remarks.length) return <p class="coach-quiet">Nothing to fix: this answer has what interviewers listen for.</p>;
  return (
    <ul class="remarks">
      {remarks.map((r) => {
        const link = guideLink(r.guidanceId);
        const shown = r.evidence.slice(0, SHOWN_SPANS);
        return (
          <li key={r.rule} class={`remark remark-${r.severity}`} data-rule={r.rule}>
            <p class="remark-message">
              <span class="remark-severity">{SEVERITY_LABEL[r.severity]}:</span> {r.message}
            </p>
            {shown.length > 0 && (
              <ul class="evidence" aria-label="Where">
                {shown.map((s, n) => {
                  const where = labels?.[s.part];
                  const content = (
                    <>
                      {where && <span class="evidence-part">{where}: </span>}
                      <Snippet span={s} text={texts[s.part] ?? ''} />
                    </>
                  );
                  return (
                    <li key={`${s.part}:${s.start}:${n}`}>
                      {onSelect ? (
                        <button
                          type="button"
                          class="evidence-button"
                          aria-label={`Select “${s.text}”${where ? ` in ${where}` : ''}`}
                          onClick={() => onSelect(s)}
                        >
                          {content}
                        </button>
                      ) : (
                        <span class="evidence-quote">{content}</span>
                      )}
                    </li>
                  );
                })}
                {r.evidence.length > shown.length && <li class="hint">and {r.evidence.length - shown.length} more</li>}
              </ul>
            )}
            {!shown.length && r.part && onPart && labels?.[r.part] && (
              <button type="button" class="link-button" onClick={() => onPart(r.part!)}>
                Go to {labels[r.part]}
              </button>
            )}
            <details class="remark-why" id={`${idPrefix}-${r.rule}-why`}>
              <summary>Why it matters</summary>
              <p>
                {r.why} <a href={link.href}>Guide: {link.title}</a>
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/** The score as a figure and a meter; the checklist from the question's testing note. */
export function ScoreLine({ coaching, label }: { coaching: Coaching; label: string }) {
  if (coaching.score === null) return <p class="hint coach-score">Write a little more and the coach will read it.</p>;
  return (
    <p class="coach-score">
      <span>
        {label}: <strong>{coaching.score}</strong>/100
      </span>
      <meter min={0} max={100} low={50} high={80} optimum={100} value={coaching.score} aria-label={label} />
    </p>
  );
}

export function Checklist({ items }: { items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <details class="coach-checklist">
      <summary>Check it yourself: what they’re testing</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
