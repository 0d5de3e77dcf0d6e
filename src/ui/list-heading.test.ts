import { describe, expect, it } from 'vitest';
import { EMPTY_BROWSE } from '../bank/url-state';
import { listHeading, listLabel } from './list-heading';

const none = { category: null, company: null, status: null };

describe('list heading', () => {
  it('names every filter and the query', () => {
    expect(listHeading({ ...none, category: 'Leadership & Ownership', company: 'Anthropic' }, '')).toBe('Leadership & Ownership questions at Anthropic');
    expect(listHeading({ ...none, category: 'Leadership & Ownership', company: 'Anthropic' }, ' conflict ')).toBe(
      'Leadership & Ownership questions at Anthropic matching “conflict”',
    );
    expect(listHeading({ category: 'Career Motivation', company: 'OpenAI', status: 'drafted' }, 'why')).toBe(
      'Career Motivation questions at OpenAI matching “why” (drafted, not recorded)',
    );
  });

  it('reads well with one filter, none, or a category that already says "questions"', () => {
    expect(listHeading(none, '  ')).toBe('All questions');
    expect(listHeading({ ...none, company: 'OpenAI' }, '')).toBe('Questions at OpenAI');
    expect(listHeading(none, 'stakeholdr')).toBe('Questions matching “stakeholdr”');
    expect(listHeading({ ...none, status: 'new' }, '')).toBe('Questions (not started)');
    expect(listHeading({ ...none, category: 'Questions That Catch People Off Guard', company: 'Meta' }, '')).toBe(
      'Questions That Catch People Off Guard at Meta',
    );
  });

  it('says what a general bucket means rather than treating it as a company name', () => {
    expect(listHeading({ ...none, company: 'Common' }, '')).toBe('Questions asked at many companies');
    expect(listHeading({ ...none, company: 'AI startups' }, '')).toBe('Questions at AI startups');
    expect(listHeading({ ...none, company: 'Other' }, '')).toBe('Questions at other companies');
  });
});

describe('a list’s short label', () => {
  it('names a list by every filter it has, with the same status words as the heading', () => {
    expect(listLabel({ ...EMPTY_BROWSE, q: ' why & how ', company: 'Anthropic', status: 'new' })).toBe('“why & how” · Anthropic · Not started');
    expect(listLabel({ ...EMPTY_BROWSE, category: 'Leadership', company: 'Meta' })).toBe('Leadership · Meta');
    expect(listLabel(EMPTY_BROWSE)).toBe('All questions');
    expect(listHeading({ category: null, company: null, status: 'drafted' }, '')).toBe('Questions (drafted, not recorded)');
  });
});
