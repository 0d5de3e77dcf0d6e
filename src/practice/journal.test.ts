import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './editing/memory-storage.test-support';
import { clearAllJournals, draftJournal, putBack, SET_ASIDE_PREFIX, setAsideKeys, storyJournal, takeJournal, withUnsavedTakeText } from './journal';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const entry = { doc: { framework: 'star' as const, fields: { situation: 'x' } }, baseRev: 2, at: 1 };

describe('the unsaved-text journal', () => {
  it('keeps the mark of a save in flight with the entry, and reads a bad mark as none', () => {
    draftJournal.write('q1', 'tabA', { ...entry, sent: 123456 });
    draftJournal.write('q1', 'tabB', entry);
    storage.setItem('rehearse:unsaved-draft:q1:tabC', JSON.stringify({ ...entry.doc, baseRev: 2, at: 3, sent: 'x' }));
    const byTab = Object.fromEntries(draftJournal.readAll('q1').entries.map((e) => [e.tab, e.sent]));
    expect(byTab).toEqual({ tabA: 123456, tabB: undefined, tabC: undefined });
    expect(storyJournal.readAll('q1').entries).toEqual([]);
  });

  it('keeps text per record and tab, and reads every tab’s entry back', () => {
    expect(draftJournal.write('q1', 'tabA', entry)).toBe(true);
    draftJournal.write('q1', 'tabB', { ...entry, at: 2 });
    draftJournal.write('q10', 'tabA', entry);
    expect(storage.items.has('rehearse:unsaved-draft:q1:tabA')).toBe(true);
    const { entries, setAside } = draftJournal.readAll('q1');
    expect(entries.map((e) => [e.tab, e.at])).toEqual([
      ['tabA', 1],
      ['tabB', 2],
    ]);
    expect(entries[0]).toMatchObject(entry);
    expect(setAside).toEqual([]);
  });

  it('one tab clears only its own entry', () => {
    draftJournal.write('q1', 'tabA', entry);
    draftJournal.write('q1', 'tabB', entry);
    draftJournal.clear('q1', 'tabA');
    expect(draftJournal.readAll('q1').entries.map((e) => e.tab)).toEqual(['tabB']);
  });

  it('reads an entry from before per-tab keys as a tab of its own', () => {
    storage.setItem('rehearse:unsaved-draft:q1', JSON.stringify({ framework: 'sail', fields: { a: 'b' }, baseRev: 1, at: 5 }));
    storage.setItem('rehearse:unsaved-story:s1', JSON.stringify({ title: 't', framework: 'star', fields: {}, tags: ['a', 'b'], metric: '' }));
    expect(draftJournal.readAll('q1').entries).toEqual([
      { doc: { framework: 'sail', fields: { a: 'b' } }, baseRev: 1, at: 5, tab: null, key: 'rehearse:unsaved-draft:q1' },
    ]);
    expect(storyJournal.readAll('s1').entries[0]).toMatchObject({ doc: { tags: 'a, b' }, baseRev: -1 });
  });

  it('sets a malformed entry aside and reports it, never throws', () => {
    const bad = '{"framework":"star","fields":{"situation":5},"baseRev":0,"at":0}';
    storage.setItem('rehearse:unsaved-draft:q1:tabA', bad);
    storage.setItem('rehearse:unsaved-draft:q1:tabB', '{not json');
    storage.setItem('rehearse:unsaved-draft:q1:tabC', JSON.stringify({ framework: 'nope', fields: {}, baseRev: 0, at: 0 }));
    draftJournal.write('q1', 'tabD', entry);
    const { entries, setAside } = draftJournal.readAll('q1');
    expect(entries.map((e) => e.tab)).toEqual(['tabD']);
    expect(setAside.sort()).toEqual(['rehearse:unsaved-draft:q1:tabA', 'rehearse:unsaved-draft:q1:tabB', 'rehearse:unsaved-draft:q1:tabC']);
    expect(storage.getItem('rehearse:unsaved-draft:q1:tabA')).toBeNull();
    expect(storage.getItem(`${SET_ASIDE_PREFIX}rehearse:unsaved-draft:q1:tabA`)).toBe(bad);
    expect(draftJournal.readAll('q1').setAside).toEqual([]); // once aside, not reported again
  });

  it('says when storage is full or blocked, and never throws', () => {
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(draftJournal.write('q1', 'tabA', entry)).toBe(false);
    vi.stubGlobal('localStorage', undefined);
    expect(draftJournal.readAll('q1')).toEqual({ entries: [], setAside: [] });
    expect(() => draftJournal.clear('q1', 'tabA')).not.toThrow();
  });

  it('keeps a malformed entry where it is when its set-aside copy cannot be written', () => {
    storage.setItem('rehearse:unsaved-draft:q1:tabA', '{not json');
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(draftJournal.readAll('q1').entries).toEqual([]);
    expect(storage.getItem('rehearse:unsaved-draft:q1:tabA')).toBe('{not json');
    storage.setItem = setItem;
    draftJournal.readAll('q1');
    expect(storage.getItem('rehearse:unsaved-draft:q1:tabA')).toBeNull();
    expect(setAsideKeys()).toEqual([`${SET_ASIDE_PREFIX}rehearse:unsaved-draft:q1:tabA`]);
  });

  it('takes every entry of a record and puts them back; clears every entry and set-aside copy', () => {
    draftJournal.write('q1', 'tabA', entry);
    storage.setItem('rehearse:unsaved-draft:q1', '{"old":1}');
    draftJournal.write('q10', 'tabA', entry);
    const taken = draftJournal.take('q1');
    expect(Object.keys(taken).sort()).toEqual(['rehearse:unsaved-draft:q1', 'rehearse:unsaved-draft:q1:tabA']);
    expect([...storage.items.keys()]).toEqual(['rehearse:unsaved-draft:q10:tabA']);
    putBack(taken);
    expect(storage.getItem('rehearse:unsaved-draft:q1')).toBe('{"old":1}');
    storage.setItem(`${SET_ASIDE_PREFIX}rehearse:unsaved-story:s1`, '{}');
    storage.setItem('rehearse:theme', 'dark');
    expect(clearAllJournals()).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['rehearse:theme']);
  });

  it('goes on past a key the browser will not remove, and names it', () => {
    draftJournal.write('q1', 'tabA', entry);
    draftJournal.write('q2', 'tabA', entry);
    storage.setItem(`${SET_ASIDE_PREFIX}rehearse:unsaved-story:s1`, '{}');
    const remove = storage.removeItem.bind(storage);
    vi.spyOn(storage, 'removeItem').mockImplementation((key: string) => {
      if (key === 'rehearse:unsaved-draft:q1:tabA') throw new DOMException('stuck', 'SecurityError');
      remove(key);
    });
    expect(clearAllJournals()).toEqual(['rehearse:unsaved-draft:q1:tabA']);
    expect([...storage.items.keys()]).toEqual(['rehearse:unsaved-draft:q1:tabA']);
  });
});

