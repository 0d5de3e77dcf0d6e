import * as v from 'valibot';
import { listDrafts } from '../store/drafts';
import { INTERVIEW_TARGETS, InterviewTargetsSchema } from '../store/records';
import { getSetting } from '../store/settings';
import { listStories } from '../store/stories';
import type { Draft, Take } from '../store/schema';
import { listAllTakes } from '../store/takes';
import { pendingRound } from './rounds/pending';
import { database } from './session';
import { statusOf } from './status';

import { NO_NEXT_UP, nextUp, type NextUp } from './next-up-state';

export type { NextUp } from './next-up-state';

export function pickNextUp(
  drafts: readonly Pick<Draft, 'questionId' | 'fields' | 'updatedAt'>[],
  takes: readonly Pick<Take, 'questionId' | 'startedAt'>[],
  limit = 3,
): Pick<NextUp, 'sayAloud' | 'again'> {
  const recorded = new Map<string, { at: number; takes: number }>();
  for (const t of takes) {
    const seen = recorded.get(t.questionId);
    recorded.set(t.questionId, { at: Math.max(seen?.at ?? 0, t.startedAt), takes: (seen?.takes ?? 0) + 1 });
  }
  const counts = new Map([...recorded].map(([id, r]) => [id, r.takes]));
  const texts = new Map(drafts.map((d) => [d.questionId, Object.values(d.fields).join(' ')]));
  const sayAloud = drafts
    .filter((d) => statusOf(d.questionId, texts, counts) === 'drafted')
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, limit)
    .map((d) => ({ questionId: d.questionId, at: d.updatedAt }));
  const again = [...recorded]
    .map(([questionId, r]) => ({ questionId, ...r }))
    .sort((a, b) => a.at - b.at)
    .slice(0, limit);
  return { sayAloud, again };
}

/** The round left unfinished, from its journal (localStorage: there even when IndexedDB is not). */
function roundLeft(): NextUp['round'] {
  try {
    const run = pendingRound();
    if (!run) return null;
    return {
      title: run.round.title,
      step: Math.min(run.at.item + 1, run.round.items.length),
      total: run.round.items.length,
      answered: run.answers.filter((a) => a.probe === null && a.outcome !== 'skipped').length,
    };
  } catch {
    return null;
  }
}

export async function loadNextUp(): Promise<void> {
  try {
    // The home page waits for this list: never longer than a moment (a blocked upgrade can wait forever).
    const db = await Promise.race([database(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1500))]);
    const round = roundLeft();
    if (!db) {
      nextUp.value = round ? { ...NO_NEXT_UP, round } : NO_NEXT_UP; // NO_NEXT_UP itself says nothing was read (BrowseView)
      return;
    }
    const [drafts, takes, stories, targets] = await Promise.all([
      listDrafts(db),
      listAllTakes(db),
      listStories(db).catch(() => []),
      getSetting<unknown>(db, INTERVIEW_TARGETS, null).catch(() => null),
    ]);
    const date = v.safeParse(InterviewTargetsSchema, targets);
    nextUp.value = {
      ...pickNextUp(drafts, takes),
      stories: stories.map((s) => ({ questionIds: s.questionIds, tags: s.tags })),
      started: drafts.length + takes.length + stories.length > 0,
      interviewDate: date.success ? (date.output.date ?? null) : null,
      round,
    };
  } catch {
    nextUp.value = NO_NEXT_UP; // a suggestion list is never worth an error on the home page
  }
}
