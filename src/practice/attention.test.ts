import { describe, expect, it } from 'vitest';
import { kindName } from './attention';

describe('a record kind as the needs-attention list names it', () => {
  it('is the store’s label, starting a line', () => {
    expect(kindName('revision')).toBe('Draft revision');
    expect(kindName('customQuestion')).toBe('Custom question');
    expect(kindName('chunk')).toBe('Piece of a take’s audio');
  });
});
