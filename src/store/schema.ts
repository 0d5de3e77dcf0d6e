/** What IndexedDB holds, and how each version of the database becomes the next. */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export type FrameworkId = 'star' | 'sail' | 'spsil' | 'free';

export interface Draft {
  questionId: string;
  framework: FrameworkId;
  /** Text per framework part key (situation, task, …, free); switching framework keeps every key. */
  fields: Record<string, string>;
  /** +1 on every successful save; tells a tab that another tab wrote in between. */
  rev: number;
  /** ms epoch */
  updatedAt: number;
  deviceId?: string;
}

export interface Revision {
  id?: number;
  questionId: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  savedAt: number;
  reason: 'autosave' | 'restore' | 'framework-switch' | 'manual' | 'import';
}

export interface Story {
  id: string;
  title: string;
  framework: FrameworkId;
  fields: Record<string, string>;
  tags: string[];
  metric: string;
  questionIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface CustomQuestion {
  /** 'custom-' + slug + short random suffix; never changes, drafts are keyed by it. */
  id: string;
  text: string;
  categories: string[];
  companies: string[];
  testing: string;
  createdAt: number;
  updatedAt: number;
}

export type TakeStatus = 'recording' | 'complete' | 'recovered';

export interface TakeAnalysis {
  speakingMs: number;
  silenceMs: number;
  longestPauseMs: number;
  longPauses: number;
  pauses: { startMs: number; endMs: number }[];
  /** Peaks 0..1 for the waveform, so opening a long take does not decode it again. */
  waveform?: number[];
}

/** One recorded answer. Its audio lives in `chunks`, apart, so listing takes never loads audio. */
export interface Take {
  /** 'take-' + randomId(12) */
  id: string;
  questionId: string;
  /** e.g. 'audio/webm;codecs=opus', from the first chunk; never assumed. */
  mimeType: string;
  status: TakeStatus;
  /** ms epoch */
  startedAt: number;
  /** Measured by the recorder (Chrome's WebM carries none); for a recovered take, an estimate. */
  durationMs: number;
  chunkCount: number;
  bytes: number;
  /** '' → the UI shows a default ("Take 3"). */
  name: string;
  /** 0 = unrated, 1–5 */
  rating: number;
  notes: string;
  analysis?: TakeAnalysis;
  /** The audio could not be decoded on this device: no figures, and no retry at every start. */
  analysisFailed?: boolean;
  transcript?: string;
  updatedAt: number;
}

/** A piece of a take's audio, stored as it is recorded. ArrayBuffer: Safari cannot store Blobs. */
export interface ChunkRecord {
  takeId: string;
  /** 0, 1, 2… in recording order. */
  seq: number;
  data: ArrayBuffer;
  /** ms since the take started when the chunk arrived. */
  atMs: number;
}

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
} as const;

export const INDEXES = {
  revisionsByQuestion: 'byQuestion',
  storiesByUpdated: 'byUpdated',
  storiesByLinkedQuestion: 'byLinkedQuestion',
  takesByQuestion: 'byQuestion',
  takesByStatus: 'byStatus',
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
];

/** A new version appends a step; the version follows. */
export const DB_VERSION = upgradeSteps.length;
