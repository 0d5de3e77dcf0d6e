import questionsUrl from '../../data/questions.json?url';
import guidanceUrl from '../../data/guidance.json?url';
import depthUrl from '../../data/depth.json?url';
import synonymsUrl from '../../data/synonyms.json?url';
import type { Synonyms } from './synonyms';
import type { Depth, Guidance, Question } from './types';

/** The bank ships as JSON files (precached by the worker), not as JS: JSON parses faster and keeps the first script small. */
let questions: Promise<Question[]> | undefined;
let guidance: Promise<Guidance> | undefined;
let depth: Promise<Depth> | undefined;
let synonyms: Promise<Synonyms> | undefined;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

export function loadQuestions(): Promise<Question[]> {
  questions ??= getJson<Question[]>(questionsUrl).catch((error: unknown) => {
    questions = undefined; // let a later call try again
    throw error;
  });
  return questions;
}

export function loadGuidance(): Promise<Guidance> {
  guidance ??= getJson<Guidance>(guidanceUrl).catch((error: unknown) => {
    guidance = undefined;
    throw error;
  });
  return guidance;
}

/** Probes and outlines: only a question page needs them, so they are fetched there, not with the bank. */
export function loadDepth(): Promise<Depth> {
  depth ??= getJson<Depth>(depthUrl).catch((error: unknown) => {
    depth = undefined;
    throw error;
  });
  return depth;
}

/** The field's vocabulary for search: fetched when a search first runs, never with the first page. */
export function loadSynonyms(): Promise<Synonyms> {
  synonyms ??= getJson<Synonyms>(synonymsUrl).catch((error: unknown) => {
    synonyms = undefined;
    throw error;
  });
  return synonyms;
}
