import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateCoach } from '../src/bank/coach-rules.ts';
import { validateDepth, validateGuidance, validateQuestions, validateRounds, validateSynonyms } from '../src/bank/validate.ts';

interface Files {
  questions: string;
  guidance: string;
  /** The hand-written depth (interviewer wording, probes, outlines); checked against the questions. */
  depth?: string;
  /** The vocabulary of the field for search; checked against the questions. */
  synonyms?: string;
  /** The mock-round presets; checked against the questions (and the depth's probes). */
  rounds?: string;
  /** The answer coach's rules and word lists; checked against the guidance and the bank's categories. */
  coach?: string;
}

const DEFAULT_FILES: Required<Files> = {
  questions: new URL('../data/questions.json', import.meta.url).pathname,
  guidance: new URL('../data/guidance.json', import.meta.url).pathname,
  depth: new URL('../data/depth.json', import.meta.url).pathname,
  synonyms: new URL('../data/synonyms.json', import.meta.url).pathname,
  rounds: new URL('../data/rounds.json', import.meta.url).pathname,
  coach: new URL('../data/coach.json', import.meta.url).pathname,
};

/** Throws one error listing every problem in the shipped content, each naming the entry and field. */
export function checkBank(files: Files = DEFAULT_FILES): void {
  const { questions, guidance, depth, synonyms, rounds, coach } = { ...DEFAULT_FILES, ...files };
  const problems: string[] = [];
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  const report = (file: string, result: { ok: true } | { ok: false; errors: string[] }) => {
    if (!result.ok) problems.push(...result.errors.map((e) => `${file}: ${e}`));
  };
  const questionData = read(questions);
  const checked = questionData === undefined ? undefined : validateQuestions(questionData);
  if (checked) report(questions, checked);
  const guidanceData = read(guidance);
  const guidanceChecked = guidanceData === undefined ? undefined : validateGuidance(guidanceData);
  if (guidanceChecked) report(guidance, guidanceChecked);
  const depthData = read(depth);
  const depthChecked = depthData !== undefined && checked?.ok ? validateDepth(depthData, checked.questions) : undefined;
  if (depthChecked) report(depth, depthChecked);
  const synonymData = read(synonyms);
  if (synonymData !== undefined && checked?.ok) report(synonyms, validateSynonyms(synonymData, checked.questions));
  const roundData = read(rounds);
  if (roundData !== undefined && checked?.ok) report(rounds, validateRounds(roundData, checked.questions, depthChecked?.ok ? depthChecked.depth : undefined));
  const coachData = read(coach);
  if (coachData !== undefined)
    report(
      coach,
      validateCoach(
        coachData,
        guidanceChecked?.ok ? guidanceChecked.guidance : undefined,
        checked?.ok ? checked.questions.flatMap((q) => q.categories) : undefined,
      ),
    );
  if (problems.length) throw new Error(`The question bank is invalid:\n  ${problems.join('\n  ')}`);
}

/** Fails `vite build` (and the dev server) when data/ breaks the contract. */
export function bankSchema(files?: Files): Plugin {
  return {
    name: 'rehearse-bank-schema',
    buildStart() {
      checkBank(files);
    },
  };
}
