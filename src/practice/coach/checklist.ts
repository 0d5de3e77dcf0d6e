/**
 * A question's "what they're testing" note as a self-review checklist: a list of short qualities
 * ("Ownership, architectural thinking, ability to ship.") becomes one question per quality; a sentence
 * that says more ("The best answers frame around impact, not technology names.") stays a sentence.
 */

const SHORT_PHRASE_WORDS = 6;

const sentences = (note: string) =>
  note
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/u)
    .map((s) => s.trim())
    .filter(Boolean);

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

export function checklist(note: string): string[] {
  const items: string[] = [];
  for (const sentence of sentences(note)) {
    const body = sentence.replace(/[.!?]+$/, '');
    const pieces = body
      .split(/,\s*(?:and\s+)?|;\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    const list = pieces.length > 1 && pieces.every((p) => p.split(/\s+/).length <= SHORT_PHRASE_WORDS && !/^(not|but)\b/i.test(p));
    if (list) items.push(...pieces.map((p) => `Does your answer show ${lowerFirst(p)}?`));
    else if (pieces.length === 1 && body.split(/\s+/).length <= SHORT_PHRASE_WORDS) items.push(`Does your answer show ${lowerFirst(body)}?`);
    else items.push(sentence);
  }
  return items;
}
