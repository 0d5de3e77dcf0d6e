import { describe, expect, it } from 'vitest';
import { browseUrl, EMPTY_BROWSE, isFiltered, parseBrowse, parseListContext, questionUrl, randomUrl } from './url-state';

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
    expect(parseBrowse({ status: 'due' }).status).toBe('due');
    expect(parseBrowse({ status: 'starred' }).status).toBeNull();
    expect(browseUrl({ status: 'new', company: 'Meta' })).toBe('/questions?company=Meta&status=new');
  });

  it('knows when a view is filtered', () => {
    expect(isFiltered(parseBrowse({}))).toBe(false);
    expect(isFiltered(parseBrowse({ q: '  ' }))).toBe(false);
    expect(isFiltered(parseBrowse({ company: 'OpenAI' }))).toBe(true);
    expect(isFiltered(parseBrowse({ status: 'new' }))).toBe(true);
  });
});

describe('the list a question was opened from, in the question URL', () => {
  const list = { q: 'why & how', category: null, company: 'Anthropic', status: 'new' as const };

  it('round-trips with the question id, so a reload keeps the list', () => {
    const url = questionUrl('why-anthropic', { origin: 'list', list });
    expect(url).toBe('/q/why-anthropic?from=list&q=why+%26+how&company=Anthropic&status=new');
    expect(parseListContext(new URL(url, 'http://x').searchParams)).toEqual({ origin: 'list', list });
    expect(parseListContext({ from: 'random', category: 'Leadership' })).toEqual({ origin: 'random', list: { ...EMPTY_BROWSE, category: 'Leadership' } });
  });

  it('keeps the unfiltered list as a list, and a plain URL when opened directly', () => {
    expect(questionUrl('why-openai', { origin: 'list', list: EMPTY_BROWSE })).toBe('/q/why-openai?from=list');
    expect(parseListContext({ from: 'list' })).toEqual({ origin: 'list', list: EMPTY_BROWSE });
    expect(questionUrl('why-openai')).toBe('/q/why-openai');
    expect(parseListContext({})).toBeNull();
    expect(parseListContext({ from: 'elsewhere', company: 'Meta' })).toBeNull();
  });

  it('draws random questions from the filters, or from everything', () => {
    expect(randomUrl({ ...EMPTY_BROWSE, company: 'Anthropic' })).toBe('/random?company=Anthropic');
    expect(randomUrl({ ...EMPTY_BROWSE, q: '  ' })).toBe('/random');
  });
});
