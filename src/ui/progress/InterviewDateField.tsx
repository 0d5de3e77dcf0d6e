import { useState } from 'preact/hooks';
import { dayValue, parseDay } from '../../practice/countdown';
import { saveTargets, type InterviewTargets } from '../../practice/targets';

/** The day of the interview: saved on change; a day in the past or not a day is refused with a reason, and nothing is saved. */
export function InterviewDateField({ targets, now = Date.now() }: { targets: InterviewTargets; now?: number }) {
  const [message, setMessage] = useState<string | null>(null);
  const save = async (value: string) => {
    if (value && parseDay(value) === null) return setMessage('That is not a date: choose the day of your interview.');
    if (value && value < dayValue(now)) return setMessage('That day has passed: choose the day of your next interview.');
    const result = await saveTargets({ ...targets, date: value || null });
    setMessage(result.ok ? null : `The date could not be saved: ${result.problem.message}`);
  };
  return (
    <div class="interview-date">
      <label for="interview-date">Interview date</label>
      <div class="row">
        <input
          id="interview-date"
          class="text-input"
          type="date"
          min={dayValue(now)}
          value={targets.date ?? ''}
          aria-describedby="interview-date-hint"
          aria-invalid={message ? true : undefined}
          onChange={(e) => void save(e.currentTarget.value)}
        />
        {targets.date && (
          <button type="button" class="button" onClick={() => void save('')}>
            Clear
          </button>
        )}
      </div>
      <p id="interview-date-hint" class="lede">
        The home page counts down to it and says how many reviews and mock rounds fit before it.
      </p>
      {message && (
        <p role="alert" class="banner">
          {message}
        </p>
      )}
    </div>
  );
}
