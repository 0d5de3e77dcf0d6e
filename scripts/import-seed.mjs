#!/usr/bin/env node
// One-off, reproducible importer: data/seed.md -> data/questions.json (Question[], see src/bank/types.ts).
// Hand-written content stays in data/depth.json: where it gives an entry an `interviewerText` (a seed topic
// label such as "Discuss culture and collaboration." worded as an interviewer asks it), that becomes the
// entry's `text` and the seed's words its `reportedAs`; the id stays the slug of the seed's words.
// Parses the "Common Behavioral Questions" bullets and the "Comprehensive Question Bank" tables, then
// applies the explicit tables below (merges, parentheticals, per-row overrides). Anything in the seed it
// does not recognise is an error, so a changed seed cannot slip through silently.
//
// Usage: npx tsx scripts/import-seed.mjs [--check]   (--check: fail if data/questions.json is out of date;
// tsx because the ids come from the app's own slug, src/shared/slug.ts)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slug } from '../src/shared/slug.ts';

const SEED = fileURLToPath(new URL('../data/seed.md', import.meta.url));
const OUT = fileURLToPath(new URL('../data/questions.json', import.meta.url));
const DEPTH = fileURLToPath(new URL('../data/depth.json', import.meta.url));

// ---------------------------------------------------------------------------------------------------
// Explicit tables. Rows are keyed "<category>#<row number>"; common bullets "common#<1-based index>".

/** The table headings in seed order, with the short names the bank uses. */
const CATEGORY_NAMES = new Map([
  ['Project Deep Dives ("Walk me through...")', 'Project Deep Dives'],
  ['Conflict & Collaboration', 'Conflict & Collaboration'],
  ['Leadership & Ownership', 'Leadership & Ownership'],
  ['Technical Decision-Making ("Tell me about a time you chose X over Y...")', 'Technical Decision-Making'],
  ['Failure & Learning', 'Failure & Learning'],
  ['AI-Specific Behavioral', 'AI-Specific Behavioral'],
  ['Culture Fit & Values', 'Culture Fit & Values'],
  ['Career Motivation ("Why this company?", "Why AI?")', 'Career Motivation'],
  ['Bonus: Questions That Catch People Off Guard', 'Questions That Catch People Off Guard'],
]);

/**
 * One entry per distinct question. `into` keeps its text; each `from` phrasing goes to alsoAskedAs
 * (unless identical); categories, companies and sources are unioned. `testing` replaces the default
 * (the distinct testing texts joined) where joining would read badly; it keeps the seed's words.
 */
const MERGES = [
  { into: 'Project Deep Dives#1', from: ['common#1'] },
  { into: 'Project Deep Dives#6', from: ['common#2'] },
  { into: 'AI-Specific Behavioral#1', from: ['common#3'] },
  { into: 'Conflict & Collaboration#7', from: ['common#4'] },
  { into: 'Conflict & Collaboration#1', from: ['common#6'] },
  {
    into: 'Conflict & Collaboration#6',
    from: ['Conflict & Collaboration#8'],
  },
  {
    into: 'Technical Decision-Making#10',
    from: ['Questions That Catch People Off Guard#2'],
    testing: 'Judgment under sunk-cost pressure, ability to pivot or kill projects, communication of bad news.',
  },
  {
    into: 'Failure & Learning#6',
    from: ['Questions That Catch People Off Guard#1'],
    testing: 'Radical self-awareness, intellectual honesty, ability to frame weaknesses and limitations constructively.',
  },
  {
    into: 'Culture Fit & Values#6',
    from: ['Career Motivation#8'],
    testing: 'Intentionality in career choices, alignment with company values; an intentional career trajectory, not just "AI is hot right now."',
  },
];

/** Common bullets with no table twin become their own entry. */
const COMMON_STANDALONE = {
  'common#5': {
    category: 'Career Motivation',
    companies: ['Common', 'OpenAI'],
    testing: 'Genuine, specific reasons for wanting this company. OpenAI asks this early and repeatedly; vague answers about "impactful AI" don\'t land.',
  },
};

