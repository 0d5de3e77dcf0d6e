/**
 * The Progress page's figures, from the user's own records and a clock. Pure: no storage, no UI, so each
 * figure is tested from known data. Days and weeks are the user's local ones (a streak breaks at their
 * midnight, not at UTC's); weeks start on Monday.
 */
import type { Question } from '../bank/types';
import type { Draft, Review, Story, Take } from '../store/schema';
import { addDays, dayStart, weekStart } from '../shared/days';
import { coverage } from './coverage';
import type { RoundRun } from './rounds/schema';

export { addDays, dayStart, weekStart };

export interface ProgressInput {
  /** The bank and the user's own questions. */
  questions: readonly Question[];
  drafts: readonly Pick<Draft, 'questionId' | 'fields' | 'updatedAt'>[];
  takes: readonly Pick<Take, 'questionId' | 'startedAt' | 'durationMs' | 'analysis' | 'transcript'>[];
  stories: readonly Pick<Story, 'id' | 'questionIds' | 'tags' | 'updatedAt'>[];
  reviews: readonly Pick<Review, 'kind' | 'itemId' | 'card' | 'log'>[];
  rounds: readonly Pick<RoundRun, 'round' | 'answers' | 'startedAt' | 'finishedAt'>[];
}

export interface CategoryProgress {
  name: string;
  /** Questions of the bank in this category (the user's own included). */
  total: number;
  /** Drafted or recorded. */
  practised: number;
  recorded: number;
}

export interface WeekMinutes {
  /** Local midnight of the week's Monday. */
  start: number;
  /** Recorded that week. */
  ms: number;
  takes: number;
}

export interface TakePoint {
  at: number;
  /** Speech without the pauses when the take is analysed, else its whole length. */
  speakingMs: number;
  /** Words of its transcript, when it has one. */
  words: number | null;
}

export interface QuestionProgress {
  questionId: string;
  /** Words of the current draft (0 without one). */
  draftWords: number;
  /** Oldest first. */
  takes: TakePoint[];
  /** Finished mock rounds in which it was answered (said or typed). */
  rounds: number;
  lastAt: number;
}

export interface RoundSummary {
  id: string;
  title: string;
  finishedAt: number;
  questions: number;
  answered: number;
  skipped: number;
}

export interface Progress {
  totals: { questions: number; practised: number; recorded: number; takes: number; recordedMs: number; stories: number; rounds: number };
  categories: CategoryProgress[];
  /** Stories per category, and the categories no story answers yet. */
  storyCategories: { name: string; stories: number }[];
  uncoveredCategories: string[];
  /** The last `weeks` weeks, oldest first, this week last. */
  weeks: WeekMinutes[];
  streak: { current: number; longest: number; practisedToday: boolean };
  /** Today (with anything overdue) and the six days after it: reviews due each day. */
  dueWeek: { day: number; count: number }[];
  /** Every question practised, the most recent first. */
  questions: QuestionProgress[];
  /** Finished mock rounds, newest first. */
  rounds: RoundSummary[];
}

export const wordCount = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

const draftText = (d: Pick<Draft, 'fields'>) => Object.values(d.fields).join(' ');

/** Consecutive practice days: the current run ends today, or yesterday when today has nothing yet. */
export function streak(days: ReadonlySet<number>, now: number): { current: number; longest: number; practisedToday: boolean } {
  const today = dayStart(now);
  const practisedToday = days.has(today);
  let current = 0;
  for (let day = practisedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) current++;
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the first day of a run
    let run = 0;
    for (let d = day; days.has(d); d = addDays(d, 1)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, practisedToday };
}

