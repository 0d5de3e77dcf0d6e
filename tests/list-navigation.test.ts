import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite, waitForController } from './support/chromium';
import { axeViolations } from './support/axe';

// bypassCSP: axe is injected as an inline script, which the app's Content-Security-Policy refuses.
const suite = chromiumSuite({ watchForeign: true, context: { bypassCSP: true } });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

const topNav = () => page.getByRole('navigation', { name: 'This list', exact: true });
const where = () => topNav().locator('.list-nav-where > span').first().textContent();
const h1 = () => page.getByRole('heading', { level: 1 }).textContent();
const focused = () => page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim() ?? ''}`);

/** The list page's rows, in order: the question ids and the count it states. */
async function listOf(url: string): Promise<{ ids: string[]; total: number }> {
  await page.goto(url);
  await expect.poll(() => page.locator('p.status').textContent()).toMatch(/^\d+ questions?$/);
  await page.locator('.result').first().waitFor();
  const hrefs = await page.locator('.result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const total = Number((await page.locator('p.status').textContent())!.split(' ')[0]);
  return { ids: hrefs.map((h) => new URL(h, 'http://x').pathname.split('/')[2]!), total };
}

describe('working through a list', () => {
  it('Next keeps the filter across three questions, shows the position, and Back to the list returns to it', async () => {
    const { ids, total } = await listOf('/questions?company=Anthropic');
    expect(total).toBe(20);
    await page.locator('.result a').first().click();
    await expect.poll(where).toBe(`Anthropic · 1 of ${total}`);
    expect(await topNav().getByRole('link', { name: '← Previous' }).count()).toBe(0); // nothing before the first
    for (const n of [2, 3]) {
      await topNav().getByRole('link', { name: 'Next →' }).click();
      await expect.poll(where).toBe(`Anthropic · ${n} of ${total}`);
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/q/${ids[n - 1]}`);
      expect(url.searchParams.get('company')).toBe('Anthropic');
    }
    // The same links at the end of the page, for whoever read down to it.
    await page.getByRole('navigation', { name: 'This list, end of page' }).getByRole('link', { name: '← Previous' }).click();
    await expect.poll(where).toBe(`Anthropic · 2 of ${total}`);
    expect(new URL(page.url()).pathname).toBe(`/q/${ids[1]}`);
    // A reload keeps the list: it lives in the URL.
    await page.reload();
    await expect.poll(where).toBe(`Anthropic · 2 of ${total}`);
    await topNav().getByRole('link', { name: 'Back to the list' }).click();
    await page.waitForURL((u) => u.pathname === '/questions' && u.search === '?company=Anthropic');
    await expect.poll(() => page.getByLabel('Company').inputValue()).toBe('Anthropic');
    await expect.poll(() => page.locator('p.status').textContent()).toBe(`${total} questions`);
  });

  it('keeps its place in a searched list when reloaded with no network', async () => {
    await page.goto('/questions?q=conflict&company=Anthropic');
    await waitForController(page);
    await page.locator('.result a').first().click();
    await expect.poll(where).toMatch(/^“conflict” · Anthropic · 1 of \d+$/);
    const before = await where();
    await suite.context.setOffline(true);
    await page.reload();
    await expect.poll(where).toBe(before);
    await topNav().getByRole('link', { name: 'Next →' }).click();
    await expect.poll(where).toMatch(/^“conflict” · Anthropic · 2 of \d+$/);
  });

  it('keeps a query and two filters in the order the search ranked them', async () => {
    const { ids, total } = await listOf('/questions?q=conflict&category=Conflict%20%26%20Collaboration');
    expect(total).toBeGreaterThan(2);
    await page.locator('.result a').nth(1).click();
    await expect.poll(where).toBe(`“conflict” · Conflict & Collaboration · 2 of ${total}`);
    await topNav().getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL((u) => u.pathname === `/q/${ids[2]}` && u.searchParams.get('q') === 'conflict');
    await expect.poll(where).toBe(`“conflict” · Conflict & Collaboration · 3 of ${total}`);
  });

  it('shows no list navigation on a question opened directly', async () => {
    await page.goto('/q/why-openai');
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    expect(await page.locator('.list-nav').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Next →' }).count()).toBe(0);
  });

  it('Random from a filtered list draws only from that list, and says which', async () => {
    const { ids } = await listOf('/questions?company=Anthropic');
    await page.getByRole('link', { name: 'Random question from Anthropic' }).click();
    let previous = '';
    for (let draw = 0; draw < 6; draw++) {
      // "Another question" never gives the same question twice in a row.
      await page.waitForURL((u) => u.pathname.startsWith('/q/') && u.searchParams.get('from') === 'random' && u.pathname !== previous);
      const url = new URL(page.url());
      previous = url.pathname;
      expect(ids).toContain(previous.split('/')[2]);
      expect(url.searchParams.get('company')).toBe('Anthropic');
      await expect.poll(() => topNav().locator('.list-nav-where').textContent()).toBe('Random question from Anthropic');
      await expect.poll(() => page.getByRole('list', { name: 'Asked at' }).textContent()).toContain('Anthropic');
      await topNav().getByRole('link', { name: 'Another question' }).click();
    }
  });

  it('Random from home or the whole list draws from everything, as before', async () => {
    const anthropic = new Set((await listOf('/questions?company=Anthropic')).ids);
    const all = await listOf('/questions');
    const random = page.getByRole('link', { name: 'Random question', exact: true });
    expect(await random.getAttribute('href')).toBe('/random'); // no filter rides along
    await random.click();
    const drawn = new Set<string>();
    let previous = '';
    // Eight draws: all of them from one company's 20 of the bank's questions would be about a one-in-a-million chance.
    for (let draw = 0; draw < 8; draw++) {
      await page.waitForURL((u) => u.pathname.startsWith('/q/') && u.searchParams.get('from') === 'random' && u.pathname !== previous);
      const url = new URL(page.url());
      previous = url.pathname;
      expect([...url.searchParams.keys()]).toEqual(['from']); // no company, category, query or status
      await expect.poll(() => topNav().locator('.list-nav-where').textContent()).toBe('Random question from the whole bank');
      drawn.add(previous.split('/')[2]!);
      await topNav().getByRole('link', { name: 'Another question' }).click();
    }
    expect([...drawn].every((id) => all.ids.includes(id))).toBe(true);
    expect([...drawn].some((id) => !anthropic.has(id))).toBe(true);
  });
});

