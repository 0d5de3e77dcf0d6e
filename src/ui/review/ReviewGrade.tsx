import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  gradeItem,
  isDue,
  loadReviews,
  moveReview,
  previewGrades,
  restoreReview,
  reviewOf,
  REVIEW_GRADES,
  type Review,
  type ReviewGrade as Grade,
} from '../../practice/review';
import { dayDate, fromNow } from '../../shared/format';
import './review.css';

const LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const HINTS: Record<Grade, string> = {
  again: 'could not answer it',
  hard: 'got there with effort',
  good: 'answered it well',
  easy: 'answered it without thinking',
};

/** "2026-12-01" for a date input, in local time. */
function inputDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * "How well did you know it?": Again / Hard / Good / Easy, each saying when the item would come back; after a
 * grade, its next review with Change grade (puts the grade back) and a day picker.
 */
export function ReviewGrade({ kind, itemId }: { kind: 'question' | 'story'; itemId: string }) {
  const id = useId();
  const stored = reviewOf(kind, itemId);
  const [preview, setPreview] = useState<Record<Grade, number> | null>(null);
  const [noScheduler, setNoScheduler] = useState(false);
  const [graded, setGraded] = useState<{ grade: Grade; before: Review | undefined } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  const firstGradeRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'change' | 'grades' | null>(null);

  useEffect(() => void loadReviews(), []);
  // Worked out again whenever the stored schedule changes (this row, the other row of the page, or a reload).
  useEffect(() => {
    let live = true;
    void previewGrades(kind, itemId, Date.now()).then((p) => {
      if (!live) return;
      setPreview(p);
      setNoScheduler(!p);
    });
    return () => {
      live = false;
    };
  }, [kind, itemId, stored]);
  useEffect(() => {
    if (focusNext.current === 'change') changeRef.current?.focus();
    if (focusNext.current === 'grades') firstGradeRef.current?.focus();
    focusNext.current = null;
  }, [graded]);

  const grade = async (g: Grade) => {
    setBusy(true);
    const result = await gradeItem(kind, itemId, g, Date.now());
    setBusy(false);
    if (!result.ok) return setProblem(`The grade was not saved: ${result.problem.message}`);
    setProblem(null);
    focusNext.current = 'change';
    setGraded({ grade: g, before: result.value.before });
  };
  const change = async () => {
    if (!graded) return;
    setBusy(true);
    const result = await restoreReview(kind, itemId, graded.before);
    setBusy(false);
    if (!result.ok) return setProblem(`The grade could not be changed: ${result.problem.message}`);
    setProblem(null);
    focusNext.current = 'grades';
    setGraded(null);
  };
  const move = async (value: string) => {
    const [year, month, date] = value.split('-').map(Number);
    if (!year || !month || !date) return;
    const result = await moveReview(kind, itemId, { year, month: month - 1, date }, Date.now());
    setProblem(result.ok ? null : `The day was not changed: ${result.problem.message}`);
  };

  const now = Date.now();
  const due = stored?.card.due.getTime();
  return (
    <div class="review-grade" role="group" aria-labelledby={`${id}-q`}>
      {graded && due !== undefined ? (
        <>
          <p id={`${id}-q`} class="review-done">
            Graded {LABELS[graded.grade]}. Next review: <strong>{dayDate(due)}</strong> ({fromNow(due, now)}).
          </p>
          <div class="row">
            <button ref={changeRef} type="button" class="button" disabled={busy} onClick={() => void change()}>
              Change grade
            </button>
            <label class="review-day">
              Another day
              <input type="date" min={inputDay(now + 86_400_000)} value={inputDay(due)} onChange={(e) => void move(e.currentTarget.value)} />
            </label>
          </div>
        </>
      ) : (
        <>
          <p id={`${id}-q`} class="review-question">
            <strong>How well did you know it?</strong>{' '}
            <span class="lede">
              {stored && due !== undefined
                ? isDue(stored, now)
                  ? 'Due for review today.'
                  : `Next review: ${dayDate(due)}.`
                : 'Grade it and it comes back just before you would forget it.'}
            </span>
          </p>
          <div class="review-buttons">
            {REVIEW_GRADES.map((g, i) => (
              <button
                key={g}
                ref={i === 0 ? firstGradeRef : undefined}
                type="button"
                class={`button review-${g}`}
                disabled={busy || !preview}
                title={HINTS[g]}
                onClick={() => void grade(g)}
              >
                <span>{LABELS[g]}</span>
                <span class="review-when">{preview ? fromNow(preview[g], now) : '…'}</span>
              </button>
            ))}
          </div>
        </>
      )}
      <p class="visually-hidden" role="status">
        {graded && due !== undefined ? `Graded ${LABELS[graded.grade]}. Next review: ${dayDate(due)}.` : ''}
      </p>
      {noScheduler && !graded && (
        // A module that failed to load stays failed in this page (the browser keeps the failure): only a reload fetches it again.
        <p class="hint">Grading could not be loaded: you may be offline, and it was not saved on this device yet. Go online and reload the page to grade it.</p>
      )}
      {problem && (
        <p role="alert" class="banner">
          {problem}
        </p>
      )}
    </div>
  );
}
