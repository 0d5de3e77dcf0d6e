/**
 * The user's interview targets — the companies they interview with and their level — and the story
 * counts coverage asks for at that level. Kept as one setting, so it travels in every backup.
 */
import { signal } from '@preact/signals';
import { problem, type Result } from '../store/errors';
import { INTERVIEW_LEVELS, INTERVIEW_TARGETS, type InterviewTargets } from '../store/records';
import { getSetting, setSetting } from '../store/settings';
import { database } from './session';
import { rememberStarted } from './started';

export type { InterviewTargets };
export type InterviewLevel = (typeof INTERVIEW_LEVELS)[number];

export const LEVEL_LABELS: Readonly<Record<InterviewLevel, string>> = {
  senior: 'Senior or below',
  staff: 'Staff or above',
  manager: 'Engineering manager',
};
export const LEVELS: readonly InterviewLevel[] = INTERVIEW_LEVELS;

export const NO_TARGETS: InterviewTargets = { companies: [], level: null };

/** The targets as last read or saved; null until read. */
export const interviewTargets = signal<InterviewTargets | null>(null);

/** Reads the stored targets; a malformed value is reported under Needs attention and read as none. */
export async function loadTargets(): Promise<InterviewTargets> {
  const db = await database();
  const value = db ? await getSetting(db, INTERVIEW_TARGETS, NO_TARGETS).catch(() => NO_TARGETS) : NO_TARGETS;
  interviewTargets.value = value;
  return value;
}

/** Saves the targets; the screen shows them at once, and says so if the write fails (they stay chosen on screen). */
export async function saveTargets(next: InterviewTargets): Promise<Result<void>> {
  const clean: InterviewTargets = { companies: [...new Set(next.companies)], level: next.level, ...(next.date ? { date: next.date } : {}) };
  interviewTargets.value = clean;
  const db = await database();
  if (!db) return { ok: false, problem: problem('unavailable') };
  const saved = await setSetting(db, INTERVIEW_TARGETS, clean);
  if (saved.ok && clean.date) rememberStarted(true); // the home page counts down to it
  return saved;
}

export interface StoryTarget {
  id: 'leadership' | 'collaboration';
  category: string;
  min: number;
  max: number;
}

export interface LevelAdvice {
  targets: readonly StoryTarget[];
  /** Where the counts come from, in one line. */
  basis: string;
  /** The bank's `level` values asked at this level. */
  questionLevels: readonly string[];
}

const LEAD = 'Leadership & Ownership';
const COLLAB = 'Conflict & Collaboration';
/** The guide's counts (OpenAI L5): 3–4 leadership and 2–3 collaboration stories. */
const STAFF_TARGETS: readonly StoryTarget[] = [
  { id: 'leadership', category: LEAD, min: 3, max: 4 },
  { id: 'collaboration', category: COLLAB, min: 2, max: 3 },
];

/**
 * Story counts per level. Only the staff counts are the guide's (OpenAI L5: 3–4 leadership and 2–3
 * collaboration stories); the others are Rehearse's suggestion and say so.
 */
export const LEVEL_ADVICE: Readonly<Record<InterviewLevel | 'unset', LevelAdvice>> = {
  unset: {
    targets: STAFF_TARGETS,
    basis: 'The guide’s counts for staff level (OpenAI L5). Choose your level to see the counts for it.',
    questionLevels: [],
  },
  senior: {
    targets: [
      { id: 'leadership', category: LEAD, min: 2, max: 3 },
      { id: 'collaboration', category: COLLAB, min: 2, max: 3 },
    ],
    basis:
      'Rehearse’s suggestion: the guide gives counts for staff level only. At senior level it stresses real stories with clear ownership over a polished STAR (Microsoft).',
    questionLevels: ['senior'],
  },
  staff: {
    targets: STAFF_TARGETS,
    basis: 'The guide’s counts for staff level: OpenAI L5 runs a leadership round and a collaboration round.',
    questionLevels: ['staff'],
  },
  manager: {
    targets: STAFF_TARGETS,
    basis: 'The guide’s staff-level counts, plus the manager questions it reports: trade-offs and your team’s growth.',
    questionLevels: ['manager'],
  },
};

export const adviceFor = (level: InterviewLevel | null): LevelAdvice => LEVEL_ADVICE[level ?? 'unset'];
