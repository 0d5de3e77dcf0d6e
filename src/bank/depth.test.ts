// data/depth.json: interviewer wording for the seed's topic labels, probes for every question, an outline per category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Depth, Question } from './types';
import { MAX_PROBE_REUSE, soundsAsked, validateDepth, validateQuestions } from './validate';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const bank = read<Question[]>('../../data/questions.json');
const depth = read<Depth>('../../data/depth.json');
/** The ids as shipped before any rewording: saved drafts and takes are keyed by them. Append-only. */
const shippedIds = readFileSync(new URL('./shipped-ids.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

const fresh = () => structuredClone(depth);
const errorsOf = (data: unknown, questions: Question[] = bank) => {
  const result = validateDepth(data, questions);
  return result.ok ? [] : result.errors;
};

describe('topic labels worded as an interviewer asks', () => {
  it('states the rule: a question asks (ends with "?") or addresses the candidate', () => {
    expect(soundsAsked('Why OpenAI?')).toBe(true);
    expect(soundsAsked('Tell me about yourself.')).toBe(true);
    expect(soundsAsked('Walk through a recent technical project.')).toBe(true);
    expect(soundsAsked('Describe a time you reduced hallucinations or cost in production.')).toBe(true);
    expect(soundsAsked('Discuss culture and collaboration.')).toBe(false);
    expect(soundsAsked('Answer general fit and AI safety questions.')).toBe(false);
    expect(soundsAsked('Describe failure impact and resolve cross-functional conflict.')).toBe(false);
    expect(soundsAsked('Conflicts with managers. Deadline pressure. Design disagreements. Mistakes I made.')).toBe(false);
  });

  it('rewords exactly the entries whose seed wording is a topic label, keeping that wording in reportedAs', () => {
    const questions = bank.filter((q) => q.kind === 'question');
    const labels = questions.filter((q) => !soundsAsked(q.reportedAs ?? q.text)).map((q) => q.id);
    expect(labels).toEqual(bank.filter((q) => q.reportedAs !== undefined).map((q) => q.id));
    expect(labels).toEqual(
      expect.arrayContaining([
        'discuss-culture-and-collaboration',
        'answer-general-fit-and-ai-safety-questions',
        'conflicts-with-managers-deadline-pressure-design',
      ]),
    );
    for (const q of questions) expect.soft(soundsAsked(q.text), q.id).toBe(true);
    expect(bank.find((q) => q.id === 'discuss-culture-and-collaboration')?.reportedAs).toBe('Discuss culture and collaboration.');
  });

  it('keeps every id that shipped, in the same order (drafts and takes are keyed by them)', () => {
    expect(shippedIds).toHaveLength(94);
    expect(bank.map((q) => q.id)).toEqual(shippedIds);
  });

  it('the bank check refuses a topic label left as the text', () => {
    const data = structuredClone(bank);
    const q = data.find((x) => x.id === 'discuss-culture-and-mission-alignment')!;
    q.text = q.reportedAs!;
    delete q.reportedAs;
    const result = validateQuestions(data);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(/discuss-culture-and-mission-alignment.*"text" reads as a topic label/));
  });
});

describe('follow-up probes and outlines', () => {
  it('the shipped depth passes its check against the bank', () => {
    expect(errorsOf(depth)).toEqual([]);
  });

  it('every question has 3–5 probes of reasonable length, each list its own', () => {
    const byId = new Map(depth.questions.map((d) => [d.id, d.probes]));
    const lists = new Map<string, number>();
    const uses = new Map<string, number>();
    for (const q of bank) {
      const probes = byId.get(q.id) ?? [];
      expect.soft(probes.length, q.id).toBeGreaterThanOrEqual(3);
      expect.soft(probes.length, q.id).toBeLessThanOrEqual(5);
      for (const p of probes) {
        expect.soft(p.length, p).toBeGreaterThanOrEqual(15);
        expect.soft(p.length, p).toBeLessThanOrEqual(200);
        uses.set(p, (uses.get(p) ?? 0) + 1);
      }
      const key = [...probes].sort().join('|');
      lists.set(key, (lists.get(key) ?? 0) + 1);
    }
    expect(Math.max(...lists.values())).toBe(1);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(MAX_PROBE_REUSE);
  });

  it('every category has an outline of 4–6 annotated lines and the weak answer it replaces', () => {
    const categories = [...new Set(bank.flatMap((q) => q.categories))];
    expect(depth.outlines.map((o) => o.category).sort()).toEqual(categories.sort());
    for (const o of depth.outlines) {
      expect(o.strong.length).toBeGreaterThanOrEqual(4);
      expect(o.strong.length).toBeLessThanOrEqual(6);
      for (const l of o.strong) expect(l.why.length).toBeGreaterThan(20);
      expect(o.weak.why.length).toBeGreaterThan(40);
    }
  });

  const cases: Array<{ rule: string; expected: RegExp; mutate: (d: Depth) => void }> = [
    {
      rule: 'a question without probes',
      expected: /"questions" has no entry for the question "tell-me-about-yourself"/,
      mutate: (d) => (d.questions = d.questions.filter((q) => q.id !== 'tell-me-about-yourself')),
    },
    {
      rule: 'two probes',
      expected: /depth\.questions\[1\] \(id "tell-me-about-your-past-projects"\): "probes" must be an array of 3 to 5 probes/,
      mutate: (d) => (d.questions[1]!.probes = d.questions[1]!.probes.slice(0, 2)),
    },
    {
      rule: 'six probes',
      expected: /depth\.questions\[1\].*"probes" must be an array of 3 to 5/,
      mutate: (d) => d.questions[1]!.probes.push('One more probe here?', 'And another one here?'),
    },
    { rule: 'a probe too short', expected: /"probes\[0\]" must be a probe of 15 to 200 characters/, mutate: (d) => (d.questions[2]!.probes[0] = 'Why?') },
    {
      rule: 'an unknown id',
      expected: /"id" is not a question of the bank/,
      mutate: (d) => d.questions.push({ id: 'why-mistral', probes: ['What do you know of it?', 'Why now, and why here?', 'What would you build first?'] }),
    },
    {
      rule: 'the same probe list twice',
      expected: /depth\.questions\[4\].*"probes" repeats the probes of depth\.questions\[3\]/,
      mutate: (d) => (d.questions[4]!.probes = [...d.questions[3]!.probes].reverse()),
    },
    {
      rule: 'one probe everywhere',
      expected: /the probe "what would you do differently next time" is used by 4 questions/,
      mutate: (d) => d.questions.slice(10, 14).forEach((q) => (q.probes[0] = 'What would you do differently next time?')),
    },
    {
      rule: 'interviewer wording out of step with the bank',
      expected: /"interviewerText" is not the bank's text/,
      mutate: (d) => (d.questions.find((q) => q.interviewerText)!.interviewerText = 'Tell me about your culture.'),
    },
    {
      rule: 'interviewer wording dropped',
      expected: /"interviewerText" is missing/,
      mutate: (d) => delete d.questions.find((q) => q.interviewerText)!.interviewerText,
    },
    {
      rule: 'a reported follow-up left out',
      expected: /"probes" leaves out the reported follow-up "What would you do differently\?"/,
      mutate: (d) =>
        (d.questions.find((q) => q.id === 'tell-me-about-a-specific-conflict-with-another-person')!.probes = [
          'Who was it with, and what was at stake?',
          'How did the resolution take form?',
          'Why did you make those calls?',
        ]),
    },
    {
      rule: 'a category without an outline',
      expected: /"outlines" has no outline for the category "Career Motivation"/,
      mutate: (d) => (d.outlines = d.outlines.filter((o) => o.category !== 'Career Motivation')),
    },
    {
      rule: 'an outline of three lines',
      expected: /depth\.outlines\[0\] \(category "Project Deep Dives"\): "strong" must be an array of 4 to 6/,
      mutate: (d) => (d.outlines[0]!.strong = d.outlines[0]!.strong.slice(0, 3)),
    },
    {
      rule: 'an outline without its weak answer',
      expected: /depth\.outlines\[2\].*"weak"/,
      mutate: (d) => delete (d.outlines[2] as Partial<Depth['outlines'][number]>).weak,
    },
    {
      rule: 'an outline for no category',
      expected: /"category" is not a category of the bank/,
      mutate: (d) => d.outlines.push({ ...d.outlines[0]!, category: 'Riddles' }),
    },
  ];

  it.each(cases)('the check names the entry for: $rule', ({ expected, mutate }) => {
    const d = fresh();
    mutate(d);
    expect(errorsOf(d).join('\n')).toMatch(expected);
  });

  it('rejects a file that is not {questions, outlines}', () => {
    expect(errorsOf([])).toEqual(['depth: must be an object {questions, outlines}']);
    expect(errorsOf({ questions: [] })).toContainEqual('depth: "outlines" must be a non-empty array');
  });
});
