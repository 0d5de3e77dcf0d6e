import { describe, expect, it } from 'vitest';
import { countWords, speakingSeconds, targetSeconds } from './speaking-time';

describe('speaking time', () => {
  it('counts words, keeping contractions, hyphenations and numbers as one', () => {
    expect(countWords('')).toBe(0);
    expect(countWords("  I didn't re-run the 40% eval, we shipped v2.  ")).toBe(9);
    expect(countWords('naïve café')).toBe(2);
  });
  it('estimates about 140 words a minute', () => {
    expect(speakingSeconds(140)).toBe(60);
    expect(speakingSeconds(280)).toBe(120);
    expect(speakingSeconds(0)).toBe(0);
  });
  it('targets 60 s for tell me about yourself and 2 minutes otherwise', () => {
    expect(targetSeconds('Tell me about yourself.')).toBe(60);
    expect(targetSeconds('Why OpenAI?')).toBe(120);
  });
});
