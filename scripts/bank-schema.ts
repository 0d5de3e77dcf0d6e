import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateGuidance, validateQuestions } from '../src/bank/validate.ts';

interface Files {
  questions: string;
  guidance: string;
}

const DEFAULT_FILES: Files = {
  questions: new URL('../data/questions.json', import.meta.url).pathname,
  guidance: new URL('../data/guidance.json', import.meta.url).pathname,
};

/** Throws one error listing every problem in the shipped content, each naming the entry and field. */
export function checkBank(files: Files = DEFAULT_FILES): void {
  const problems: string[] = [];
  for (const [file, validate] of [
    [files.questions, validateQuestions],
    [files.guidance, validateGuidance],
  ] as const) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = validate(data);
    if (!result.ok) problems.push(...result.errors.map((e) => `${file}: ${e}`));
  }
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
