import { describe, expect, it } from 'vitest';
import { docHash } from './doc-hash';

describe('docHash', () => {
  it('is the same for the same text whatever the key order, and differs for other text', () => {
    expect(docHash({ title: 'A', fields: { s: '1', t: '2' } })).toBe(docHash({ fields: { t: '2', s: '1' }, title: 'A' }));
    expect(docHash({ title: 'A', fields: { s: '1' } })).not.toBe(docHash({ title: 'A', fields: { s: '2' } }));
    expect(docHash({ tags: ['a', 'b'] })).not.toBe(docHash({ tags: ['b', 'a'] }));
    expect(Number.isInteger(docHash({ a: 'x' })) && docHash({ a: 'x' }) >= 0).toBe(true);
  });
});
