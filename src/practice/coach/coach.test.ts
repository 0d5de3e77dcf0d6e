import { describe, expect, it } from 'vitest';
import { fixtures, inputOf, loadRules, longAnswer } from '../../../tests/fixtures/coach/fixtures';
import { checklist, coach, type CoachInput } from './coach';

const rules = loadRules();
const flagged = (input: CoachInput) => coach(input, rules).remarks.filter((r) => r.severity !== 'info');
const strong = fixtures.filter((f) => f.expect.length === 0);
const weak = fixtures.filter((f) => f.expect.length > 0);

describe('the coach on the labelled answers (tests/fixtures/coach)', () => {
  it('has at least 40 answers across the bank’s categories, strong and weak', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(strong.length).toBeGreaterThanOrEqual(12);
    expect(weak.length).toBeGreaterThanOrEqual(20);
    expect(new Set(fixtures.map((f) => inputOf(f).question!.categories[0])).size).toBe(9);
  });

  it.each(strong.map((f) => [f.id, f] as const))('raises no severe remark on the strong answer %s', (_, f) => {
    expect(flagged(inputOf(f)).filter((r) => r.severity === 'severe')).toEqual([]);
  });

  it.each(weak.map((f) => [f.id, f] as const))('gives %s each remark it deserves', (_, f) => {
    const kinds = new Set(flagged(inputOf(f)).map((r) => r.kind));
    for (const kind of f.expect) expect(kinds, `${f.id} should get a ${kind} remark`).toContain(kind);
  });

  it.each(fixtures.filter((f) => f.evidence).map((f) => [f.id, f] as const))('marks the words behind the remarks of %s', (_, f) => {
    const input = inputOf(f);
    const remarks = flagged(input);
    for (const want of f.evidence!) {
      const spans = remarks.filter((r) => r.kind === want.kind).flatMap((r) => r.evidence);
      const text = (part: string) => input.parts.find((p) => p.key === part)!.text;
      // Every span is the words it says, where it says…
      for (const s of spans) expect(text(s.part).slice(s.start, s.end)).toBe(s.text);
      // …and one of them is, or holds, the words the reader picked.
      const marks = spans.filter((s) => s.part === want.part && s.text.toLowerCase().includes(want.text.toLowerCase()));
      expect(marks, `${f.id}: a ${want.kind} remark should mark “${want.text}” in ${want.part}`).not.toEqual([]);
      if (want.kind === 'words' || want.kind === 'ownership') expect(marks.map((s) => s.text.toLowerCase())).toContain(want.text.toLowerCase());
    }
  });
});

