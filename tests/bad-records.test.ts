import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { mutate, prng, validRecord, type Mutant } from '../src/store/record-mutations.test-support';
import { STORES } from '../src/store/schema';
import { validCustomQuestion, validDraft, validRevision, validStory } from '../src/store/valid-records.test-support';
import { chromiumSuite } from './support/chromium';
import { seedAppDatabase, type SeedRow } from './support/seed';

// Every test here fails on an uncaught page error (chromiumSuite): a bad record must never break a screen.
const suite = chromiumSuite({ watchForeign: true });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

const Q = 'tell-me-about-a-time-you-had-to-resolve-a-conflict-in-a-team';
const BANK_SIZE = (JSON.parse(readFileSync(new URL('../data/questions.json', import.meta.url), 'utf8')) as unknown[]).length;
type Row = SeedRow;

/** Straight into the app's database, as an older version, a bug or a hand-edited backup could leave it. */
async function writeRecords(rows: Row[]): Promise<void> {
  await page.goto('/');
  await seedAppDatabase(page, rows);
  await page.reload();
}

/** In-app navigation (no reload), so the records set aside so far stay counted. */
async function go(path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

const attentionLine = () => page.locator('.needs-attention summary').textContent();

describe('records that do not fit their schema', () => {
  it('the issue\u2019s examples: an undated story, an undated revision, a custom question without categories', async () => {
    const { savedAt: _s, ...undatedRevision } = validRevision(Q, 2);
    const { categories: _c, ...noCategories } = validCustomQuestion('custom-no-categories-1');
    await writeRecords([
      { store: STORES.stories, value: { ...validStory('story-undated'), title: 'Undated', updatedAt: '' } },
      { store: STORES.stories, value: { ...validStory('story-fine'), title: 'The eval harness' } },
      { store: STORES.drafts, value: validDraft(Q) },
      { store: STORES.revisions, value: validRevision(Q, 1) },
      { store: STORES.revisions, value: undatedRevision },
      { store: STORES.customQuestions, value: noCategories },
      { store: STORES.customQuestions, value: { ...validCustomQuestion('custom-why-mistral-2'), text: 'Why Mistral?' } },
    ]);

    await page.goto('/questions?q=mistral');
    await expect.poll(() => page.locator('.result .q').allTextContents()).toContain('Why Mistral?');
    await expect.poll(attentionLine).toBe('Needs attention: 1 record could not be read');

    await go('/stories');
    await expect.poll(() => page.locator('.story-card a').allTextContents()).toEqual(['The eval harness']);

    await go(`/q/${Q}`);
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.locator('.revisions li').count()).toBe(1);
    await expect.poll(attentionLine).toBe('Needs attention: 3 records could not be read');

    await page.locator('.needs-attention summary').click();
    const details = await page.locator('.needs-attention li').allTextContents();
    expect(details).toEqual(
      expect.arrayContaining([
        'Custom question custom-no-categories-1: "categories" is missing',
        'Story story-undated: "updatedAt" should be number, not ""',
        'Draft revision 2: "savedAt" is missing',
      ]),
    );
  });

  it('a batch of randomly broken records: every screen opens, bad ones are counted, good ones shown', async () => {
    const random = prng(7);
    const kinds = ['draft', 'revision', 'story', 'customQuestion', 'take'] as const;
    const mutants: Mutant[] = [];
    for (let n = 1; n <= 200; n++) mutants.push(mutate(random, kinds[n % kinds.length]!, validRecord(kinds[n % kinds.length]!, n, Q)));
    const storeOf = {
      draft: STORES.drafts,
      revision: STORES.revisions,
      story: STORES.stories,
      customQuestion: STORES.customQuestions,
      take: STORES.takes,
    } as const;
    await writeRecords([
      ...mutants.map((m) => ({ store: storeOf[m.kind as keyof typeof storeOf], value: m.record })),
      { store: STORES.drafts, value: { ...validDraft(Q), fields: { situation: 'Two teams disagreed on the eval metric' } } },
      { store: STORES.stories, value: { ...validStory('story-good'), title: 'A good story' } },
      { store: STORES.customQuestions, value: { ...validCustomQuestion('custom-good-1'), text: 'A good custom question' } },
    ]);
    const good = (kind: Mutant['kind']) => mutants.filter((m) => m.kind === kind && !m.bad);
    // History and a question's takes list only that question's: a revision or take moved to another id is not read there.
    const ofQ = (kind: Mutant['kind']) => good(kind).filter((m) => m.record['questionId'] === Q).length;
    const readBad = mutants.filter((m) => m.bad && (m.kind !== 'revision' || m.record['questionId'] === Q)).length;

    await page.goto('/');
    await go('/questions');
    await expect.poll(() => page.locator('.result').count()).toBe(BANK_SIZE + good('customQuestion').length + 1);
    await go(`/q/${Q}`);
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('Two teams disagreed on the eval metric');
    await expect.poll(() => page.locator('.take').count()).toBe(ofQ('take'));
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.locator('.revisions li').count()).toBe(ofQ('revision'));
    await go('/stories');
    await expect.poll(() => page.locator('.story-card').count()).toBe(good('story').length + 1);
    await go('/stories/story-good');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('A good story');
    await go('/q/custom-good-1');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('A good custom question');
    await go('/guide');
    await page.getByRole('heading', { level: 1, name: 'Guide' }).waitFor();

    await expect.poll(attentionLine).toBe(`Needs attention: ${readBad} records could not be read`);
    expect(await page.getByRole('heading', { name: 'This page could not be shown' }).count()).toBe(0);
  });

  it('a screen that throws says so, with Reload and a way home, instead of going blank', async () => {
    // A damaged cached copy of the guidance: the Guide screen cannot draw it.
    await page.route(/guidance.*\.json$/, (route) => route.fulfill({ json: { frameworks: {}, insights: [], companies: [] } }));
    await page.goto('/guide');
    await page.getByRole('heading', { name: 'This page could not be shown' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(await page.locator('header .brand').isVisible()).toBe(true); // the shell is still there
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await page.getByRole('search').waitFor();
    expect(await page.getByRole('heading', { name: 'This page could not be shown' }).count()).toBe(0);
  });
});
