import { describe, expect, it } from 'vitest';
import { distanceWithin, typosAllowed } from './typos';

describe('typo distance', () => {
  it('counts a swapped pair of letters as one typo', () => {
    expect(distanceWithin('antrhopic', 'anthropic', 2)).toBe(1);
    expect(distanceWithin('teh', 'the', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(distanceWithin('halucination', 'hallucination', 2)).toBe(1);
    expect(distanceWithin('stakeholdr', 'stakeholder', 2)).toBe(1);
    expect(distanceWithin('antopic', 'anthropic', 2)).toBe(2);
    expect(distanceWithin('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops at the bound', () => {
    expect(distanceWithin('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(distanceWithin('ab', 'abcdefgh', 1)).toBe(2);
  });

  it('measures against the closest beginning of a longer word while typing', () => {
    expect(distanceWithin('halucin', 'hallucination', 1, true)).toBe(1);
    expect(distanceWithin('stakhe', 'stakeholders', 1, true)).toBe(1);
    expect(distanceWithin('hallucin', 'hallucination', 1, true)).toBe(0);
    expect(distanceWithin('zzzzzz', 'hallucination', 2, true)).toBe(3);
  });

  it('allows typos as Typesense does by default: none under 4 letters, one from 4, two from 7', () => {
    expect([3, 4, 6, 7, 12].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});
