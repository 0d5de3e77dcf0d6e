import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/types';
import { coverage } from './coverage';
import { uncoveredCategories } from './story-gaps';

const q = (id: string, categories: string[]): Question => ({ id, text: id, categories, companies: ['OpenAI'], sources: [], testing: '', kind: 'question' });
const bank = [q('a', ['Leadership & Ownership']), q('b', ['Failure & Learning', 'Technical Decision-Making']), q('c', ['Conflict & Collaboration'])];

describe('uncoveredCategories', () => {
  it('leaves out categories reached by a linked question or a tag, in the catalog order', () => {
    // Primary categories first, in the bank's order, then the secondary ones.
    expect(uncoveredCategories([], bank)).toEqual(['Leadership & Ownership', 'Failure & Learning', 'Conflict & Collaboration', 'Technical Decision-Making']);
    expect(uncoveredCategories([{ questionIds: ['b'], tags: ['conflict'] }], bank)).toEqual(['Leadership & Ownership']);
    expect(uncoveredCategories([{ questionIds: ['gone'], tags: ['decision-making', 'misc'] }], bank)).toEqual([
      'Leadership & Ownership',
      'Failure & Learning',
      'Conflict & Collaboration',
    ]);
  });
  it('agrees with the Stories page coverage', () => {
    const cases = [[], [{ id: 's', questionIds: ['a'], tags: [] }], [{ id: 's', questionIds: [], tags: ['Ownership', 'learning'] }]];
    for (const stories of cases) expect(uncoveredCategories(stories, bank)).toEqual(coverage(stories, bank).uncoveredCategories);
  });
});
