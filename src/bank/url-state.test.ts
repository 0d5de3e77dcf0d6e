import { describe, expect, it } from 'vitest';
import { browseUrl, isFiltered, parseBrowse } from './url-state';

describe('browse state in the URL', () => {
  it('round-trips through the URL, including characters that need escaping', () => {
    const state = { q: 'why & how?', category: 'Conflict & Collaboration', company: 'Google DeepMind', status: 'drafted' as const };
    const url = browseUrl(state);
    expect(url.startsWith('/questions?')).toBe(true);
    expect(parseBrowse(new URL(url, 'http://x').searchParams)).toEqual(state);
  });

  it('leaves empty parts out and orders keys, so equal states give equal URLs', () => {
    expect(browseUrl({ q: '', category: null, company: 'OpenAI' })).toBe('/questions?company=OpenAI');
    expect(browseUrl({ company: 'Meta', q: 'x' })).toBe(browseUrl({ q: 'x', company: 'Meta' }));
    expect(browseUrl({})).toBe('/questions');
  });

  it('reads a plain query object (the router’s) and treats blanks as no filter', () => {
    expect(parseBrowse({ q: 'conflict', category: '  ', company: undefined })).toEqual({ q: 'conflict', category: null, company: null, status: null });
  });

  it('keeps only the statuses it knows', () => {
    expect(parseBrowse({ status: 'recorded' }).status).toBe('recorded');
    expect(parseBrowse({ status: 'due' }).status).toBeNull();
    expect(browseUrl({ status: 'new', company: 'Meta' })).toBe('/questions?company=Meta&status=new');
  });

  it('knows when a view is filtered', () => {
    expect(isFiltered(parseBrowse({}))).toBe(false);
    expect(isFiltered(parseBrowse({ q: '  ' }))).toBe(false);
    expect(isFiltered(parseBrowse({ company: 'OpenAI' }))).toBe(true);
    expect(isFiltered(parseBrowse({ status: 'new' }))).toBe(true);
  });
});