export function progress(input: ProgressInput, now: number, weeks = 8): Progress {
  const { questions, drafts, takes, stories, reviews, rounds } = input;
  const known = new Set(questions.map((q) => q.id));
  const drafted = new Map(drafts.filter((d) => known.has(d.questionId) && draftText(d).trim()).map((d) => [d.questionId, d]));
  const takesOf = new Map<string, Pick<Take, 'startedAt' | 'durationMs' | 'analysis' | 'transcript'>[]>();
  for (const t of takes) if (known.has(t.questionId)) takesOf.set(t.questionId, [...(takesOf.get(t.questionId) ?? []), t]);

  // A question answered in a finished mock round (said or typed) is practised too.
  const inRounds = new Set(
    rounds
      .filter((r) => r.finishedAt !== null)
      .flatMap((r) => r.answers.filter((a) => a.outcome !== 'skipped' && known.has(a.questionId)).map((a) => a.questionId)),
  );
  const practised = (id: string) => drafted.has(id) || takesOf.has(id) || inRounds.has(id);
  const categories = new Map<string, CategoryProgress>();
  for (const q of questions) {
    if (q.kind !== 'question') continue;
    for (const name of q.categories) {
      const c = categories.get(name) ?? { name, total: 0, practised: 0, recorded: 0 };
      c.total++;
      if (practised(q.id)) c.practised++;
      if (takesOf.has(q.id)) c.recorded++;
      categories.set(name, c);
    }
  }

  const thisWeek = weekStart(now);
  const weekList: WeekMinutes[] = Array.from({ length: weeks }, (_, i) => ({ start: addDays(thisWeek, -7 * (weeks - 1 - i)), ms: 0, takes: 0 }));
  let recordedMs = 0;
  for (const t of takes) {
    recordedMs += t.durationMs;
    const week = weekList.find((w) => w.start === weekStart(t.startedAt));
    if (week) {
      week.ms += t.durationMs;
      week.takes++;
    }
  }

  const days = new Set<number>();
  for (const t of takes) days.add(dayStart(t.startedAt));
  for (const d of drafts) days.add(dayStart(d.updatedAt));
  for (const s of stories) days.add(dayStart(s.updatedAt));
  for (const r of reviews) for (const entry of r.log) days.add(dayStart(entry.at));
  for (const r of rounds) if (r.finishedAt !== null) days.add(dayStart(r.finishedAt));
  for (const day of days) if (day > dayStart(now)) days.delete(day); // a clock that ran ahead on another device

  const today = dayStart(now);
  const dueWeek = Array.from({ length: 7 }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  for (const r of reviews) {
    if (r.kind === 'question' && !known.has(r.itemId)) continue;
    const due = r.card.due.getTime();
    const i = due < addDays(today, 1) ? 0 : dueWeek.findIndex((d) => due >= d.day && due < addDays(d.day, 1));
    if (i >= 0) dueWeek[i]!.count++;
  }

  const perQuestion: QuestionProgress[] = [...new Set([...drafted.keys(), ...takesOf.keys(), ...inRounds])].map((questionId) => {
    const list = [...(takesOf.get(questionId) ?? [])].sort((a, b) => a.startedAt - b.startedAt);
    const draft = drafted.get(questionId);
    return {
      questionId,
      draftWords: draft ? wordCount(draftText(draft)) : 0,
      rounds: rounds.filter((r) => r.finishedAt !== null && r.answers.some((a) => a.questionId === questionId && a.outcome !== 'skipped')).length,
      takes: list.map((t) => ({
        at: t.startedAt,
        speakingMs: t.analysis?.speakingMs ?? t.durationMs,
        words: t.transcript?.trim() ? wordCount(t.transcript) : null,
      })),
      lastAt: Math.max(
        draft?.updatedAt ?? 0,
        ...list.map((t) => t.startedAt),
        ...rounds.filter((r) => r.answers.some((a) => a.questionId === questionId)).map((r) => r.finishedAt ?? 0),
      ),
    };
  });
  perQuestion.sort((a, b) => b.lastAt - a.lastAt);

  const finished = rounds
    .filter((r): r is typeof r & { finishedAt: number } => r.finishedAt !== null)
    .map((r) => ({
      id: r.round.id,
      title: r.round.title,
      finishedAt: r.finishedAt,
      questions: r.round.items.length,
      answered: r.answers.filter((a) => a.probe === null && a.outcome !== 'skipped').length,
      skipped: r.answers.filter((a) => a.probe === null && a.outcome === 'skipped').length,
    }))
    .sort((a, b) => b.finishedAt - a.finishedAt);

  const cover = coverage(stories, questions);
  return {
    totals: {
      questions: questions.filter((q) => q.kind === 'question').length,
      practised: perQuestion.length,
      recorded: takesOf.size,
      takes: takes.length,
      recordedMs,
      stories: stories.length,
      rounds: finished.length,
    },
    categories: cover.categories.flatMap(({ name }) => categories.get(name) ?? []), // the catalog's order
    storyCategories: cover.categories,
    uncoveredCategories: cover.uncoveredCategories,
    weeks: weekList,
    streak: streak(days, now),
    dueWeek,
    questions: perQuestion,
    rounds: finished,
  };
}
