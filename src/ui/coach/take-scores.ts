import type { Question } from '../../bank/types';
import { loadCoachRules } from '../../bank/load';
import { coach } from '../../practice/coach/coach';
import type { Take } from '../../practice/types';
import { targetSeconds } from '../../practice/speaking-time';

/** The coach's score of each take that has a transcript long enough to judge: shown beside the take, to watch it rise. */
export async function scoreTakes(takes: readonly Take[], question: Question): Promise<Map<string, number>> {
  const rules = await loadCoachRules();
  const scores = new Map<string, number>();
  for (const take of takes) {
    if (!take.transcript) continue;
    const { score } = coach(
      {
        framework: 'free',
        parts: [{ key: 'transcript', text: take.transcript }],
        question,
        targetSeconds: targetSeconds(question.text),
        spoken: { durationMs: take.durationMs, speakingMs: take.analysis?.speakingMs },
      },
      rules,
    );
    if (score !== null) scores.set(take.id, score);
  }
  return scores;
}
