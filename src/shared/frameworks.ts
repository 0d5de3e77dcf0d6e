/**
 * The answer frameworks' ids, declared once. `shared/` holds the few constants every layer needs
 * (bank, store, practice, ui); it imports nothing of the app.
 */
export const BANK_FRAMEWORK_IDS = ['star', 'sail', 'spsil'] as const;
/** What a draft or story can be written in: a bank framework, or free text. */
export const FRAMEWORK_IDS = [...BANK_FRAMEWORK_IDS, 'free'] as const;

export type BankFrameworkId = (typeof BANK_FRAMEWORK_IDS)[number];
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export const isFrameworkId = (value: unknown): value is FrameworkId => (FRAMEWORK_IDS as readonly unknown[]).includes(value);

/**
 * What each part of a framework means. A framework switch carries text between parts by meaning: a
 * part takes the text of every part of the other framework whose first meaning it holds (STAR's Task
 * goes into SAIL's Situation, Result into Impact). Free text takes the whole draft, labelled; it
 * carries into nothing, as it cannot be split.
 */
export type Meaning = 'context' | 'goal' | 'action' | 'outcome' | 'learning';
export interface Part {
  key: string;
  label: string;
  holds: readonly Meaning[];
}
export const FRAMEWORK_PARTS: Record<FrameworkId, readonly Part[]> = {
  star: [
    { key: 'situation', label: 'Situation', holds: ['context'] },
    { key: 'task', label: 'Task', holds: ['goal'] },
    { key: 'action', label: 'Action', holds: ['action'] },
    { key: 'result', label: 'Result', holds: ['outcome', 'learning'] },
  ],
  sail: [
    { key: 'situation', label: 'Situation', holds: ['context', 'goal'] },
    { key: 'action', label: 'Action', holds: ['action'] },
    { key: 'impact', label: 'Impact', holds: ['outcome'] },
    { key: 'learning', label: 'Learning', holds: ['learning'] },
  ],
  spsil: [
    { key: 'situation', label: 'Situation', holds: ['context'] },
    { key: 'problem', label: 'Problem', holds: ['goal'] },
    { key: 'solution', label: 'Solution', holds: ['action'] },
    { key: 'impact', label: 'Impact', holds: ['outcome'] },
    { key: 'lessons', label: 'Lessons', holds: ['learning'] },
  ],
  free: [{ key: 'free', label: 'Free text', holds: [] }],
};
export const FRAMEWORK_NAMES: Record<FrameworkId, string> = { star: 'STAR', sail: 'SAIL', spsil: 'SPSIL', free: 'Free text' };

type Fields = Readonly<Record<string, string>>;

/** A part carried from a framework whose own part of that key holds other text lives under `framework:key`. */
const ownKey = (framework: FrameworkId, key: string) => `${framework}:${key}`;

/** Where a part's text is stored: its own key once a switch carried other text into it, else the part's key. */
export function storeKey(fields: Fields, framework: FrameworkId, key: string): string {
  return fields[ownKey(framework, key)] ? ownKey(framework, key) : key;
}

/** The text a part shows. */
export const partText = (fields: Fields, framework: FrameworkId, key: string): string => fields[storeKey(fields, framework, key)] ?? '';

/** Every part's shown text, joined: what the draft says in this framework. */
export const shownText = (fields: Fields, framework: FrameworkId): string[] => FRAMEWORK_PARTS[framework].map((p) => partText(fields, framework, p.key));

/** The text `part` of `to` takes from framework `from`, and the keys it takes it from. */
function carry(fields: Fields, from: FrameworkId, to: FrameworkId, part: Part): { text: string; keys: string[] } {
  if (from === 'free' || from === to) return { text: '', keys: [] };
  const sources = FRAMEWORK_PARTS[from]
    .map((p) => ({ p, key: storeKey(fields, from, p.key), text: partText(fields, from, p.key).trim() }))
    .filter(({ p, text }) => text && (to === 'free' || part.holds.includes(p.holds[0]!)));
  const text = sources.map(({ p, text }) => (to === 'free' ? `${p.label}: ${text}` : text)).join('\n\n');
  return { text, keys: sources.map((s) => s.key) };
}
export const carried = (fields: Fields, from: FrameworkId, to: FrameworkId, part: Part): string => carry(fields, from, to, part).text;

const shows = (fields: Fields, framework: FrameworkId, key: string) => FRAMEWORK_PARTS[framework].some((p) => storeKey(fields, framework, p.key) === key);

/**
 * The fields after switching `from` → `to`. No part's own text is touched: text carried into a part
 * of `to` is stored under that part's own key (`sail:impact`), so switching back shows the parts
 * exactly as written. A carried part out of view that still holds only its carry, from text that
 * stays stored, is emptied: switching to it carries the same text again, and nothing is doubled.
 */
export function switchFramework(fields: Fields, from: FrameworkId, to: FrameworkId): Record<string, string> {
  const next: Record<string, string> = { ...fields };
  if (from === to) return next;
  const sources = new Set<string>(); // what this switch carried from stays until the carry goes
  for (const part of FRAMEWORK_PARTS[to]) {
    const { text, keys } = carry(fields, from, to, part);
    const key = storeKey(fields, to, part.key);
    const shown = fields[key] ?? '';
    // A part with text of its own keeps it; one showing only the text it shares with `from` (Situation) may take more.
    if (text && shown !== text && (!shown || (key === part.key && shows(fields, from, key)))) {
      next[ownKey(to, part.key)] = text;
      keys.forEach((k) => sources.add(k));
    }
  }
  for (const key of carriesToDrop(next, to)) if (!sources.has(key)) next[key] = '';
  return next;
}

/** Carried keys out of view in `shown` whose text is exactly a carry from text that stays stored. */
function carriesToDrop(fields: Fields, shown: FrameworkId): string[] {
  const isCarry = (key: string) => key.includes(':');
  const verdict = new Map<string, boolean>(); // false while being decided: a cycle derives nothing
  const derivable = (key: string): boolean => {
    if (!isCarry(key) || shows(fields, shown, key)) return true; // it stays stored
    if (verdict.has(key)) return verdict.get(key)!;
    verdict.set(key, false);
    const id = key.slice(0, key.indexOf(':')) as FrameworkId;
    const part = FRAMEWORK_PARTS[id]?.find((p) => ownKey(id, p.key) === key);
    const ok = Boolean(
      part &&
      FRAMEWORK_IDS.some((source) => {
        const c = carry(fields, source, id, part);
        return c.text !== '' && c.text === fields[key] && c.keys.every((k) => k !== key && derivable(k));
      }),
    );
    verdict.set(key, ok);
    return ok;
  };
  return Object.keys(fields).filter((key) => isCarry(key) && fields[key] && !shows(fields, shown, key) && derivable(key));
}

export interface KeptPart {
  framework: FrameworkId;
  label: string;
}

/** Parts that hold text but are not shown in `framework` (the text stays stored), each under the first framework that shows it. */
export function keptOutOfView(fields: Fields, framework: FrameworkId): KeptPart[] {
  const kept: KeptPart[] = [];
  const seen = new Set(FRAMEWORK_PARTS[framework].map((p) => storeKey(fields, framework, p.key)));
  for (const id of FRAMEWORK_IDS) {
    for (const part of FRAMEWORK_PARTS[id]) {
      const key = storeKey(fields, id, part.key);
      if (seen.has(key)) continue;
      seen.add(key);
      if (fields[key]?.trim()) kept.push({ framework: id, label: part.label });
    }
  }
  return kept;
}