describe('a take’s unsaved name and notes', () => {
  const typed = (doc: Partial<import('./journal').TakeTextDoc>, at = 1) => ({
    doc: { name: '', notes: '', baseName: '', baseNotes: '', ...doc },
    at,
  });

  it('replace the stored text they were typed over, and are read back through the schema', () => {
    takeJournal.write('t1', 'tabA', { ...typed({ name: ' First try ', notes: 'Slow down' }), baseRev: 0 });
    const { entries } = takeJournal.readAll('t1');
    expect(withUnsavedTakeText({ name: '', notes: '' }, entries)).toEqual({ name: 'First try', notes: 'Slow down' });
  });

  it('change nothing when they hold the stored text already', () => {
    expect(withUnsavedTakeText({ name: 'A', notes: 'n' }, [typed({ name: 'A', notes: 'n', baseName: 'A', baseNotes: 'n' })])).toBeNull();
  });

  it('clear the notes when the notes were cleared', () => {
    expect(withUnsavedTakeText({ name: 'A', notes: 'old' }, [typed({ name: 'A', notes: '', baseName: 'A', baseNotes: 'old' })])).toEqual({
      name: 'A',
      notes: '',
    });
  });

  it('where another tab saved other text meanwhile: the stored name stays and the typed notes go below, once', () => {
    const stale = typed({ name: 'Mine', notes: 'mine', baseName: '', baseNotes: '' });
    expect(withUnsavedTakeText({ name: 'Theirs', notes: 'theirs' }, [stale])).toEqual({ name: 'Theirs', notes: 'theirs\n\nmine' });
    expect(withUnsavedTakeText({ name: 'Theirs', notes: 'theirs\n\nmine' }, [stale])).toBeNull();
  });

  it('apply two closed tabs oldest first', () => {
    const first = typed({ notes: 'one', baseNotes: '' }, 1);
    const second = typed({ notes: 'one two', baseNotes: 'one' }, 2);
    expect(withUnsavedTakeText({ name: '', notes: '' }, [second, first])).toEqual({ name: '', notes: 'one two' });
  });

  it('a malformed entry is set aside, not applied', () => {
    storage.setItem('rehearse:unsaved-take:t1:tabA', JSON.stringify({ name: 3 }));
    expect(takeJournal.readAll('t1')).toEqual({ entries: [], setAside: ['rehearse:unsaved-take:t1:tabA'] });
    expect(setAsideKeys()).toEqual([SET_ASIDE_PREFIX + 'rehearse:unsaved-take:t1:tabA']);
  });
});
