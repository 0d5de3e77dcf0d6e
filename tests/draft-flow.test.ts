import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/chromium';
import { axeViolations } from './support/axe';
import { appDatabaseMade, storedRecords } from './support/db';

// UPDATE_SCREENSHOTS=1 also writes pictures to look at (test-results/); they assert nothing.
const look = (page: Page, name: string) =>
  process.env.UPDATE_SCREENSHOTS === '1' ? page.screenshot({ path: `test-results/${name}.png`, fullPage: true }) : undefined;

// bypassCSP: axe is injected as an inline script.
const suite = chromiumSuite({ context: { viewport: { width: 360, height: 800 }, bypassCSP: true }, watchForeign: true });
let page: Page;
beforeEach(async () => {
  page = await suite.newPage();
});

const saveState = () => page.locator('.save-state').first().textContent();
const note = () => page.locator('.kept-note');
const words = async () => Number(/(\d+) words?/.exec((await page.locator('.draft-footer').textContent()) ?? '')?.[1]);

async function openQuestion(path: string): Promise<void> {
  await page.goto(path);
  await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
}

const STAR = {
  Situation: 'Our evals were vibes.',
  Task: 'I owned answer quality.',
  Action: 'Built a 400-query eval set.',
  Result: 'Caught 3 regressions before launch.',
};

describe('a framework switch keeps every word in view or says where it is', () => {
  it('STAR → SAIL → Free text carries the text across, says what is kept, survives a reload, and STAR comes back as written', async () => {
    await openQuestion('/q/why-openai');
    for (const [label, text] of Object.entries(STAR)) await page.getByLabel(label, { exact: true }).fill(text);
    await expect.poll(saveState).toBe('Saved');
    expect(await words()).toBe(18);
    expect(await note().count()).toBe(0);

    await page.getByLabel('SAIL').check();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe(`${STAR.Situation}\n\n${STAR.Task}`);
    expect(await page.getByLabel('Action').inputValue()).toBe(STAR.Action);
    expect(await page.getByLabel('Impact').inputValue()).toBe(STAR.Result);
    expect(await page.getByLabel('Learning').inputValue()).toBe('');
    expect(await note().textContent()).toBe('Kept, not shown here: STAR’s Situation, Task and Result. Switch to STAR to see them.');
    expect(await words()).toBe(18); // nothing dropped from view

    await page.getByLabel('Free text').check();
    const free = page.getByRole('textbox', { name: 'Answer', exact: true });
    const joined = `Situation: ${STAR.Situation}\n\n${STAR.Task}\n\nAction: ${STAR.Action}\n\nImpact: ${STAR.Result}`;
    await expect.poll(() => free.inputValue()).toBe(joined);
    expect(await note().textContent()).toMatch(/^Kept, not shown here: STAR’s Situation, Task, Action and Result; SAIL’s Situation and Impact\./);
    await expect.poll(saveState).toBe('Saved');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Answer', exact: true }).inputValue()).toBe(joined);
    expect(await page.getByRole('radio', { name: 'Free text' }).isChecked()).toBe(true);
    expect(await note().count()).toBe(1);

    await page.getByLabel('STAR').check();
    for (const [label, text] of Object.entries(STAR)) expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
    // Free text and SAIL held only what they took from STAR: nothing is doubled, nothing is left out of view.
    await expect.poll(() => note().count()).toBe(0);
    expect(await words()).toBe(18);
    await expect.poll(saveState).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Result').inputValue()).toBe(STAR.Result);
    expect(await page.getByLabel('Situation').inputValue()).toBe(STAR.Situation);
  });

  it('text written after a switch stays when switching back, and the note names it', async () => {
    await openQuestion('/q/why-openai');
    await page.getByLabel('Result').fill('Shipped.');
    await page.getByLabel('SAIL').check();
    await page.getByLabel('Learning').fill('Write the eval first.');
    await page.getByLabel('STAR').check();
    expect(await page.getByLabel('Result').inputValue()).toBe('Shipped.');
    await expect.poll(() => note().textContent()).toBe('Kept, not shown here: SAIL’s Learning. Switch to SAIL to see it.');
    expect(await words()).toBe(1); // the word count counts what is shown
    await page.getByLabel('SAIL').check();
    expect(await page.getByLabel('Learning').inputValue()).toBe('Write the eval first.');
    expect(await page.getByLabel('Impact').inputValue()).toBe('Shipped.');
  });
});

/** Every story IndexedDB holds. */
const storedStories = () => storedRecords<{ id: string; title: string; questionIds: string[] }>(page, 'stories');