describe('focus and the keyboard', () => {
  it('moves focus to the new screen’s heading on every in-app navigation, not on the first load', async () => {
    await page.goto('/q/why-openai');
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    // The prerendered page is drawn before it is live: a link clicked before then is a full page load, not an in-app navigation.
    await page.waitForFunction(() => document.getElementById('app')?.dataset.prerendered === undefined);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true); // untouched on first load
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click();
    await expect.poll(focused).toBe('H1:All questions');
    await page.locator('.result a').first().click();
    await expect.poll(h1).not.toBe('All questions');
    const first = await h1();
    await expect.poll(focused).toBe(`H1:${first}`);
    await page.keyboard.press('Tab'); // from the heading, Tab goes on into the page, not back to the header
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main article')))).toBe(true);
    await topNav().getByRole('link', { name: 'Next →' }).click();
    // Focus on the heading of the next question (read together: the heading must have changed, and hold focus).
    await expect
      .poll(async () => ({ changed: (await h1()) !== first, focusOnIt: (await focused()) === `H1:${await h1()}` }))
      .toEqual({ changed: true, focusOnIt: true });
    await page.goBack();
    await expect.poll(h1).toBe(first);
    await expect.poll(focused).toBe(`H1:${first}`);
  });

  it('`/` focuses the search field from anywhere, and types a slash while in a field', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.locator('#search').inputValue()).toBe(''); // the slash itself is not typed
    // On a question page opened from a search: back to that list, with the query in the field.
    await page.goto('/questions?q=conflict');
    await page.locator('.result a').first().click();
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    const textarea = page.locator('.draft textarea').first();
    await textarea.click();
    await page.keyboard.type('a/b');
    expect(await textarea.inputValue()).toBe('a/b');
    expect(new URL(page.url()).pathname).toMatch(/^\/q\//);
    await page.locator('h1').click(); // out of the field
    await page.keyboard.press('/');
    await page.waitForURL((u) => u.pathname === '/questions' && u.searchParams.get('q') === 'conflict');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.locator('#search').inputValue()).toBe('conflict');
  });
});

describe.each(['light', 'dark'] as const)('the question page with Next at 360 px, %s', (colorScheme) => {
  it('has no axe violations and nothing wider than the screen', async () => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/q/describe-communication-to-resolve-ambiguity?from=list&q=ambiguity&company=Anthropic');
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    await expect.poll(where).toMatch(/^“ambiguity” · Anthropic · \d+ of \d+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

describe.each([360, 1280])('at %i px', (width) => {
  it('the list navigation fits, its links tappable', async () => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/q/describe-communication-to-resolve-ambiguity?from=list&company=Anthropic');
    await expect.poll(where).toBe('Anthropic · 3 of 20');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const links = await topNav().getByRole('link').all();
    expect(links.length).toBe(3); // Previous, Next, Back to the list
    for (const link of links) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    if (process.env.UPDATE_SCREENSHOTS === '1')
      await page.screenshot({ path: new URL(`./screenshots/question-next-${width}-light.png`, import.meta.url).pathname });
  });
});
