import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, chromiumSuite, waitForController } from './support/chromium';

const suite = chromiumSuite({ watchForeign: true, context: { viewport: { width: 360, height: 740 } } });
const ID = 'tell-me-about-yourself';

/** Before any script runs: sum every layout shift, and keep the h1 the HTML drew, to tell hydration from a redraw. */
async function watchFirstPaint(page: Page): Promise<string[]> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __drawnH1: Element | null };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') w.__drawnH1 = document.querySelector('h1');
    });
  });
  return consoleErrors;
}

const hydrated = (page: Page) => page.waitForFunction(() => document.getElementById('app')?.dataset.prerendered === undefined);

/**
 * A page drawn but not live yet: no worker (it would answer past the route) and the bank held back, so the
 * prerendered HTML stays the app's until `goLive()` lets the bank through and waits for the take-over.
 */
async function drawnNotLive(run: (page: Page, goLive: () => Promise<void>) => Promise<void>): Promise<void> {
  const context = await suite.browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/questions-[\w-]{8}\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await run(page, async () => {
      release();
      await hydrated(page);
    });
  } finally {
    await context.close();
  }
}

/**
 * The sections marked Later are taken over one task each (src/ui/Later.tsx, the page's only MessageChannel): this holds
 * those tasks. `__held()` counts the turns waiting, `__step()` lets them run (new ones wait again), `__release()` stops holding.
 */
const holdLaterTurns = (page: Page) =>
  page.addInitScript(() => {
    const Native = MessageChannel;
    const held: (() => void)[] = [];
    let holding = true;
    const w = window as unknown as { __held: () => number; __step: () => void; __release: () => void };
    w.__held = () => held.length;
    w.__step = () => held.splice(0).forEach((post) => post());
    w.__release = () => {
      holding = false;
      w.__step();
    };
    window.MessageChannel = class extends Native {
      constructor() {
        super();
        const port = this.port2;
        const post = port.postMessage.bind(port) as (message: unknown) => void;
        port.postMessage = (message: unknown) => void (holding ? held.push(() => post(message)) : post(message));
      }
    };
  });