describe('a new story is written on its first typed character', () => {
  it('New story + Back leaves no story; typing one letter writes it', async () => {
    await page.goto('/stories');
    await page.getByText('No stories yet.').waitFor();
    await page.getByRole('button', { name: 'New story' }).click();
    await page.waitForURL(/\/stories\/story-[a-z0-9]+$/);
    await expect.poll(() => page.getByLabel('Title').isEnabled()).toBe(true);
    await page.goBack();
    await page.getByText('No stories yet.').waitFor();
    expect(await storedStories()).toEqual([]);
    // A reload is the barrier: whatever leaving the editor would write (a flush on pagehide, a late save) has landed by then.
    await page.reload();
    await page.getByText('No stories yet.').waitFor();
    expect(await storedStories()).toEqual([]);

    await page.getByRole('button', { name: 'New story' }).click();
    await expect.poll(() => page.getByLabel('Situation').isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete story' }).count()).toBe(0); // nothing to delete yet
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByLabel('Situation').click();
    await page.keyboard.type('W');
    await expect.poll(saveState).toBe('Saved');
    expect((await storedStories()).map((s) => s.id)).toEqual([id]);
    await page.getByRole('button', { name: 'Delete story' }).waitFor();
  });

  it('"New story for this question" is written, linked, on its first character, and not at all when left at once', async () => {
    const question = 'tell-me-about-a-time-you-had-to-resolve-a-conflict-in-a-team';
    await page.goto(`/q/${question}`);
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.waitForURL(/\/stories\/story-/);
    await expect.poll(() => page.getByLabel('Title').isEnabled()).toBe(true);
    await page.goBack();
    await page.getByRole('heading', { name: 'Your stories for this question' }).waitFor();
    await page.reload(); // the barrier for anything leaving the editor would write
    await page.getByRole('heading', { name: 'Your stories for this question' }).waitFor();
    expect(await storedStories()).toEqual([]);
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.getByLabel('Title').fill('Migration standoff');
    await expect.poll(saveState).toBe('Saved');
    expect(await storedStories()).toMatchObject([{ title: 'Migration standoff', questionIds: [question] }]);
  });
});

describe('a linked story becomes a draft', () => {
  it('fills an empty draft; replaces a written one after keeping it in History, with Undo', async () => {
    const question = 'tell-me-about-a-time-you-had-to-resolve-a-conflict-in-a-team';
    await page.goto(`/q/${question}`);
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.getByLabel('Title').fill('Migration standoff');
    for (const [label, text] of Object.entries(STAR)) await page.getByLabel(label, { exact: true }).fill(text);
    await expect.poll(saveState).toBe('Saved');

    await openQuestion(`/q/${question}`);
    const start = page.getByRole('button', { name: 'Start my draft from this story' });
    await start.click();
    for (const [label, text] of Object.entries(STAR)) await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
    await expect.poll(() => page.locator('.draft-from-story').textContent()).toBe('Draft started from “Migration standoff”.');
    await expect.poll(saveState).toBe('Saved');

    await page.getByLabel('Situation').fill('My own opening.');
    await page.getByLabel('Result').fill('');
    await expect.poll(saveState).toBe('Saved');
    await start.click();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe(STAR.Situation);
    expect(await page.getByLabel('Result').inputValue()).toBe(STAR.Result);
    // The fields change at once; the line says so once the earlier draft is safe in History (after the write).
    await expect
      .poll(() => page.locator('.draft-from-story').textContent())
      .toMatch(/^Draft replaced by “Migration standoff”\. Your earlier draft is in History\./);
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.locator('.revisions').textContent()).toContain('My own opening.');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('My own opening.');
    expect(await page.getByLabel('Result').inputValue()).toBe('');
    expect(await page.getByLabel('Task').inputValue()).toBe(STAR.Task);
    await expect.poll(saveState).toBe('Saved');
    await page.reload();
    await expect.poll(() => page.getByLabel('Situation').inputValue()).toBe('My own opening.');
    await look(page, 'draft-from-story-360');
  });
});

describe('the save state', () => {
  it.each([360, 1280])('sits at the right edge of the draft footer at %i px, never on an indented line of its own', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    await openQuestion('/q/why-openai');
    await page.getByLabel('Situation').fill('Our evals were vibes and we shipped a regression.');
    await expect.poll(saveState).toBe('Saved');
    const [state, footer] = await Promise.all(['.save-state', '.draft-footer'].map((s) => page.locator(s).first().boundingBox()));
    expect(Math.abs(state!.x + state!.width - (footer!.x + footer!.width))).toBeLessThanOrEqual(1);
  });
});

