// The check of data/rounds.json: every problem names the preset and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawPool } from './rounds';
import type { Depth, Question, Rounds } from './types';
import { validateRounds } from './validate';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;
const bank = read<Question[]>('questions.json');
const depth = read<Depth>('depth.json');
const shipped = read<Rounds>('rounds.json');

/** The errors of the shipped file after `change`; [] when it passes. */
function errorsAfter(change: (rounds: { about?: unknown; presets: Record<string, unknown>[] }) => void, withDepth = true): string[] {
  const rounds = structuredClone(shipped) as unknown as { presets: Record<string, unknown>[] };
  change(rounds);
  const result = validateRounds(rounds, bank, withDepth ? depth : undefined);
  return result.ok ? [] : result.errors;
}
const OPENAI = 'rounds.presets[0] (id "openai-behavioral")';

describe('validateRounds', () => {
  it('passes the shipped presets, with and without the depth', () => {
    expect(errorsAfter(() => {})).toEqual([]);
    expect(errorsAfter(() => {}, false)).toEqual([]);
  });

  it('rejects what is not an object of presets', () => {
    expect(validateRounds([], bank)).toEqual({ ok: false, errors: ['rounds: must be an object {about, presets}'] });
    expect(errorsAfter((r) => void (r.presets = []))).toEqual(['rounds: "presets" must be a non-empty array']);
    expect(errorsAfter((r) => void ((r as Record<string, unknown>)['extra'] = 1))).toEqual(['rounds: "extra" is not an allowed field']);
  });

  it('names an unknown question, a pattern and a repeated question', () => {
    const pattern = bank.find((q) => q.kind === 'pattern')!.id;
    expect(
      errorsAfter((r) => {
        r.presets[0]!.picks = [{ question: 'why-atlantis' }, { question: pattern }, { question: 'why-openai' }, { question: 'why-openai' }];
      }),
    ).toEqual([
      `${OPENAI}: "picks[0].question" "why-atlantis" is not a question of the bank`,
      `${OPENAI}: "picks[1].question" "${pattern}" is an answer pattern, not a question to ask`,
      `${OPENAI}: "picks[3].question" "why-openai" repeats picks[2]`,
    ]);
  });

  it('names an unknown category and an unknown company', () => {
    expect(
      errorsAfter((r) => {
        r.presets[0]!.picks = [
          { draw: { category: 'Juggling' }, count: 1 },
          { draw: { company: 'Acme', category: 'Failure & Learning' }, count: 1 },
        ];
      }),
    ).toEqual([
      `${OPENAI}: "picks[0].draw.category" "Juggling" is not a category of the bank`,
      `${OPENAI}: "picks[1].draw.company" "Acme" is not a company of the bank`,
    ]);
  });

  it('names a draw the bank cannot fill, counting what fixed questions and earlier draws may take', () => {
    const pool = drawPool({ company: 'Microsoft' }, bank);
    expect(errorsAfter((r) => void (r.presets[0]!.picks = [{ draw: { company: 'Microsoft' }, count: pool.length }]))).toEqual([]);
    expect(errorsAfter((r) => void (r.presets[0]!.picks = [{ draw: { company: 'Microsoft' }, count: pool.length + 1 }]))).toEqual([
      `${OPENAI}: "picks[0]" draws ${pool.length + 1} questions from company "Microsoft" but the bank can be sure of only ${pool.length} there once the earlier picks are taken`,
    ]);
    // A fixed question of the pool leaves one fewer for the draw.
    expect(errorsAfter((r) => void (r.presets[0]!.picks = [{ draw: { company: 'Microsoft' }, count: pool.length }, { question: pool[0]!.id }]))).toEqual([
      `${OPENAI}: "picks[0]" draws ${pool.length} questions from company "Microsoft" but the bank can be sure of only ${pool.length - 1} there once the earlier picks are taken`,
    ]);
    // An earlier, wider draw may take from the later draw's pool.
    expect(
      errorsAfter(
        (r) =>
          void (r.presets[0]!.picks = [
            { draw: {}, count: 2 },
            { draw: { company: 'Microsoft' }, count: pool.length - 1 },
          ]),
      ),
    ).toEqual([
      `${OPENAI}: "picks[1]" draws ${pool.length - 1} questions from company "Microsoft" but the bank can be sure of only ${pool.length - 2} there once the earlier picks are taken`,
    ]);
  });

  it('names counts and probes out of range, and a pick that is neither or both', () => {
    expect(
      errorsAfter((r) => {
        r.presets[0]!.picks = [
          { draw: { company: 'OpenAI' }, count: 0 },
          { draw: { company: 'OpenAI' }, count: -2 },
          { draw: { company: 'OpenAI' } },
          { question: 'why-openai', probes: -1 },
          { question: 'why-openai', draw: {} },
          { probes: 1 },
          { question: 'walk-me-through-your-resume', count: 2 },
          { question: 'tell-me-about-yourself', probes: 9 },
        ];
      }),
    ).toEqual([
      `${OPENAI}: "picks[0].count" must be a whole number of at least 1`,
      `${OPENAI}: "picks[1].count" must be a whole number of at least 1`,
      `${OPENAI}: "picks[2].count" is missing: how many questions to draw`,
      `${OPENAI}: "picks[3].probes" must be a whole number from 0 to 5`,
      `${OPENAI}: "picks[4]" has both a "question" and a "draw": give one`,
      `${OPENAI}: "picks[5]" needs a "question" or a "draw"`,
      `${OPENAI}: "picks[6].count" is only for a draw: a fixed question is asked once`,
      `${OPENAI}: "picks[7].probes" must be a whole number from 0 to 5`,
      `${OPENAI}: "picks[7].probes" asks 9 follow-ups but "tell-me-about-yourself" has only 4`,
    ]);
  });

  it('names more follow-ups than the depth has, for a fixed question and for a draw', () => {
    expect(errorsAfter((r) => void (r.presets[4]!.picks = [{ question: 'tell-me-about-yourself', probes: 5 }]))).toEqual([
      'rounds.presets[4] (id "first-five-minutes"): "picks[0].probes" asks 5 follow-ups but "tell-me-about-yourself" has only 4',
    ]);
    expect(errorsAfter((r) => void (r.presets[4]!.picks = [{ draw: {}, count: 1, probes: 5 }]))).toEqual([
      'rounds.presets[4] (id "first-five-minutes"): "picks[0].probes" asks 5 follow-ups but some questions of the whole bank have fewer',
    ]);
    expect(errorsAfter((r) => void (r.presets[4]!.picks = [{ question: 'tell-me-about-yourself', probes: 5 }]), false)).toEqual([]);
  });

  it('names an answer limit longer than the round, bad times, a repeated id and missing fields', () => {
    expect(
      errorsAfter((r) => {
        r.presets[4]!.answerSeconds = 301;
        r.presets[3]!.minutes = 0;
        r.presets[2]!.thinkingSeconds = 'soon';
        r.presets[1]!.id = 'openai-behavioral';
        delete r.presets[0]!.title;
        r.presets[0]!.colour = 'blue';
      }),
    ).toEqual([
      `${OPENAI}: "title" must be a non-empty string`,
      `${OPENAI}: "colour" is not an allowed field`,
      'rounds.presets[1] (id "openai-behavioral"): "id" duplicates the id of rounds.presets[0]',
      'rounds.presets[2] (id "staff-leadership"): "thinkingSeconds" must be a whole number from 0 to 600',
      'rounds.presets[3] (id "staff-collaboration"): "minutes" must be a whole number from 1 to 240',
      'rounds.presets[4] (id "first-five-minutes"): "answerSeconds" (301 s) is longer than the whole round (5 min)',
    ]);
  });

  it('names a pick that is not an object and picks that are not a list', () => {
    expect(
      errorsAfter((r) => {
        r.presets[0]!.picks = ['why-openai'];
        r.presets[1]!.picks = [];
      }),
    ).toEqual([
      `${OPENAI}: "picks[0]" must be an object {question, probes?} or {draw, count, probes?}`,
      'rounds.presets[1] (id "anthropic-culture-safety"): "picks" must be a non-empty array of picks',
    ]);
  });
});
