import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { chunksStored, holdDecoding, recordChunks, releaseDecoding } from './support/recording';
import { axeViolations } from './support/axe';

const suite = chromiumSuite({
  args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  watchForeign: true,
  context: { bypassCSP: true },
}); // bypassCSP: axe is injected as an inline script

const pages: [string, string, (p: Page) => Promise<unknown>][] = [
  ['home', '/', (p) => p.getByRole('heading', { name: 'Categories' }).waitFor()],
  ['results', '/questions?q=conflict&company=OpenAI', (p) => p.locator('.result mark').first().waitFor()],
  [
    'question',
    '/q/why-openai',
    async (p) => {
      await p.getByRole('radio', { name: 'STAR' }).waitFor();
      await p.getByRole('heading', { name: /follow-ups/i }).waitFor(); // the probes and outlines load after the page
    },
  ],
  [
    'question reached from a company list (Previous/Next)',
    '/questions?company=Anthropic',
    async (p) => {
      await p.locator('.result a').first().click();
      await p.locator('.list-nav-where').first().waitFor();
      await p.getByRole('radio', { name: 'STAR' }).waitFor();
    },
  ],
  [
    'company list with the company’s notes',
    '/questions?company=OpenAI',
    async (p) => {
      await p.locator('.company-notes').waitFor();
      await p.locator('.result').first().waitFor();
    },
  ],
  ['guide', '/guide', (p) => p.getByRole('heading', { name: 'Answer frameworks' }).waitFor()],
  [
    'recording',
    '/q/why-openai',
    async (p) => {
      await p.getByRole('button', { name: 'Record an answer' }).click();
      await p.getByRole('button', { name: 'Stop' }).waitFor();
    },
  ],
  [
    'take player',
    '/q/why-openai',
    async (p) => {
      await recordChunks(p, 1);
      await p.getByRole('button', { name: 'Stop' }).click();
      await p.getByRole('button', { name: /Take 1/, expanded: true }).waitFor(); // open after Stop
      await p.locator('.figures').waitFor();
    },
  ],
  [
    'story editor',
    '/stories',
    async (p) => {
      await p.getByRole('button', { name: 'New story' }).click();
      await p.getByLabel('Situation').waitFor();
    },
  ],
  [
    'stories and coverage',
    '/stories',
    async (p) => {
      await p.getByRole('button', { name: 'New story' }).click();
      await p.getByLabel('Title').fill('Eval harness'); // a story is written on its first typed character
      await p.locator('.save-state', { hasText: 'Saved' }).waitFor();
      await p.getByRole('link', { name: '← All stories' }).click();
      await p.getByRole('heading', { name: 'Coverage' }).waitFor();
      await p.getByRole('checkbox', { name: 'OpenAI' }).check(); // with a target company and a level
      await p.getByRole('radio', { name: 'Staff or above' }).check();
      await p.locator('.coverage-targets').waitFor();
    },
  ],
];

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(pages)('%s page has no violations', async (_name, path, ready) => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches search, a result and its page with the keyboard alone, focus always visible', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Categories' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // Tab until the search box has focus.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'search'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow + getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('nonenone');
    await page.keyboard.type('mentored');
    await page.waitForURL(/q=mentored/);
    await page.locator('.result').first().waitFor();
    await page.keyboard.press('Tab'); // category select
    await page.keyboard.press('Tab'); // company select
    await page.keyboard.press('Tab'); // progress select
    await page.keyboard.press('Tab'); // Clear
    await page.keyboard.press('Tab'); // Random question from this list
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Random question from “mentored”');
    await page.keyboard.press('Tab'); // first result
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(focused).toMatch(/^\/q\//);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/q\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('records, stops and replays a take with the keyboard alone, Play reachable while the take still loads', async () => {
    await holdDecoding(suite.context); // the take's audio stays loading until released below
    const page = await suite.newPage();
    await page.goto('/q/why-openai');
    await page.getByRole('button', { name: 'Record an answer' }).waitFor(); // the question page loads lazily
    const focus = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 40 && (await focus()) !== 'Record an answer'; i++) await page.keyboard.press('Tab');
    expect(await focus()).toBe('Record an answer');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    // Focus stays on the same spot: the Stop button replaces Record.
    await expect.poll(focus).toBe('Stop');
    await chunksStored(page, 1);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Take 1/, expanded: true }).waitFor(); // open after Stop
    for (let i = 0; i < 10 && !(await focus()).startsWith('Take 1'); i++) await page.keyboard.press('Tab');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.waitFor();
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('Play');
    await releaseDecoding(page);
    await expect.poll(() => play.getAttribute('aria-disabled')).toBe('false'); // its audio is loaded
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  });

  it('the theme toggle cycles system → light → dark and is remembered', async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.getByRole('button', { name: /^Theme: system/ }).click();
    await page.getByRole('button', { name: /^Theme: light/ }).click();
    await page.getByRole('button', { name: /^Theme: dark/ }).waitFor();
    expect(await bg()).not.toBe(light);
    await page.reload();
    await page.getByRole('button', { name: /^Theme: dark/ }).waitFor();
    expect(await bg()).not.toBe(light);
  });

  it('a chosen theme shows the same palette as the system’s own light or dark', async () => {
    const palette = async (system: 'light' | 'dark', choice?: 'light' | 'dark') => {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme: system });
      if (choice) await page.addInitScript((c) => localStorage.setItem('rehearse:theme', c), choice);
      await page.goto('/');
      await page.getByRole('heading', { name: 'Categories' }).waitFor();
      const colours = await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('div'));
        return [
          '--bg',
          '--surface',
          '--surface-2',
          '--text',
          '--muted',
          '--border',
          '--accent',
          '--accent-text',
          '--accent-soft',
          '--mark',
          '--mark-text',
          '--warn-bg',
          '--warn-border',
          '--focus',
          '--danger',
        ].map((v) => {
          probe.style.color = `var(${v})`;
          return `${v} ${getComputedStyle(probe).color}`;
        });
      });
      await page.close();
      return colours;
    };
    const [light, dark] = [await palette('light'), await palette('dark')];
    expect(light).not.toEqual(dark);
    expect(await palette('light', 'dark')).toEqual(dark);
    expect(await palette('dark', 'light')).toEqual(light);
  });
});