describe('coverage', () => {
  it('counts a story tagged “leadership” for Leadership, says the rule, and folds the companies with no story', async () => {
    await page.goto('/stories');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Title').fill('Led the eval rewrite');
    await page.getByLabel('Tags').fill('leadership');
    await expect.poll(saveState).toBe('Saved');
    await page.getByRole('link', { name: '← All stories' }).click();
    const tile = page.locator('.coverage-categories li', { hasText: 'Leadership & Ownership' });
    await expect.poll(() => tile.textContent()).toMatch(/1 story$/);
    expect(await page.locator('.coverage .lede').textContent()).toMatch(/for a category its tags name/);
    const more = page.locator('.coverage-more');
    expect(await more.locator('summary').textContent()).toMatch(/^\d+ more companies with no story yet$/);
    expect(await more.getByRole('link', { name: 'OpenAI' }).isVisible()).toBe(false); // folded away
    await more.locator('summary').click();
    expect(await more.getByRole('link', { name: 'OpenAI' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await look(page, 'coverage-360');
  });

  it('with target companies and a level: counts for those, folds the others away, names the level’s counts, and keeps the choice across a reload', async () => {
    await page.goto('/q/tell-me-about-a-time-you-showed-leadership'); // OpenAI, asked of managers
    await page.getByRole('button', { name: 'New story for this question' }).click();
    await page.getByLabel('Title').fill('Grew the eval team');
    await expect.poll(saveState).toBe('Saved');
    await page.goto('/stories');
    await page.getByRole('heading', { name: 'Your interviews' }).waitFor();
    const choice = page.locator('.company-choice');
    expect(await choice.getAttribute('open')).not.toBeNull(); // none chosen yet: the list is open
    await page.getByRole('checkbox', { name: 'Anthropic' }).check();
    await page.getByRole('checkbox', { name: 'OpenAI' }).check();
    await page.getByRole('radio', { name: 'Engineering manager' }).check();

    const targets = page.locator('.coverage-targets');
    await expect.poll(() => targets.locator('li').allTextContents()).toEqual(['Anthropic no story yet', 'OpenAI 1 story']);
    expect(await page.locator('#companies-targets').textContent()).toBe('No story yet for 1 of your 2 companies.');
    const others = page.locator('.coverage-more');
    expect(await others.locator('summary').textContent()).toMatch(/^\d+ other companies in the bank$/);
    expect(await others.getByRole('link', { name: 'Meta' }).isVisible()).toBe(false); // folded away
    expect(await others.getByRole('link', { name: 'Anthropic' }).count()).toBe(0); // a target is not among the others
    expect(await page.getByRole('heading', { name: 'Stories to prepare: engineering manager' }).count()).toBe(1);
    expect(await page.locator('.coverage .basis').textContent()).toMatch(/manager questions/);
    const levelQuestions = page.locator('.level-questions li');
    expect(await levelQuestions.count()).toBeGreaterThanOrEqual(3);
    expect(await levelQuestions.filter({ hasText: 'Tell me about a time you showed leadership.' }).textContent()).toMatch(/1 story$/);

    // Saved as one setting: IndexedDB holds exactly what was chosen, and a reload shows it again.
    await expect
      .poll(async () =>
        !(await appDatabaseMade(page))
          ? undefined
          : page.evaluate(
              () =>
                new Promise((resolve, reject) => {
                  const open = indexedDB.open('rehearse');
                  open.onerror = () => reject(open.error);
                  open.onsuccess = () => {
                    const get = open.result.transaction('settings').objectStore('settings').get('interviewTargets');
                    get.onsuccess = () => (open.result.close(), resolve(get.result));
                    get.onerror = () => reject(get.error);
                  };
                }),
            ),
      )
      .toEqual({ companies: ['Anthropic', 'OpenAI'], level: 'manager' });
    await page.reload();
    await expect.poll(() => targets.locator('li').allTextContents()).toEqual(['Anthropic no story yet', 'OpenAI 1 story']);
    expect(await page.getByRole('radio', { name: 'Engineering manager' }).isChecked()).toBe(true);
    expect(await choice.getAttribute('open')).toBeNull(); // chosen: the list is folded, its summary names them
    expect(await choice.locator('summary').textContent()).toBe('Companies you interview with: Anthropic and OpenAI');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await look(page, 'coverage-targets-360-dark');

    // Unticking the last company brings back every company.
    await choice.locator('summary').click();
    await page.getByRole('checkbox', { name: 'Anthropic' }).uncheck();
    await page.getByRole('checkbox', { name: 'OpenAI' }).uncheck();
    await expect.poll(() => page.locator('.coverage-targets').count()).toBe(0);
    expect(await page.locator('.coverage-more summary').textContent()).toMatch(/more companies with no story yet$/);
  });
});
