/**
 * The rules of data/rounds.json that both the build check (validate.ts) and the round builder
 * (practice/rounds/build.ts) follow, so a preset that passes the check always fills. Pure.
 */
import type { Question, RoundDraw } from './types';

/** Only questions are put to the candidate; an answer pattern is something to say, not something asked. */
export const askable = (q: Question): boolean => q.kind === 'question';

/** The bank's askable questions a draw takes from, in bank order: in the category (if any) and of the company (if any). */
export function drawPool(draw: RoundDraw, questions: readonly Question[]): Question[] {
  return questions.filter(
    (q) =>
      askable(q) && (draw.category === undefined || q.categories.includes(draw.category)) && (draw.company === undefined || q.companies.includes(draw.company)),
  );
}

/** `category "Culture Fit & Values", company "Anthropic"`: a draw as an error line or a note names it. */
export function describeDraw(draw: RoundDraw): string {
  const parts = [draw.category === undefined ? '' : `category "${draw.category}"`, draw.company === undefined ? '' : `company "${draw.company}"`].filter(
    Boolean,
  );
  return parts.length ? parts.join(', ') : 'the whole bank';
}
