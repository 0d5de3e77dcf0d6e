import { describe, expect, it } from 'vitest';
import { segments } from './highlight';
import { createSearch, type Searchable } from './search';
import { plain } from './text';

const question = (id: string, text: string, mine?: string): Searchable => ({
  id,
  text,
  categories: ['My questions'],
  companies: ['Mine'],
  sources: [],
  testing: 'Your own question.',
  kind: 'question',
  mine,
});

const items = [
  question('greek', 'Γιατί θέλετε να δουλέψετε στη Mistral;'),
  question('cyrillic', 'Расскажите о самом сложном проекте'),
  question('chinese', '为什么选择我们公司'),
  question('japanese', 'チームで対立したときの話をしてください'),
  question('arabic', 'لماذا تريد العمل في هذه الشركة؟'),
  question('latin', 'Walk me through your résumé'),
  question('drafted', 'Tell me about a failure', 'Ο πελάτης ήθελε περισσότερα δεδομένα'),
];
const search = createSearch(items);
const ids = (query: string) => search.search(query).map((h) => h.item.id);

/** The highlighted parts of a hit's field, as the UI would mark them. */
function marked(query: string, key = 'text'): string[] {
  const hit = search.search(query)[0];
  const match = hit?.matches.find((m) => m.key === key);
  return match
    ? segments(match.value, match.indices)
        .filter((s) => s.match)
        .map((s) => s.text)
    : [];
}

describe('search in every script', () => {
  it.each([
    ['Greek', 'δουλέψετε', 'greek'],
    ['Greek without accents, in capitals', 'ΔΟΥΛΕΨΕΤΕ', 'greek'],
    ['Cyrillic', 'проекте', 'cyrillic'],
    ['Cyrillic, a word being typed', 'сложн', 'cyrillic'],
    ['Chinese, two characters', '选择', 'chinese'],
    ['Chinese, a longer run', '选择我们', 'chinese'],
    ['Japanese', '対立', 'japanese'],
    ['Arabic', 'الشركة', 'arabic'],
    ['a draft in Greek', 'δεδομένα', 'drafted'],
    ['Latin with the accents left out', 'resume', 'latin'],
    ['Latin with the accents typed', 'résumé', 'latin'],
  ])('%s', (_label, query, id) => {
    expect(ids(query)).toEqual([id]);
  });

  it('does not find CJK text from characters that are not next to each other', () => {
    expect(ids('选们')).toEqual([]);
  });

  it('highlights the matched words in their own script', () => {
    expect(marked('δουλεψετε')).toEqual(['δουλέψετε']);
    expect(marked('сложном')).toEqual(['сложном']);
    expect(marked('选择')).toEqual(['选择']);
    expect(marked('العمل')).toEqual(['العمل']);
    expect(marked('resume')).toEqual(['résumé']);
    expect(marked('δεδομενα', 'mine')).toEqual(['δεδομένα']);
  });
});

describe('plain', () => {
  it('keeps letters and digits of every script, folds case and Latin accents', () => {
    expect(plain('Résumé — 2024!')).toBe('resume 2024');
    expect(plain('Γιατί ΘΈΛΕΤΕ;')).toBe('γιατι θελετε');
    expect(plain('为什么选择我们？')).toBe('为什么选择我们');
    expect(plain('لماذا تريد؟')).toBe('لماذا تريد');
  });
});
