import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { badRecords, forgetBadRecords } from './attention.ts';
import { getCustomQuestion, listCustomQuestions } from './custom-questions.ts';
import { getDraft, getRevision, listDrafts, listRevisions } from './drafts.ts';
import { useFreshDb } from './fresh-db.test-support.ts';
import { mutate, prng, validRecord, type Mutant } from './record-mutations.test-support.ts';
import { STORES, type RehearseDb } from './schema.ts';
import { getReview, listReviews } from './reviews.ts';
import { getRound, listRounds } from './rounds.ts';
import { getStory, listStories, storiesForQuestion } from './stories.ts';
import { getTake, getTakeAudio, listAllTakes, listTakes, recoverUnfinished } from './takes.ts';

let db: RehearseDb;
useFreshDb((fresh) => (db = fresh));

const KINDS = ['draft', 'revision', 'story', 'customQuestion', 'take', 'review', 'round'] as const;
const STORE_OF = {
  draft: STORES.drafts,
  revision: STORES.revisions,
  story: STORES.stories,
  customQuestion: STORES.customQuestions,
  take: STORES.takes,
  chunk: STORES.chunks,
  review: STORES.reviews,
  round: STORES.rounds,
};
const QUESTION_IDS = ['why-openai', 'conflict', 'failure'];
const keyOf = (m: Mutant) =>
  String(m.kind === 'draft' ? m.record['questionId'] : m.kind === 'round' ? (m.record['round'] as { id: string }).id : m.record['id']);

/** 1,000 mutants (about half of them bad by the contract) and a valid twin of each kind for contrast. */
function generate(seed: number): Mutant[] {
  const random = prng(seed);
  const mutants: Mutant[] = [];
  for (let n = 1; n <= 1000; n++) {
    const kind = KINDS[n % KINDS.length]!;
    const valid = validRecord(kind, n, QUESTION_IDS[n % QUESTION_IDS.length]!);
    mutants.push(random() < 0.2 ? { kind, record: valid, bad: false, edits: [] } : mutate(random, kind, valid));
  }
  return mutants;
}

/** Every read path of the store, each over every key it could be asked for. */
async function readEverything(mutants: Mutant[]): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>(KINDS.map((k) => [k, new Set<string>()]));
  const add = (kind: string, keys: string[]) => keys.forEach((k) => seen.get(kind)!.add(k));
  add(
    'draft',
    (await listDrafts(db)).map((d) => d.questionId),
  );
  add(
    'story',
    (await listStories(db)).map((s) => s.id),
  );
  add(
    'customQuestion',
    (await listCustomQuestions(db)).map((q) => q.id),
  );
  add(
    'take',
    (await listAllTakes(db)).map((t) => t.id),
  );
  add(
    'review',
    (await listReviews(db)).map((r) => r.id),
  );
  add(
    'round',
    (await listRounds(db)).map((r) => r.round.id),
  );
  for (const q of QUESTION_IDS) {
    add(
      'revision',
      (await listRevisions(db, q)).map((r) => String(r.id)),
    );
    add(
      'story',
      (await storiesForQuestion(db, q)).map((s) => s.id),
    );
    add(
      'take',
      (await listTakes(db, q)).map((t) => t.id),
    );
  }
  for (const m of mutants) {
    const key = keyOf(m);
    const one =
      m.kind === 'draft'
        ? await getDraft(db, key)
        : m.kind === 'revision'
          ? await getRevision(db, Number(key))
          : m.kind === 'story'
            ? await getStory(db, key)
            : m.kind === 'customQuestion'
              ? await getCustomQuestion(db, key)
              : m.kind === 'review'
                ? await getReview(db, 'question', key.slice('question:'.length))
                : m.kind === 'round'
                  ? await getRound(db, key)
                  : ((await getTakeAudio(db, key))?.take ?? (await getTake(db, key)));
    if (one) add(m.kind, [key]);
  }
  return seen;
}

describe('reading 1,000 randomly broken records', () => {
  it('never throws, returns every good record and reports every bad one', async () => {
    const mutants = generate(20261127);
    const bad = mutants.filter((m) => m.bad);
    expect(bad.length).toBeGreaterThan(250);
    expect(mutants.length - bad.length).toBeGreaterThan(250);
    const tx = db.transaction(Object.values(STORE_OF), 'readwrite');
    await Promise.all([
      ...mutants.map((m) => tx.objectStore(STORE_OF[m.kind]).put(m.record as never)),
      // Each take gets one chunk of audio, itself good or broken.
      ...mutants
        .filter((m) => m.kind === 'take')
        .map((m, i) =>
          tx.objectStore(STORES.chunks).put({ ...validRecord('chunk', 0, ''), takeId: keyOf(m), data: i % 7 ? new ArrayBuffer(4) : 'x' } as never),
        ),
      tx.done,
    ]);
    forgetBadRecords();

    const seen = await readEverything(mutants);
    for (const kind of KINDS) {
      const of = mutants.filter((m) => m.kind === kind);
      const wanted = of
        .filter((m) => !m.bad)
        .map(keyOf)
        .sort();
      expect([...seen.get(kind)!].sort(), `${kind}: returned`).toEqual(wanted);
      const reported = badRecords()
        .filter((b) => b.kind === kind)
        .map((b) => b.key)
        .sort();
      const missed = of.filter((m) => m.bad && !reported.includes(keyOf(m)));
      expect(
        missed.map((m) => `${keyOf(m)}: ${m.edits.join(', ')}`),
        `${kind}: reported`,
      ).toEqual([]);
      expect(reported, `${kind}: reported only bad ones`).toEqual(
        of
          .filter((m) => m.bad)
          .map(keyOf)
          .sort(),
      );
    }
    // Broken audio chunks of good takes are reported as chunks, and the take's audio is read without them.
    expect(badRecords().filter((b) => b.kind === 'chunk').length).toBeGreaterThan(0);
    expect(badRecords().every((b) => b.problem.length > 0)).toBe(true);

    const recovered = await recoverUnfinished(db);
    expect(recovered.ok).toBe(true);
    expect(await db.count(STORES.takes)).toBeGreaterThanOrEqual(mutants.filter((m) => m.kind === 'take' && m.bad).length);
  });
});