/** The note after a common bullet's quote, and what it means (already carried by the merged twin). */
const COMMON_NOTES = new Map([
  ['OpenAI asks this early and repeatedly; vague answers about "impactful AI" don\'t land', 'used in COMMON_STANDALONE'],
  ['how resolution took form, rationale behind choices', 'covered by the followUps of Conflict & Collaboration#1'],
]);

/** What each parenthetical after a quoted question means. */
const PARENTHETICALS = new Map([
  [
    "Then deep follow-ups on resolution, rationale, what you'd do differently.",
    {
      followUps: ['How did the resolution take form?', 'Why did you make those calls?', 'What would you do differently?'],
    },
  ],
  ['45-min presentation format', { testingPrefix: 'Asked in a 45-minute presentation format.' }],
  ['Open-ended behavioral at senior level', { level: 'senior' }],
  ['for research roles', { level: 'research' }],
  ['with evidence of due diligence', { testingPrefix: 'Answer with evidence of due diligence.' }],
  ['tested during live coding with AI tools allowed', { testingPrefix: 'Tested during live coding with AI tools allowed.' }],
  ['Interviewers probe for this kind of trade-off narration.', { testingPrefix: 'Interviewers probe for this kind of trade-off narration.' }],
  [
    "Not a question -- this is the winning response pattern when you don't know something.",
    { testingPrefix: "Not a question: this is the winning response pattern when you don't know something." },
  ],
]);

/** Per-row facts the cells do not state in a parseable way. */
const ROW_OVERRIDES = {
  'Technical Decision-Making#1': { kind: 'pattern' },
  'Questions That Catch People Off Guard#4': { kind: 'pattern' },
  'Project Deep Dives#4': {
    // The probes the seed reports for OpenAI's presentation round (also rows of Technical Decision-Making).
    followUps: [
      'Is there an actual eval framework here, or is it vibes-based?',
      'Why did you choose that particular storage solution over alternatives?',
      'How did you decide which model to use for inference?',
      'What alternative approaches did you consider?',
    ],
  },
};

/** Levels implied by the Source/Company cell. */
const LEVEL_FROM_SOURCE = [
  [/\bOpenAI L5\b/, 'staff'],
  [/\bOpenAI EM\b/, 'manager'],
];

/** Company names as they may start a Source/Company fragment; longest first so prefixes don't steal. */
const COMPANIES = [
  'Google DeepMind',
  'Eightfold AI',
  'Accenture',
  'Anthropic',
  'Atlassian',
  'Opendoor',
  'Microsoft',
  'Discord',
  'Anduril',
  'Dropbox',
  'Upwork',
  'Gladly',
  'GitHub',
  'Amazon',
  'Google',
  'OpenAI',
  'Nvidia',
  'Adobe',
  'Apple',
  'Braze',
  'Asana',
  'Meta',
  'Visa',
  'AWS',
  'ADP',
];

/** Fragments that name no single company. Returns the names to add ([] = drop the fragment). */
const GROUP_FRAGMENTS = [
  [/^and (\d+\+ )?others$/, []],
  [/^common at AI startups\b/i, ['Common', 'AI startups']],
  [/^common\b/i, ['Common']],
  [/^AI engineer interviews?\b/, ['Common']],
  [/^AI startups\b/, ['AI startups']],
  [/^FAANG\b/, ['Big Tech']],
  [/^Gen AI Engineer managerial round$/, ['Other']],
  [/^PropTech company$/, ['Other']],
  [/^observed by Exponent$/, []],
];

// ---------------------------------------------------------------------------------------------------
// Parsing

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function fail(message) {
  throw new Error(`import-seed: ${message}`);
}

function parseQuoted(cell, where) {
  const m = /^"(.+)"(?:\s*\((.+)\))?$/.exec(cell.trim());
  if (!m) fail(`${where}: expected a quoted question, got ${JSON.stringify(cell)}`);
  return { text: m[1].trim(), parenthetical: m[2]?.trim() };
}

function parseSources(cell) {
  return [...cell.matchAll(LINK)].map(([, label, url]) => ({ label, url }));
}

