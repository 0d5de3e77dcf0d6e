/** About 140 words a minute: a calm interview pace. */
export const WORDS_PER_MINUTE = 140;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function speakingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

/** 60 s for the opener ("Tell me about yourself"), 2 minutes for everything else. */
export function targetSeconds(questionText: string): number {
  return /tell me about yourself/i.test(questionText) ? 60 : 120;
}
