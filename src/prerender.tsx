// Build time only (scripts/prerender.mjs): the app's pages rendered to HTML by Preact's own renderer,
// from the same components the browser hydrates, with the bank put in place first as the browser will.
import prerender, { locationStub } from 'preact-iso/prerender';
import { App } from './app/App';
import type { Depth, Guidance, Question } from './bank/types';
import { storageProblem } from './practice/session';
import { depth, guidance, questions } from './ui/bank-state';
import { preloadResults } from './ui/BrowseView';

export interface Bank {
  questions: Question[];
  guidance: Guidance;
  depth: Depth;
}

/** The pages written as HTML: home, the list, the guide and every question of the bank. */
export function prerenderedPaths(bank: Bank): string[] {
  return ['/', '/questions', '/guide', ...bank.questions.map((q) => `/q/${q.id}`)];
}

/** One page's markup (what goes inside #app). */
export async function renderPage(path: string, bank: Bank): Promise<string> {
  locationStub(path);
  questions.value = bank.questions;
  guidance.value = bank.guidance;
  depth.value = bank.depth;
  // A page's screen may start reading the store, which Node lacks: that failure is this build's, never the visitor's.
  storageProblem.value = null;
  await preloadResults(); // the list is drawn, not left to load
  const { html } = await prerender(<App />);
  const problem = storageProblem.peek();
  if (problem) throw new Error(`prerendering ${path} drew a storage problem: ${problem.message}`);
  return html.replace('<script type="isodata"></script>', ''); // preact-iso's marker: the page hydrates with preact's own hydrate()
}
