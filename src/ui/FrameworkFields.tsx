import type { Framework } from '../bank/types';
import type { FrameworkId } from '../store/schema';

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
 * framework's text stays in `fields`, so switching back finds it again. Used by drafts and stories.
 */
export function FrameworkFields({ idPrefix, legend, frameworks, framework, fields, disabled, onFramework, onField, onBlur }: Props) {
  const current = frameworks.find((f) => f.id === framework) ?? frameworks[0]!;
  return (
    <>
      <fieldset class="framework-choice">
        <legend>{legend}</legend>
        {frameworks.map((f) => (
          <label key={f.id} class="radio-chip">
            <input type="radio" name={`${idPrefix}-framework`} value={f.id} checked={f.id === current.id} onChange={() => onFramework(f.id as FrameworkId)} />
            {f.name}
          </label>
        ))}
      </fieldset>
      <p class="lede">{current.summary}</p>
      {current.fields.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        return (
          <div class="field" key={f.key}>
            <label for={id}>{f.label}</label>
            <p class="hint" id={`${id}-hint`}>
              {f.prompt}
            </p>
            <textarea
              id={id}
              dir="auto"
              aria-describedby={`${id}-hint`}
              rows={f.key === 'free' ? 8 : 3}
              value={fields[f.key] ?? ''}
              disabled={disabled}
              onInput={(e) => onField(f.key, e.currentTarget.value)}
              onBlur={onBlur}
            />
          </div>
        );
      })}
    </>
  );
}
