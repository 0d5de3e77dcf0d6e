import questionsUrl from '../../data/questions.json?url';
import guidanceUrl from '../../data/guidance.json?url';
import depthUrl from '../../data/depth.json?url';
import synonymsUrl from '../../data/synonyms.json?url';
import roundsUrl from '../../data/rounds.json?url';
import coachUrl from '../../data/coach.json?url';
import type { CoachRules } from './coach-rules';
import type { Synonyms } from './synonyms';
import type { Depth, Guidance, Question, Rounds } from './types';

/** The bank ships as JSON files (precached by the worker), not as JS: JSON parses faster and keeps the first script small. */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

/** A loader that fetches once and shares the answer; a failed fetch is forgotten, so a later call tries again. */
function loadOnce<T>(url: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= getJson<T>(url).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export const loadQuestions = loadOnce<Question[]>(questionsUrl);
export const loadGuidance = loadOnce<Guidance>(guidanceUrl);
/** Probes and outlines: only a question page needs them, so they are fetched there, not with the bank. */
export const loadDepth = loadOnce<Depth>(depthUrl);
/** The field's vocabulary for search: fetched when a search first runs, never with the first page. */
export const loadSynonyms = loadOnce<Synonyms>(synonymsUrl);
/** The mock-round presets: fetched when the user opens a round, never with the first page. */
export const loadRounds = loadOnce<Rounds>(roundsUrl);
/** The answer coach's rules and word lists: fetched when a coach panel first opens. */
export const loadCoachRules = loadOnce<CoachRules>(coachUrl);
