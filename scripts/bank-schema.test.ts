import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBank } from './bank-schema';

const real = {
  questions: new URL('../data/questions.json', import.meta.url).pathname,
  guidance: new URL('../data/guidance.json', import.meta.url).pathname,
};

describe('the build’s bank check', () => {
  it('passes the shipped bank', () => {
    expect(() => checkBank(real)).not.toThrow();
  });

  it('fails naming the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const questions = JSON.parse(readFileSync(real.questions, 'utf8')) as Record<string, unknown>[];
    questions[3] = { ...questions[3], kind: 'riddle' };
    const file = join(dir, 'questions.json');
    writeFileSync(file, JSON.stringify(questions));
    expect(() => checkBank({ ...real, questions: file })).toThrow(new RegExp(`questions\\[3\\] \\(id "${String(questions[3]!.id)}"\\).*"kind"`));
  });

  it('fails on a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const file = join(dir, 'guidance.json');
    writeFileSync(file, '{ not json');
    expect(() => checkBank({ ...real, guidance: file })).toThrow(/guidance\.json: not valid JSON/);
  });
});

describe('the build’s check of data/depth.json', () => {
  it('fails naming the question that has no follow-up probes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const depth = JSON.parse(readFileSync(new URL('../data/depth.json', import.meta.url), 'utf8')) as { questions: { id: string }[] };
    const [removed] = depth.questions.splice(5, 1);
    const file = join(dir, 'depth.json');
    writeFileSync(file, JSON.stringify(depth));
    expect(() => checkBank({ ...real, depth: file })).toThrow(`depth.json: depth: "questions" has no entry for the question "${removed!.id}"`);
  });
});

describe('the build’s check of data/synonyms.json', () => {
  it('fails naming a group that finds nothing in the bank', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const synonyms = JSON.parse(readFileSync(new URL('../data/synonyms.json', import.meta.url), 'utf8')) as { groups: unknown[] };
    synonyms.groups.push({ theme: 'nonsense', terms: ['zzqxv', 'qqwwx'] });
    const file = join(dir, 'synonyms.json');
    writeFileSync(file, JSON.stringify(synonyms));
    expect(() => checkBank({ ...real, synonyms: file })).toThrow(
      `synonyms.json: synonyms.groups[${synonyms.groups.length - 1}] (theme "nonsense"): no term occurs in the bank, so the group finds nothing`,
    );
  });
});

describe('the build’s check of data/rounds.json', () => {
  const roundsFile = (change: (presets: Record<string, unknown>[]) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const rounds = JSON.parse(readFileSync(new URL('../data/rounds.json', import.meta.url), 'utf8')) as { presets: Record<string, unknown>[] };
    change(rounds.presets);
    const file = join(dir, 'rounds.json');
    writeFileSync(file, JSON.stringify(rounds));
    return file;
  };

  it('fails naming the preset whose question is not in the bank', () => {
    const file = roundsFile((presets) => {
      presets[0]!.picks = [{ question: 'why-atlantis' }];
    });
    expect(() => checkBank({ ...real, rounds: file })).toThrow(
      'rounds.json: rounds.presets[0] (id "openai-behavioral"): "picks[0].question" "why-atlantis" is not a question of the bank',
    );
  });

  it('fails naming the preset whose draw the bank cannot fill', () => {
    const file = roundsFile((presets) => {
      presets.push({ ...presets[0], id: 'too-many', picks: [{ draw: { company: 'OpenAI' }, count: 40 }] });
    });
    expect(() => checkBank({ ...real, rounds: file })).toThrow(/rounds\.presets\[5\] \(id "too-many"\): "picks\[0\]" draws 40 questions from company "OpenAI"/);
  });
});

describe('the build’s check of data/coach.json', () => {
  const coachFile = (change: (coach: Record<string, Record<string, unknown>>) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const coach = JSON.parse(readFileSync(new URL('../data/coach.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
    change(coach);
    const file = join(dir, 'coach.json');
    writeFileSync(file, JSON.stringify(coach));
    return file;
  };

  it('passes the shipped rules', () => {
    expect(() => checkBank(real)).not.toThrow();
  });

  it('fails naming a rule that cites guidance that does not exist', () => {
    const file = coachFile((coach) => {
      (coach.rules!['no-numbers'] as Record<string, unknown>).guidanceId = 'numbers-please';
    });
    expect(() => checkBank({ ...real, coach: file })).toThrow(
      'coach.json: coach.rules.no-numbers.guidanceId: "numbers-please" is not an insight or framework of data/guidance.json',
    );
  });

  it('fails naming a missing rule, a bad severity and a word list in capitals', () => {
    const file = coachFile((coach) => {
      delete coach.rules!['hedges'];
      (coach.rules!['buzzwords'] as Record<string, unknown>).severity = 'loud';
      coach.words!.fillers = ['Um'];
    });
    const fails = () => checkBank({ ...real, coach: file });
    expect(fails).toThrow(/coach\.rules\.hedges: is missing/);
    expect(fails).toThrow(/coach\.rules\.buzzwords\.severity: must be one of info, suggest, severe/);
    expect(fails).toThrow(/coach\.words\.fillers\[0\]: must be lower case/);
  });

  it('fails naming a category the bank does not have', () => {
    const file = coachFile((coach) => {
      coach.categories!.tradeoffs = ['Technical Decision-Making', 'Astrology'];
    });
    expect(() => checkBank({ ...real, coach: file })).toThrow('coach.categories.tradeoffs[1]: "Astrology" is not a category of the bank');
  });
});
