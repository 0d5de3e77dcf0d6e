import type { Framework } from '../bank/types';
import { number } from '../shared/format';
import { FRAMEWORK_NAMES, keptOutOfView, partText, storeKey, type FrameworkId } from '../shared/frameworks';
import { clampText, LIMITS, NEAR_LIMIT } from '../shared/limits';

/** "18,000 of 20,000 characters", shown from 90% of a limit on (the field stops growing at the limit). */
export function LimitCounter({ id, length, max }: { id: string; length: number; max: number }) {
  if (!nearLimit(length, max)) return null;
  return (
    <p class="hint limit-counter" id={id}>
      {number(length)} of {number(max)} characters{length >= max ? ' — the limit' : ''}
    </p>
  );
}

export const nearLimit = (length: number, max: number) => length >= max * NEAR_LIMIT;
/** A field's description: its hint, and its counter while that shows. */
export const describedBy = (hintId: string | null, countId: string, length: number, max: number) =>
  [hintId, nearLimit(length, max) ? countId : null].filter(Boolean).join(' ') || undefined;

/** The input's text cut to `max`; the element is corrected too, since an unchanged value does not re-render. */
export function limitedValue(input: HTMLInputElement | HTMLTextAreaElement, max: number): string {
  const text = clampText(input.value, max);
  if (text !== input.value) input.value = text;
  return text;
}

/** The bank's frameworks plus free text, whose one field is named for what is being written. */
export function withFreeText(frameworks: readonly Framework[], label: string, summary: string): Framework[] {
  const free: Framework = {
    id: 'free' as Framework['id'],
    name: 'Free text',
    summary,
    fields: [{ key: 'free', label, prompt: 'Write it as you would say it out loud.' }],
    sources: [],
  };
  return [...frameworks, free];
}

interface Props {
  /** Unique per page: ids of the radios and textareas derive from it. */
  idPrefix: string;
  legend: string;
  frameworks: readonly Framework[];
  framework: FrameworkId;
  fields: Record<string, string>;
  disabled?: boolean;
  onFramework: (id: FrameworkId) => void;
  onField: (key: string, text: string) => void;
  onBlur: () => void;
}

/**
 * A framework choice and one labelled textarea per part, its prompt as the description. Every
 * framework's text stays in `fields`, so switching back finds it again; a line says which parts are
 * kept out of view. Used by drafts and stories.
 */
export function FrameworkFields({ idPrefix, legend, frameworks, framework, fields, disabled, onFramework, onField, onBlur }: Props) {
  const current = frameworks.find((f) => f.id === framework) ?? frameworks[0]!;
  return (
    <>
      <fieldset class="framework-choice">
        <legend>{legend}</legend>
        {frameworks.map((f) => (
          <label key={f.id} class="radio-chip">
            <input
              type="radio"
              name={`${idPrefix}-framework`}
              value={f.id}
              checked={f.id === current.id}
              disabled={disabled}
              onChange={() => onFramework(f.id as FrameworkId)}
            />
            {f.name}
          </label>
        ))}
      </fieldset>
      <p class="lede">{current.summary}</p>
      <KeptNote fields={fields} framework={current.id as FrameworkId} />
      {current.fields.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const text = partText(fields, current.id as FrameworkId, f.key);
        return (
          <div class="field" key={f.key}>
            <label for={id}>{f.label}</label>
            <p class="hint" id={`${id}-hint`}>
              {f.prompt}
            </p>
            <textarea
              id={id}
              dir="auto"
              aria-describedby={describedBy(`${id}-hint`, `${id}-count`, text.length, LIMITS.field)}
              rows={f.key === 'free' ? 8 : 3}
              maxLength={LIMITS.field}
              value={text}
              disabled={disabled}
              onInput={(e) => onField(storeKey(fields, current.id as FrameworkId, f.key), limitedValue(e.currentTarget, LIMITS.field))}
              onBlur={onBlur}
            />
            <LimitCounter id={`${id}-count`} length={text.length} max={LIMITS.field} />
          </div>
        );
      })}
    </>
  );
}

/** "Kept, not shown here: STAR's Task and Result. Switch to STAR to see them." — the text a switch moved out of view is still stored. */
function KeptNote({ fields, framework }: { fields: Record<string, string>; framework: FrameworkId }) {
  const kept = keptOutOfView(fields, framework);
  if (!kept.length) return null;
  const owners = [...new Set(kept.map((k) => k.framework))];
  const list = owners.map((id) => {
    const labels = kept.filter((k) => k.framework === id).map((k) => k.label);
    const joined = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
    return id === 'free' ? 'your Free text' : `${FRAMEWORK_NAMES[id]}’s ${joined}`;
  });
  const where = owners.length === 1 ? FRAMEWORK_NAMES[owners[0]!] : 'that framework';
  return (
    <p class="hint kept-note" role="status">
      Kept, not shown here: {list.join('; ')}. Switch to {where} to see {kept.length === 1 ? 'it' : 'them'}.
    </p>
  );
}
