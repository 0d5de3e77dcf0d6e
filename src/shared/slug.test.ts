import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slug } from './slug';

const bank = JSON.parse(readFileSync(new URL('../../data/questions.json', import.meta.url), 'utf8')) as { id: string; text: string; reportedAs?: string }[];

describe('slug', () => {
  // The seed's wording made the id: `reportedAs` where the entry is reworded for the interviewer's voice, else `text`.
  it('reproduces every shipped bank id from its seed wording (ids never change)', () => {
    expect(bank.length).toBeGreaterThan(90);
    expect(bank.filter((q) => slug(q.reportedAs ?? q.text) !== q.id).map((q) => q.id)).toEqual([]);
  });

  it.each([
    ['Why Mistral?', 'why-mistral'],
    ['  Pourquoi Hugging Face — été ?', 'pourquoi-hugging-face-ete'],
    ["What's your biggest mistake? You're sure?", 'whats-your-biggest-mistake-youre-sure'],
    ['Google DeepMind', 'google-deepmind'],
    ['为什么选择我们', ''],
  ])('%s → %s', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('cuts on a word boundary, never on a dangling little word', () => {
    expect(slug('Tell me about a time you disagreed with a researcher about the eval', { maxLength: 40 })).toBe('tell-me-about-a-time-you-disagreed');
    expect(slug('Walk me through the hardest bug you fixed in the last year', { maxLength: 30 })).toBe('walk-me-through-the-hardest');
    expect(slug('x'.repeat(50), { maxLength: 40 })).toBe('x'.repeat(40));
  });

  it('falls back when nothing is left', () => {
    expect(slug('为什么选择我们', { fallback: 'question' })).toBe('question');
    expect(slug('Why us?', { fallback: 'question' })).toBe('why-us');
  });
});
