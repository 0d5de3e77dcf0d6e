import { describe, expect, it } from 'vitest';
import { segments } from './highlight';

describe('highlight segments', () => {
  it('splits text into plain and matched parts', () => {
    expect(segments('reduce hallucinations', [[7, 20]])).toEqual([
      { text: 'reduce ', match: false },
      { text: 'hallucinations', match: true },
    ]);
  });

  it('merges overlapping and touching ranges, in any order', () => {
    expect(
      segments('abcdefgh', [
        [4, 5],
        [0, 2],
        [2, 3],
      ]),
    ).toEqual([
      { text: 'abcdef', match: true },
      { text: 'gh', match: false },
    ]);
  });

  it('drops single-letter noise and out-of-range indices', () => {
    expect(
      segments('abc', [
        [1, 1],
        [2, 9],
      ]),
    ).toEqual([{ text: 'abc', match: false }]);
  });

  it('keeps the whole text when nothing matched', () => {
    expect(segments('', [])).toEqual([]);
    expect(
      segments('x y', [])
        .map((s) => s.text)
        .join(''),
    ).toBe('x y');
  });
});
