/** What IndexedDB holds, and how each version of the database becomes the next. */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AssembledAudio, ChunkRecord, CustomQuestion, Draft, Review, Revision, RoundRecord, Story, Take, TakeStatus } from './records.ts';

export type { FrameworkId } from '../shared/frameworks.ts';
// The record types are inferred from their schemas in records.ts; re-exported here for the store's users.
export type {
  AssembledAudio,
  ChunkRecord,
  CustomQuestion,
  Draft,
  Review,
  ReviewCard,
  ReviewGrade,
  ReviewItemKind,
  Revision,
  RoundRecord,
  Story,
  Take,
  TakeAnalysis,
  TakeStatus,
} from './records.ts';

/** A draft as version 1 stored it: free text only. Exported for the migration test. */
export interface DraftV1 {
  questionId: string;
  text: string;
  updatedAt: number;
}

/** Store and index names, declared once. */
export const STORES = {
  drafts: 'drafts',
  revisions: 'revisions',
  stories: 'stories',
  customQuestions: 'customQuestions',
  settings: 'settings',
  takes: 'takes',
  chunks: 'chunks',
  /** Derived: a finished take's chunks joined into one file, so reopening it is fast. Never exported. */
  assembled: 'assembled',
  reviews: 'reviews',
  /** Finished mock rounds, keyed by the round's id. */
  rounds: 'rounds',
} as const;

export const INDEXES = {
  revisionsByQuestion: 'byQuestion',
  storiesByUpdated: 'byUpdated',
  storiesByLinkedQuestion: 'byLinkedQuestion',
  takesByQuestion: 'byQuestion',
  takesByStatus: 'byStatus',
  roundsByFinished: 'byFinished',
} as const;

export const DB_NAME = 'rehearse';

export interface RehearseSchema extends DBSchema {
  drafts: { key: string; value: Draft };
  revisions: { key: number; value: Revision; indexes: { byQuestion: string } };
  stories: { key: string; value: Story; indexes: { byUpdated: number; byLinkedQuestion: string } };
  customQuestions: { key: string; value: CustomQuestion };
  settings: { key: string; value: unknown };
  takes: { key: string; value: Take; indexes: { byQuestion: string; byStatus: TakeStatus } };
  chunks: { key: [string, number]; value: ChunkRecord };
  assembled: { key: string; value: AssembledAudio };
  reviews: { key: string; value: Review };
  rounds: { key: string; value: RoundRecord; indexes: { byFinished: number } };
}

export type StoreName = StoreNames<RehearseSchema>;
export type RehearseDb = IDBPDatabase<RehearseSchema>;
export type UpgradeTx = IDBPTransaction<RehearseSchema, StoreName[], 'versionchange'>;

/**
 * upgradeSteps[n] turns version n into version n + 1. A step may only await requests of the
 * upgrade transaction it is given; steps run one after the other so a later step sees the
 * finished work of an earlier one.
 */
export const upgradeSteps: Array<(db: RehearseDb, tx: UpgradeTx) => void | Promise<void>> = [
  // v1: drafts (free text) and their revision history.
  (db) => {
    db.createObjectStore(STORES.drafts, { keyPath: 'questionId' });
    const revisions = db.createObjectStore(STORES.revisions, { keyPath: 'id', autoIncrement: true });
    revisions.createIndex(INDEXES.revisionsByQuestion, 'questionId');
  },
  // v2: stories, custom questions, and drafts become structured by framework.
  async (db, tx) => {
    const stories = db.createObjectStore(STORES.stories, { keyPath: 'id' });
    stories.createIndex(INDEXES.storiesByUpdated, 'updatedAt');
    db.createObjectStore(STORES.customQuestions, { keyPath: 'id' });
    let cursor = await tx.objectStore(STORES.drafts).openCursor();
    while (cursor) {
      const old = cursor.value as unknown as Partial<DraftV1 & Draft>;
      // Defensive: one odd record must not abort the upgrade and lock the user out of their data.
      if (old.framework === undefined) {
        const draft: Draft = {
          questionId: cursor.key,
          framework: 'free',
          fields: { free: typeof old.text === 'string' ? old.text : '' },
          rev: 1,
          updatedAt: typeof old.updatedAt === 'number' ? old.updatedAt : 0,
        };
        await cursor.update(draft);
      }
      cursor = await cursor.continue();
    }
  },
  // v3: settings, and finding the stories linked to a question.
  (db, tx) => {
    db.createObjectStore(STORES.settings);
    tx.objectStore(STORES.stories).createIndex(INDEXES.storiesByLinkedQuestion, 'questionIds', {
      multiEntry: true,
    });
  },
  // v4: recorded takes, and their audio in chunks keyed [takeId, seq] so a take's audio reads in order.
  (db) => {
    const takes = db.createObjectStore(STORES.takes, { keyPath: 'id' });
    takes.createIndex(INDEXES.takesByQuestion, 'questionId');
    takes.createIndex(INDEXES.takesByStatus, 'status');
    db.createObjectStore(STORES.chunks, { keyPath: ['takeId', 'seq'] });
  },
  // v5: a finished take's audio kept as one file, rebuilt from the chunks whenever it is missing or stale.
  (db) => {
    db.createObjectStore(STORES.assembled, { keyPath: 'takeId' });
  },
  // v6: spaced review, one record per question or story ('question:<id>', 'story:<id>'); few enough to read whole.
  (db) => {
    db.createObjectStore(STORES.reviews, { keyPath: 'id' });
  },
  // v7: finished mock rounds, keyed by the round's id and found by when they ended (newest first on Progress).
  (db) => {
    const rounds = db.createObjectStore(STORES.rounds, { keyPath: 'round.id' });
    rounds.createIndex(INDEXES.roundsByFinished, 'finishedAt');
  },
];

/** A new version appends a step; the version follows. */
export const DB_VERSION = upgradeSteps.length;