describe('prerendered pages', () => {
  it('a question page opened by deep link with JavaScript off shows the question, what it tests and its sources', async () => {
    const context = await suite.browser.newContext({ baseURL: baseURL(), javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`/q/${ID}`);
      expect(await page.title()).toBe('Tell me about yourself. — Rehearse');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tell me about yourself.');
      await page.getByRole('heading', { name: 'What they’re testing' }).waitFor();
      expect((await page.locator('section[aria-labelledby="testing"] p').textContent())?.length).toBeGreaterThan(40);
      await page.getByRole('heading', { name: 'Sources' }).waitFor();
      expect(await page.locator('section[aria-labelledby="sources"] a[href^="http"]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('list', { name: 'Asked at' }).getByRole('link').count()).toBeGreaterThan(0);
      // The guide and the list are prerendered too.
      await page.goto('/guide');
      await page.getByRole('heading', { name: 'Answer frameworks' }).waitFor();
      await page.goto('/questions');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript on, a question page hydrates what it drew: no console error, no layout shift', async () => {
    const page = await suite.newPage();
    const consoleErrors = await watchFirstPaint(page);
    await page.goto(`/q/${ID}`);
    await hydrated(page);
    // Hydrated, not redrawn: the heading the HTML drew is still the one on screen, and the app answers clicks.
    expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { __drawnH1: Element | null }).__drawnH1)).toBe(true);
    // What depends on the user's data fills in (the draft editor), and nothing drawn moves.
    await page.getByRole('radio', { name: 'STAR' }).waitFor();
    await page.getByRole('heading', { name: 'Say it out loud' }).waitFor();
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThanOrEqual(0.01);
    expect(consoleErrors).toEqual([]);
    // The bank was fetched once.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /questions-[\w-]{8}\.json$/.test(e.name)).length);
    expect(fetched).toBe(1);
  });

  it('paints from the HTML before the app is fetched: the app’s chunk is requested only after the first paint', async () => {
    const context = await suite.browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`/q/${ID}`);
      await hydrated(page);
      const { paint, start } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        start: performance.getEntriesByType('resource').find((e) => /\/assets\/start-[\w-]{8}\.js$/.test(e.name))?.startTime ?? null,
      }));
      expect(paint).not.toBeNull();
      expect(start).not.toBeNull();
      expect(start!).toBeGreaterThanOrEqual(paint!); // requested after the first contentful paint: nothing of the app delays it

      // The app's chunk held back for good: the page still paints, with its content, and stays drawn.
      const held = await context.newPage();
      let requested = false;
      await held.route(/\/assets\/start-[\w-]{8}\.js$/, () => {
        requested = true; // never answered
      });
      await held.goto(`/q/${ID}`);
      await expect.poll(() => requested).toBe(true);
      expect(await held.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
      expect(await held.getByRole('heading', { level: 1 }).textContent()).toBe('Tell me about yourself.');
      expect(await held.evaluate(() => document.getElementById('app')?.dataset.prerendered)).toBe(`/q/${ID}`);
    } finally {
      await context.close();
    }
  });

  it('a question page takes its later sections over in place: the same nodes, in the same order, once each, and live', async () => {
    const page = await suite.newPage();
    const consoleErrors = await watchFirstPaint(page);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const w = window as unknown as { __drawn: Element[]; __order: string[] };
        w.__drawn = [...document.querySelectorAll('#app section[aria-labelledby]')];
        w.__order = w.__drawn.map((s) => s.getAttribute('aria-labelledby')!);
      });
    });
    await page.goto(`/q/${ID}`);
    await hydrated(page);
    const drawn = await page.evaluate(() => {
      const w = window as unknown as { __drawn: Element[]; __order: string[] };
      const now = [...document.querySelectorAll('#app section[aria-labelledby]')];
      return { order: w.__order, now: now.map((s) => s.getAttribute('aria-labelledby')), kept: w.__drawn.map((s) => s.isConnected) };
    });
    expect(drawn.order).toEqual(expect.arrayContaining(['testing', 'out-loud', 'answer', 'sources', 'related']));
    expect(drawn.now).toEqual(drawn.order); // none lost, none twice, none moved
    expect(drawn.kept.every(Boolean)).toBe(true); // taken over, not redrawn
    // Live: the draft's fields load and save, the related links route inside the app.
    await page.getByLabel('Situation').fill('Led the eval rewrite');
    await expect.poll(() => page.locator('.save-state').first().textContent()).toBe('Saved');
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await page.locator('section[aria-labelledby="related"] a').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/q/') && !u.pathname.endsWith(ID));
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true); // no page load: the app's router
    expect(consoleErrors).toEqual([]);
  });

  it('a button pressed after the first paint, before the app is even fetched, is pressed once the page is live', async () => {
    const context = await suite.browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let requested = false;
      await page.route(/\/assets\/start-[\w-]{8}\.js$/, async (route) => {
        requested = true;
        await held;
        await route.continue();
      });
      await page.goto(`/q/${ID}`);
      await expect.poll(() => requested).toBe(true); // painted, and the app not here yet
      const toggle = page.getByRole('button', { name: /^Theme: system/ });
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull(); // nothing ran yet
      release();
      await hydrated(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe('light');
      expect(await page.getByRole('button', { name: /^Theme: light/ }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('the home page, the guide and the list hydrate with no console error and no layout shift', async () => {
    const page = await suite.newPage();
    const consoleErrors = await watchFirstPaint(page);
    for (const [path, heading] of [
      ['/', 'Categories'],
      ['/guide', 'Answer frameworks'],
      ['/questions', 'All questions'],
    ] as const) {
      await page.goto(path);
      await hydrated(page);
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), path).toBeLessThanOrEqual(0.01);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('the home page is drawn whole for a new user (the companies, their first step, the categories) and taken over in place', async () => {
    const context = await suite.browser.newContext({ baseURL: baseURL(), javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto('/');
      expect(await page.locator('#app h2').allTextContents()).toEqual(['Companies', 'What next', 'Categories']);
      expect(await page.getByRole('link', { name: /^Anthropic \d+ questions$/ }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Try a first mock round' }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: /^Project Deep Dives \d+ questions$/ }).isVisible()).toBe(true);
      expect(await page.getByText('Loading your practice…').isVisible()).toBe(false); // drawn for a started user's load only
    } finally {
      await context.close();
    }
    const page = await suite.newPage();
    const consoleErrors = await watchFirstPaint(page);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { __drawn: Element | null }).__drawn = document.querySelector('#categories');
      });
    });
    await page.goto('/');
    await hydrated(page);
    expect(await page.evaluate(() => (window as unknown as { __drawn: Element | null }).__drawn?.isConnected)).toBe(true); // taken over, not redrawn
    expect(await page.locator('#app h2').allTextContents()).toEqual(['Companies', 'What next', 'Categories']);
    expect(await page.locator('.skeleton').count()).toBe(0);
    await page.getByRole('link', { name: 'Try a first mock round' }).click();
    await page.waitForURL('**/round');
    expect(await page.evaluate(() => (window as unknown as { __drawn?: Element }).__drawn?.isConnected)).toBe(false); // the app's router, no page load
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.01);
    expect(consoleErrors).toEqual([]);
  });

  /** At the first paint: whether the load began as a started user's, and what the drawn home page shows. */
  const drawnHome = (page: Page) =>
    page.addInitScript(() => {
      // The first frame comes once the blocking stylesheet is in, and before the app is even fetched (src/main.tsx).
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') requestAnimationFrame(firstFrame);
      });
      const firstFrame = () => {
        const shown = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).display !== 'none' : null;
        };
        (window as unknown as { __drawnHome: unknown }).__drawnHome = {
          started: document.documentElement.dataset.started !== undefined,
          wait: shown('.skeleton'),
          newUsersPage: shown('.home-dashboard'),
        };
      };
    });
  const drawnHomeOf = async (page: Page) => (await page.waitForFunction(() => (window as unknown as { __drawnHome?: unknown }).__drawnHome)).jsonValue(); // the first frame may come after load
  const headings = (page: Page) => page.locator('#app h2').allTextContents();

  it('a user who has practised is drawn a wait where a new user’s page is, then their own What next above the companies: nothing moves', async () => {
    const page = await suite.newPage();
    const consoleErrors = await watchFirstPaint(page);
    await drawnHome(page);
    await page.goto(`/q/${ID}`);
    await hydrated(page);
    await page.getByLabel('Situation').fill('Led the eval rewrite');
    await expect.poll(() => page.locator('.save-state').first().textContent()).toBe('Saved');
    expect(await page.evaluate(() => localStorage.getItem('rehearse:started'))).toBe('1'); // at the first save, not at the next visit home

    await page.goto('/');
    expect(await drawnHomeOf(page)).toEqual({ started: true, wait: true, newUsersPage: false });
    await hydrated(page);
    await expect.poll(() => headings(page)).toEqual(['What next', 'Companies', 'Categories']);
    expect(await page.getByRole('region', { name: 'What next' }).getByRole('listitem').first().textContent()).toMatch(
      /^Tell me about yourself\.Drafted .* · not said out loud yet$/,
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThanOrEqual(0.01);
    expect(consoleErrors).toEqual([]);
  });

  it('the mark is put right by what the home page reads: work of the user’s without it, or it left after everything was deleted', async () => {
    const page = await suite.newPage();
    await drawnHome(page);
    await page.goto(`/q/${ID}`);
    await hydrated(page);
    await page.getByLabel('Situation').fill('Led the eval rewrite');
    await expect.poll(() => page.locator('.save-state').first().textContent()).toBe('Saved');
    await page.evaluate(() => localStorage.removeItem('rehearse:started')); // as after an import, or from before the mark existed
    await page.goto('/');
    expect(await drawnHomeOf(page)).toEqual({ started: false, wait: false, newUsersPage: true });
    await expect.poll(() => headings(page)).toEqual(['What next', 'Companies', 'Categories']); // their own, once read
    await expect.poll(() => page.evaluate(() => localStorage.getItem('rehearse:started'))).toBe('1');
    await page.reload();
    expect(await drawnHomeOf(page)).toEqual({ started: true, wait: true, newUsersPage: false });

    const fresh = await suite.browser.newContext({ baseURL: baseURL(), serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    try {
      const left = await fresh.newPage();
      await drawnHome(left);
      await left.goto('/');
      await left.evaluate(() => localStorage.setItem('rehearse:started', '1')); // nothing stored: a mark left by a deletion
      await left.reload();
      expect(await drawnHomeOf(left)).toEqual({ started: true, wait: true, newUsersPage: false });
      await expect.poll(() => headings(left)).toEqual(['Companies', 'What next', 'Categories']); // a new user's page, all at once
      await expect.poll(() => left.evaluate(() => localStorage.getItem('rehearse:started'))).toBeNull();
    } finally {
      await fresh.close();
    }
  });

  it('every script a question page loads to come to life starts with V8’s compile hint, so Chromium compiles it off the main thread', async () => {
    const page = await suite.newPage();
    // The responses until the page is live; their bodies read then, while the page is open (a script fetched later, at
    // idle, is not this test's, and its body must not be read as the page closes).
    const scripts: Response[] = [];
    const collect = (response: Response) => void (/\/assets\/.*\.js$/.test(response.url()) && scripts.push(response));
    page.on('response', collect);
    await page.goto(`/q/${ID}`);
    await hydrated(page);
    page.off('response', collect);
    const loaded = await Promise.all(
      scripts.map(async (response) => {
        const body = await response.text();
        return { url: response.url().replace(/.*\//, ''), firstLine: body.slice(0, body.indexOf('\n')).slice(0, 60) };
      }),
    );
    expect(loaded.map((s) => s.url)).toEqual(expect.arrayContaining([expect.stringMatching(/^start-/), expect.stringMatching(/^QuestionView-/)]));
    expect(loaded.filter((s) => s.firstLine !== '//# allFunctionsCalledOnLoad')).toEqual([]);
  });

  it('the list is drawn whole in the HTML and taken over, not redrawn', async () => {
    const page = await suite.newPage();
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { __drawn: Element | null }).__drawn = document.querySelector('.results .result:last-child');
      });
    });
    await page.goto('/questions');
    await hydrated(page);
    expect(await page.evaluate(() => (window as unknown as { __drawn: Element | null }).__drawn?.isConnected)).toBe(true);
    expect(await page.locator('.results .result').count()).toBeGreaterThan(90);
  });

  it('text typed in the drawn search before the page is live is kept and searched, caret and focus in place', async () => {
    await drawnNotLive(async (page, goLive) => {
      await page.goto('/questions');
      expect(await page.evaluate(() => document.getElementById('app')?.dataset.prerendered)).toBe('/questions');
      expect(await page.locator('p.status').textContent()).toMatch(/^9\d questions$/); // the whole bank, as drawn
      const search = page.getByRole('searchbox', { name: 'Search questions' });
      await search.click();
      await page.keyboard.type('conflcit');
      await goLive();
      await expect.poll(() => page.url()).toMatch(/[?&]q=conflcit/);
      expect(await search.inputValue()).toBe('conflcit');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionStart)).toBe(8);
      // Searched, typo and all: fewer than the whole bank, the first about conflict.
      await expect.poll(async () => Number((await page.locator('p.status').textContent())?.match(/^(\d+) questions?$/)?.[1] ?? NaN)).toBeLessThan(40);
      expect(await page.locator('.results .result .q').first().textContent()).toMatch(/conflict|disagree/i);
    });
  });

  it('`/` works from the first paint: it focuses the drawn search, and what is typed before and during the takeover is all searched', async () => {
    const page = await suite.newPage();
    await holdLaterTurns(page); // the takeover moves on only when the test steps it
    await page.goto('/');
    await page.keyboard.press('/'); // drawn, not live
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('hal');
    await page.waitForFunction(() => (window as unknown as { __held: () => number }).__held() > 0); // the first render is done
    // Step the takeover until the part holding the search is live: it takes the letters typed so far, and goes to the list.
    await page.waitForFunction(() => {
      (window as unknown as { __step: () => void }).__step();
      return location.pathname === '/questions';
    });
    expect(await page.evaluate(() => document.getElementById('app')?.dataset.prerendered)).toBe('/'); // the takeover is not done
    expect(new URL(page.url()).searchParams.get('q')).toBe('hal');
    await page.keyboard.type('lucination'); // into the live field, before the rest of the page is taken over
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await hydrated(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('hallucination');
    expect(await page.locator('#search').inputValue()).toBe('hallucination');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionStart)).toBe(13);
    await expect.poll(() => page.locator('.results .result .q').first().textContent()).toMatch(/hallucinat/i);
  });

  it('`/` pressed on a drawn question page, before it is live, opens the list with the search focused once it is', async () => {
    await drawnNotLive(async (page, goLive) => {
      await page.goto(`/q/${ID}`);
      await page.keyboard.press('/');
      await goLive();
      await page.waitForURL('**/questions');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
      expect(await page.locator('#search').inputValue()).toBe(''); // the slash is not typed
    });
  });

  it('an outline opened on the drawn page before it is live stays open once it is', async () => {
    await drawnNotLive(async (page, goLive) => {
      await page.goto('/q/discuss-culture-and-collaboration');
      await page.locator('details.outline summary').first().click();
      expect(await page.evaluate(() => document.getElementById('app')?.dataset.prerendered)).toBe('/q/discuss-culture-and-collaboration'); // not live yet
      await goLive();
      expect(await page.locator('details.outline').first().getAttribute('open')).toBe('');
      expect(await page.getByText('The weak answer it replaces').first().isVisible()).toBe(true);
    });
  });

  it('an outline opened while the page is being taken over, before its own section is, stays open once live', async () => {
    const page = await suite.newPage();
    // Holding the takeover's turns stops it after the first render, with the outline's section still the drawn one.
    await holdLaterTurns(page);
    await page.goto('/q/discuss-culture-and-collaboration');
    await page.waitForFunction(() => (window as unknown as { __held: () => number }).__held() > 0); // the first render is done
    await page.locator('details.outline summary').first().click();
    expect(await page.locator('details.outline').first().getAttribute('open')).toBe('');
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await hydrated(page);
    expect(await page.locator('details.outline').first().getAttribute('open')).toBe('');
    expect(await page.getByText('The weak answer it replaces').first().isVisible()).toBe(true);
  });

  it('the server answers a URL it has no page for with the app shell, never another page’s HTML', async () => {
    for (const path of ['/stories', '/questions?q=conflict', '/q/why-openai?from=list', '/no-such-page']) {
      const response = await fetch(new URL(path, baseURL()), { headers: { accept: 'text/html' } });
      expect(await response.text(), path).toContain('<div id="app"></div>');
    }
    for (const path of ['/', '/?source=pwa', '/questions', '/guide', `/q/${ID}`]) {
      const response = await fetch(new URL(path, baseURL()), { headers: { accept: 'text/html' } });
      expect(await response.text(), path).toContain(`data-prerendered="${path.replace(/\?.*/, '')}"`);
    }
  });

  it('a URL drawn for another page is never shown as it: /stories served the home HTML renders Stories', async () => {
    const page = await suite.newPage();
    await page.goto('/stories');
    await page.getByRole('heading', { level: 1, name: /stories/i }).waitFor();
    expect(await page.locator('.hero').count()).toBe(0);
  });
});

describe('offline', () => {
  it('deep links open with no network: prerendered pages from the cache, others through the app shell', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await waitForController(page);
    await page.goto(`/q/${ID}`); // visited once online: its prerendered page is kept
    await hydrated(page);
    await suite.context.setOffline(true);

    const servedHtml = async (path: string) => (await page.goto(path))!.text();
    // Prerendered pages come with their content in the HTML.
    expect(await servedHtml(`/q/${ID}`)).toContain(`data-prerendered="/q/${ID}"`);
    await hydrated(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tell me about yourself.');
    expect(await servedHtml('/guide')).toContain('data-prerendered="/guide"');
    await page.getByRole('heading', { name: 'Answer frameworks' }).waitFor();
    expect(await servedHtml('/questions')).toContain('data-prerendered="/questions"');
    await expect.poll(() => page.locator('p.status').textContent()).toMatch(/^9\d questions$/);

    // Not prerendered (or never visited): the app shell draws them from the precached bank.
    expect(await servedHtml('/stories')).toContain('<div id="app"></div>');
    await page.getByRole('heading', { level: 1, name: /stories/i }).waitFor();
    expect(await servedHtml('/q/why-openai')).toContain('<div id="app"></div>');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/OpenAI/);
  });
});
