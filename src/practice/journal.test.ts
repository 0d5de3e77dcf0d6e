import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftJournal, journal } from './journal';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const pending = { framework: 'star' as const, fields: { situation: 'x' }, baseRev: 2, at: 1 };

describe('the unsaved-text journal', () => {
  it('keeps text per record under its own key and reads it back', () => {
    draftJournal.write('q1', pending);
    expect(storage.items.has('rehearse:unsaved-draft:q1')).toBe(true);
    expect(draftJournal.read('q1')).toEqual(pending);
    expect(draftJournal.read('q2')).toBeNull();
  });

  it('clears only what was saved, so text typed during a save stays', () => {
    draftJournal.write('q1', pending);
    draftJournal.clear('q1', { ...pending, fields: { situation: 'older' } });
    expect(draftJournal.read('q1')).toEqual(pending);
    draftJournal.clear('q1', pending);
    expect(draftJournal.read('q1')).toBeNull();
  });

  it('ignores entries that are not its shape or not JSON', () => {
    storage.setItem('rehearse:unsaved-draft:q1', '{"framework":"star"}');
    storage.setItem('rehearse:unsaved-draft:q2', '{not json');
    expect(draftJournal.read('q1')).toBeNull();
    expect(draftJournal.read('q2')).toBeNull();
  });

  it('never throws when storage is full or blocked', () => {
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const j = journal<{ a: string }>('x', (v) => typeof v.a === 'string');
    expect(() => j.write('1', { a: 'b' })).not.toThrow();
    vi.stubGlobal('localStorage', undefined);
    expect(j.read('1')).toBeNull();
    expect(() => j.clear('1')).not.toThrow();
  });
});