function parseCompanies(cell, where) {
  const plain = cell
    .replace(LINK, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ');
  const names = [];
  for (const raw of plain.split(/[,;]/)) {
    const fragment = raw.trim();
    if (!fragment) continue;
    const group = GROUP_FRAGMENTS.find(([re]) => re.test(fragment));
    if (group) {
      names.push(...group[1]);
      continue;
    }
    const company = COMPANIES.find((c) => fragment === c || fragment.startsWith(`${c} `));
    if (!company) fail(`${where}: unknown company fragment ${JSON.stringify(fragment)}`);
    names.push(company);
  }
  const unique = [...new Set(names)];
  if (unique.length === 0) fail(`${where}: no company in ${JSON.stringify(cell)}`);
  return unique;
}

function levelFromSource(cell) {
  return LEVEL_FROM_SOURCE.find(([re]) => re.test(cell))?.[1];
}

function parseSeed(markdown) {
  const lines = markdown.split(/\r?\n/);
  const commons = [];
  const rows = [];
  let section = '';
  let heading = '';

  for (const [i, line] of lines.entries()) {
    const where = `seed.md:${i + 1}`;
    if (line.startsWith('## ')) {
      section = line.slice(3).trim();
      heading = '';
      continue;
    }
    if (line.startsWith('### ')) {
      heading = line.slice(4).trim();
      continue;
    }
    if (section === 'Common Behavioral Questions (2026)' && line.startsWith('- ')) {
      const m = /^- "(.+?)"(?:\s+-\s+(.+))?$/.exec(line);
      if (!m) fail(`${where}: unparseable common bullet`);
      if (m[2] && !COMMON_NOTES.has(m[2])) fail(`${where}: unhandled note ${JSON.stringify(m[2])}`);
      commons.push({ key: `common#${commons.length + 1}`, text: m[1] });
      continue;
    }
    if (section === 'Comprehensive Question Bank' && /^\|\s*\d+\s*\|/.test(line)) {
      const category = CATEGORY_NAMES.get(heading);
      if (!category) fail(`${where}: unknown category heading ${JSON.stringify(heading)}`);
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      if (cells.length !== 4) fail(`${where}: expected 4 cells, got ${cells.length}`);
      const [num, questionCell, sourceCell, testing] = cells;
      const key = `${category}#${num}`;
      const expected = rows.filter((r) => r.category === category).length + 1;
      if (Number(num) !== expected) fail(`${where}: row number ${num}, expected ${expected}`);
      const { text, parenthetical } = parseQuoted(questionCell, where);
      const entry = {
        key,
        category,
        text,
        companies: parseCompanies(sourceCell, where),
        sources: parseSources(sourceCell),
        testing,
        kind: 'question',
        level: levelFromSource(sourceCell),
        followUps: [],
      };
      if (parenthetical !== undefined) {
        const meaning = PARENTHETICALS.get(parenthetical);
        if (!meaning) fail(`${where}: unhandled parenthetical ${JSON.stringify(parenthetical)}`);
        if (meaning.testingPrefix) entry.testing = `${meaning.testingPrefix} ${entry.testing}`;
        if (meaning.level) entry.level = meaning.level;
        if (meaning.followUps) entry.followUps.push(...meaning.followUps);
      }
      const override = ROW_OVERRIDES[key];
      if (override?.kind) entry.kind = override.kind;
      if (override?.followUps) entry.followUps.push(...override.followUps);
      rows.push(entry);
    }
  }
  return { commons, rows };
}

// ---------------------------------------------------------------------------------------------------
// Building the bank

const union = (a, b) => [...new Set([...a, ...b])];

function unionSources(a, b) {
  const seen = new Set(a.map((s) => s.url));
  return [...a, ...b.filter((s) => !seen.has(s.url) && seen.add(s.url))];
}

function build({ commons, rows }, interviewerText) {
  const byKey = new Map([...commons, ...rows].map((r) => [r.key, r]));
  const consumed = new Set();
  const mergeInto = new Map(MERGES.map((m) => [m.into, m]));

  for (const { into, from } of MERGES) {
    for (const key of [into, ...from]) {
      if (!byKey.has(key)) fail(`MERGES names unknown row ${key}`);
      if (key !== into && consumed.has(key)) fail(`MERGES uses ${key} twice`);
    }
    from.forEach((k) => consumed.add(k));
  }

  const standalone = (key) => {
    const common = byKey.get(key);
    const spec = COMMON_STANDALONE[key];
    return {
      key,
      category: spec.category,
      text: common.text,
      companies: spec.companies,
      sources: [],
      testing: spec.testing,
      kind: 'question',
      followUps: [],
    };
  };

  for (const c of commons) {
    if (!consumed.has(c.key) && !COMMON_STANDALONE[c.key]) fail(`common bullet ${c.key} neither merged nor standalone`);
  }

  // Seed order: categories as in the seed, then row order; a standalone common goes first in its category.
  const ordered = [];
  for (const category of CATEGORY_NAMES.values()) {
    for (const key of Object.keys(COMMON_STANDALONE)) {
      if (COMMON_STANDALONE[key].category === category) ordered.push(standalone(key));
    }
    ordered.push(...rows.filter((r) => r.category === category && !consumed.has(r.key)));
  }

  const ids = new Set();
  return ordered.map((row) => {
    const merge = mergeInto.get(row.key);
    let categories = [row.category];
    let companies = row.companies;
    let sources = row.sources;
    let followUps = row.followUps;
    let level = row.level;
    const testings = [row.testing];
    const alsoAskedAs = [];

    for (const key of merge?.from ?? []) {
      const other = byKey.get(key);
      if (other.text !== row.text && !alsoAskedAs.includes(other.text)) alsoAskedAs.push(other.text);
      if (key.startsWith('common#')) {
        companies = union(companies, ['Common']);
        continue; // common bullets carry no category, sources or testing of their own
      }
      categories = union(categories, [other.category]);
      companies = union(companies, other.companies);
      sources = unionSources(sources, other.sources);
      followUps = union(followUps, other.followUps);
      if (other.level && level && other.level !== level) fail(`${row.key}: conflicting levels when merging ${key}`);
      level ??= other.level;
      if (!testings.includes(other.testing)) testings.push(other.testing);
    }

    const id = slug(row.text);
    if (ids.has(id)) fail(`duplicate id ${id} (${row.key})`);
    ids.add(id);

    const reworded = interviewerText.get(id);
    const question = {
      id,
      text: reworded ?? row.text,
      ...(reworded === undefined ? {} : { reportedAs: row.text }),
      categories,
      companies,
      sources,
      testing: merge?.testing ?? testings.join(' '),
      kind: row.kind,
    };
    if (alsoAskedAs.length) question.alsoAskedAs = alsoAskedAs;
    if (level) question.level = level;
    if (followUps.length) question.followUps = followUps;
    return question;
  });
}

// ---------------------------------------------------------------------------------------------------

const parsed = parseSeed(readFileSync(SEED, 'utf8'));
if (parsed.commons.length !== 6) fail(`expected 6 common bullets, found ${parsed.commons.length}`);
if (parsed.rows.length !== 97) fail(`expected 97 table rows, found ${parsed.rows.length}`);

/** id -> interviewer wording, from the hand-written data/depth.json. */
const interviewerText = new Map(
  JSON.parse(readFileSync(DEPTH, 'utf8'))
    .questions.filter((q) => q.interviewerText !== undefined)
    .map((q) => [q.id, q.interviewerText]),
);
const bank = build(parsed, interviewerText);
for (const id of interviewerText.keys()) if (!bank.some((q) => q.id === id)) fail(`data/depth.json rewords an unknown id ${id}`);
const json = `${JSON.stringify(bank, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing file: out of date
  }
  if (current !== json) {
    console.error('data/questions.json is out of date; run: npx tsx scripts/import-seed.mjs');
    process.exit(1);
  }
  console.log('data/questions.json is up to date');
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${JSON.parse(json).length} questions to data/questions.json`);
}
