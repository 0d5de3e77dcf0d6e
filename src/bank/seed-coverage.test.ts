// Every question of the seed must be findable in the bank. The seed is parsed here on its own terms,
// independently of scripts/import-seed.mjs, so a bug in the importer cannot hide a missing question.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from './types';

const seed = readFileSync(new URL('../../data/seed.md', import.meta.url), 'utf8');
const bank = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as Question[];

/** Only whitespace and quote marks are normalised: the text must otherwise be verbatim. */
const normalise = (s: string): string =>
  s
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The text between the first quote mark and its partner, ignoring anything that follows. */
function quoted(cell: string): string {
  const start = cell.indexOf('"');
  const rest = cell.slice(start + 1);
  // The question ends at the last quote that is followed only by an optional parenthetical.
  const end = rest.search(/"\s*(\([^)]*\))?\s*$/);
  if (start !== 0 || end < 0) throw new Error(`not a quoted question: ${cell}`);
  return normalise(rest.slice(0, end));
}

interface SeedRow {
  table: string;
  number: number;
  question: string;
}

function seedSection(title: string): string {
  const start = seed.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`seed has no section ${title}`);
  const next = seed.indexOf('\n## ', start + 1);
  return seed.slice(start, next < 0 ? undefined : next);
}

const tables = seedSection('Comprehensive Question Bank')
  .split(/\n### /)
  .slice(1)
  .map((block) => {
    const [heading = '', ...lines] = block.split('\n');
    const rows: SeedRow[] = lines
      .filter((line) => /^\|\s*\d+\s*\|/.test(line))
      .map((line) => {
        const cells = line.split('|').map((c) => c.trim());
        return { table: heading.trim(), number: Number(cells[1]), question: quoted(cells[2] ?? '') };
      });
    return { heading: heading.trim(), rows };
  });

const rows = tables.flatMap((t) => t.rows);

const commons = seedSection('Common Behavioral Questions (2026)')
  .split('\n')
  .filter((line) => line.startsWith('- "'))
  .map((line) => normalise(line.slice(3, line.indexOf('"', 3))));

/** Bank category name for a seed table heading: no "Bonus:" prefix, no trailing (examples). */
const categoryOf = (heading: string): string => heading.replace(/^Bonus:\s*/, '').replace(/\s*\(.*\)$/, '');

/** The seed's words live in `text`, in `alsoAskedAs`, or in `reportedAs` where `text` words a topic label as an interviewer asks it. */
function entriesFor(question: string): Question[] {
  return bank.filter((q) => [q.text, ...(q.reportedAs === undefined ? [] : [q.reportedAs]), ...(q.alsoAskedAs ?? [])].some((p) => normalise(p) === question));
}

describe('seed coverage', () => {
  it('the seed has 97 question rows in 9 tables and 6 common bullets', () => {
    expect(tables.map((t) => t.rows.length)).toEqual([13, 15, 12, 11, 7, 15, 9, 10, 5]);
    expect(rows).toHaveLength(97);
    expect(commons).toHaveLength(6);
    for (const t of tables) expect(t.rows.map((r) => r.number)).toEqual(t.rows.map((_, i) => i + 1));
  });

  it('uses the nine short category names', () => {
    expect(tables.map((t) => categoryOf(t.heading))).toEqual([
      'Project Deep Dives',
      'Conflict & Collaboration',
      'Leadership & Ownership',
      'Technical Decision-Making',
      'Failure & Learning',
      'AI-Specific Behavioral',
      'Culture Fit & Values',
      'Career Motivation',
      'Questions That Catch People Off Guard',
    ]);
  });

  it.each(rows.map((r) => [`${categoryOf(r.table)} #${r.number}`, r] as const))(
    'finds table row %s verbatim, in exactly one entry that carries its category',
    (_name, row) => {
      const found = entriesFor(row.question);
      expect(found.map((q) => q.id)).toHaveLength(1);
      expect(found[0]?.categories).toContain(categoryOf(row.table));
    },
  );

  it.each(commons)('finds common question %j verbatim in exactly one entry', (question) => {
    const found = entriesFor(question);
    expect(found).toHaveLength(1);
    expect(found[0]?.companies).toContain('Common');
  });

  it('every bank category is one of the seed categories', () => {
    const allowed = new Set(tables.map((t) => categoryOf(t.heading)));
    for (const q of bank) for (const c of q.categories) expect(allowed).toContain(c);
  });

  it('keeps questions asked in two categories as a single entry with both categories', () => {
    const notHire = entriesFor('Why do you think we should NOT hire you?');
    expect(notHire).toHaveLength(1);
    expect(notHire[0]?.categories).toEqual(['Failure & Learning', 'Questions That Catch People Off Guard']);

    const unfeasible = entriesFor("What would you do if, midway through a project, you realized it was actually unfeasible or couldn't be completed?");
    expect(unfeasible).toHaveLength(1);
    expect(unfeasible[0]?.categories).toEqual(['Technical Decision-Making', 'Questions That Catch People Off Guard']);
    expect(unfeasible[0]?.alsoAskedAs).toContain('What would you do if, midway through a project, you realized it was unfeasible?');
  });

  it('keeps the seed wording of each reworded entry in reportedAs, and only there', () => {
    const reworded = bank.filter((q) => q.reportedAs !== undefined);
    expect(reworded.length).toBeGreaterThanOrEqual(9);
    const seedWords = new Set([...rows.map((r) => r.question), ...commons]);
    for (const q of reworded) {
      expect(seedWords).toContain(normalise(q.reportedAs!));
      expect(seedWords).not.toContain(normalise(q.text));
    }
  });

  it('has exactly two response patterns', () => {
    expect(bank.filter((q) => q.kind === 'pattern').map((q) => q.text)).toEqual([
      expect.stringMatching(/^We tried fine-tuning/),
      expect.stringMatching(/^I haven't worked with \[tool X\] yet/),
    ]);
  });

  it('has between 90 and 100 entries, ordered by seed category', () => {
    expect(bank.length).toBeGreaterThanOrEqual(90);
    expect(bank.length).toBeLessThanOrEqual(100);
    const order = tables.map((t) => categoryOf(t.heading));
    const firstCategoryIndex = bank.map((q) => order.indexOf(q.categories[0] ?? ''));
    expect(firstCategoryIndex).toEqual([...firstCategoryIndex].sort((a, b) => a - b));
  });
});