describe('the coach’s rules', () => {
  const star = (fields: Record<string, string>, categories = ['Leadership & Ownership']): CoachInput => ({
    framework: 'star',
    parts: ['situation', 'task', 'action', 'result'].map((key) => ({ key, text: fields[key] ?? '' })),
    question: { text: 'Tell me about a time you led something.', categories, testing: 'Ownership, initiative.' },
    targetSeconds: 120,
  });

  it('says nothing about an answer too short to judge, and gives no score', () => {
    const result = coach(star({ situation: 'We had a slow model.', action: 'I made it faster.' }), rules);
    expect(result.remarks).toEqual([]);
    expect(result.score).toBeNull();
  });

  it('names the empty Result and points at its field, and the score drops', () => {
    const result = coach(
      star({
        situation: 'Our nightly batch scoring job for the churn model took nine hours and often missed the morning deadline.',
        task: 'I owned the job and had to make it finish before the sales team started work.',
        action: 'I profiled it, found that most of the time went into one join, rewrote that join in Spark and added partitioning by region.',
      }),
      rules,
    );
    const missing = result.remarks.find((r) => r.rule === 'missing-outcome');
    expect(missing).toMatchObject({ kind: 'structure', severity: 'severe', part: 'result', guidanceId: 'first-five-minutes' });
    expect(missing!.message).toContain('No Result yet');
    expect(result.score).toBeLessThanOrEqual(75);
  });

  const spoken = (transcript: string, seconds: number): CoachInput => ({
    framework: 'free',
    parts: [{ key: 'transcript', text: transcript }],
    question: { text: 'Describe a time you reduced cost.', categories: ['Project Deep Dives'], testing: 'Cost awareness.' },
    targetSeconds: 120,
    spoken: { durationMs: seconds * 1000, speakingMs: seconds * 1000 },
  });
  const body =
    'I owned the inference service for our search assistant and I noticed the GPU bill had doubled in a quarter ' +
    'so I profiled the traffic and found most requests were repeats I added a cache in front of the model instead of ' +
    'buying more GPUs which cost us some freshness on rare queries and the result was that spend fell by forty percent ' +
    'and p95 latency dropped from two seconds to 600 ms for our 80,000 daily users';

  it('lets a handful of fillers a minute pass, and flags many', () => {
    const few = `um ${body.replace('so I profiled', 'so uh I profiled')}`; // 2 in about 30 s: 4 a minute
    expect(flagged(spoken(few, 30)).map((r) => r.rule)).not.toContain('fillers-spoken');
    const many = body.replace(/ and /g, ' and um like ');
    const remark = flagged(spoken(many, 40)).find((r) => r.rule === 'fillers-spoken');
    expect(remark?.evidence.length).toBeGreaterThanOrEqual(8);
    expect(remark?.evidence.every((s) => ['um', 'like'].includes(s.text))).toBe(true);
  });

  it('does not count "like" as a filler after "would" or "looks"', () => {
    const text = `${body} and it would like to look like that`.replace('um', '');
    const remark = coach(spoken(text, 30), rules).remarks.find((r) => r.rule === 'fillers-spoken');
    expect(remark).toBeUndefined();
  });

  it('gives the pace of a take against 120–160 words a minute', () => {
    const words = body.split(' ').length;
    expect(coach(spoken(body, (words / 140) * 60), rules).remarks.find((r) => r.kind === 'pace')?.rule).toBe('pace-ok');
    expect(coach(spoken(body, (words / 200) * 60), rules).remarks.some((r) => r.rule === 'pace-fast')).toBe(true);
    expect(coach(spoken(body, (words / 90) * 60), rules).remarks.some((r) => r.rule === 'pace-slow')).toBe(true);
    expect(coach(spoken(body, (words / 200) * 60), rules).figures.wpm).toBe(200);
  });

  it('counts a number in the Situation as context, not as the impact', () => {
    const draft = star({
      situation: 'Our support assistant answered 40,000 questions a month for 300 enterprise customers.',
      task: 'I had to make its answers trustworthy enough for the legal team to approve it.',
      action: 'I built an evaluation set with the support leads and added citations to every answer, and I chose a reranker over fine-tuning.',
      result: 'Legal approved it, and the support team now relies on it for billing questions every day.',
    });
    expect(flagged(draft).map((r) => r.rule)).toContain('no-numbers');
  });

  const free = (text: string, question: { text?: string; categories: string[]; testing: string }): CoachInput => ({
    framework: 'free',
    parts: [{ key: 'free', text }],
    question: { text: 'Tell me about a project.', ...question },
    targetSeconds: 120,
  });
  const plain =
    'I owned the ranking service for our job search and noticed that mobile searches converted far worse than desktop ones. ' +
    'I pulled a month of logs, found that short queries matched too few listings, and built a query expansion step from our own click data. ' +
    'I tested it in shadow mode for two weeks with the search lead, then rolled it out to all traffic. ' +
    'Applications per mobile search rose by 12% and the gap with desktop closed by half within a month.';

  it('asks for trade-offs only where the question is about a choice, and not where it asks about a mistake', () => {
    const asked = (question: { text?: string; categories: string[]; testing: string }) => flagged(free(plain, question)).some((r) => r.rule === 'no-tradeoffs');
    expect(asked({ categories: ['Technical Decision-Making'], testing: 'Problem decomposition.' })).toBe(true);
    expect(asked({ categories: ['Project Deep Dives'], testing: 'Ownership, architectural judgment.' })).toBe(true);
    expect(asked({ categories: ['Leadership & Ownership'], testing: 'Prioritization, delivery focus.' })).toBe(true);
    expect(asked({ categories: ['Project Deep Dives'], testing: 'Hands-on experience, results orientation.' })).toBe(false);
    expect(asked({ categories: ['AI-Specific Behavioral'], testing: 'Practical LLM experience.' })).toBe(false);
    expect(asked({ text: 'Tell me about a technical misjudgment.', categories: ['Technical Decision-Making'], testing: 'Honesty about mistakes.' })).toBe(
      false,
    );
  });

  it.each(['instead', 'at the expense of', 'ruled out', 'went with', 'baseline'])('hears an alternative named with “%s”', (words) => {
    const text = plain.replace('and built a query expansion step', `and built a query expansion step (${words} a new model)`);
    expect(flagged(free(text, { categories: ['Technical Decision-Making'], testing: 'Problem decomposition.' })).map((r) => r.rule)).not.toContain(
      'no-tradeoffs',
    );
  });

  it('counts a spelled number with one word before its unit as a figure', () => {
    const text = plain
      .replace(' for two weeks', '')
      .replace(
        'Applications per mobile search rose by 12% and the gap with desktop closed by half within a month.',
        'The next two drift incidents were caught within a day.',
      );
    const question = { categories: ['Leadership & Ownership'], testing: 'Initiative.' };
    expect(flagged(free(text, question)).map((r) => r.rule)).not.toContain('no-numbers');
    expect(flagged(free(text.replace('two drift incidents', 'drift incidents'), question)).map((r) => r.rule)).toContain('no-numbers');
  });

  it('takes a model name’s version for a name, not for a figure', () => {
    const draft = {
      ...star({}),
      framework: 'free' as const,
      parts: [
        {
          key: 'free',
          text:
            'We used Llama 3 with LangChain and RAG over Pinecone, then GPT-4 as a judge, and moved to Mistral with LoRA adapters. ' +
            'It was a great stack to learn.',
        },
      ],
    };
    expect(flagged(draft).map((r) => r.rule)).toEqual(expect.arrayContaining(['names', 'no-numbers']));
  });
});

describe('the self-review checklist', () => {
  it('turns a list of qualities into one question each, and keeps a sentence whole', () => {
    expect(checklist('Ownership, architectural thinking, ability to ship. The best answers frame around impact, not technology names.')).toEqual([
      'Does your answer show ownership?',
      'Does your answer show architectural thinking?',
      'Does your answer show ability to ship?',
      'The best answers frame around impact, not technology names.',
    ]);
  });
});

describe('the coach’s speed', () => {
  it('coaches a 600-word answer in well under a frame', () => {
    const input = longAnswer();
    expect(coach(input, rules).figures.words).toBeGreaterThanOrEqual(600);
    for (let i = 0; i < 20; i++) coach(input, rules);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      coach(input, rules);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // The bench reports the real figure (under 5 ms); a loaded CI machine gets room here.
    expect(times[25]!).toBeLessThan(16);
  });
});
