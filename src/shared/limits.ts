/**
 * How long what the user types may grow, declared once for the editors (counters), the editing
 * engine (clamps every edit) and the store (clamps every write, whoever the writer is). Each field is
 * rewritten to localStorage on every keystroke: megabytes there would stall typing and fill the quota.
 */
export const LIMITS = {
  /** One framework part of a draft or story (Situation, Task, …, free text). */
  field: 20_000,
  storyTitle: 200,
  storyMetric: 300,
  tagCount: 20,
  tagLength: 40,
  /** The tags as typed, commas and spaces included. */
  tagsText: 20 * 42,
  takeName: 120,
  /** A custom question's text; its detail goes in "what it tests". */
  questionText: 500,
} as const;

/** The counter shows from this share of a limit on. */
export const NEAR_LIMIT = 0.9;

export const clampText = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** Every framework field cut to the field limit; the same object when nothing was too long. */
export function clampFields(fields: Record<string, string>, max: number = LIMITS.field): Record<string, string> {
  if (Object.values(fields).every((text) => text.length <= max)) return fields;
  return Object.fromEntries(Object.entries(fields).map(([key, text]) => [key, clampText(text, max)]));
}

export const clampTags = (tags: readonly string[]): string[] => tags.slice(0, LIMITS.tagCount).map((t) => clampText(t, LIMITS.tagLength));
