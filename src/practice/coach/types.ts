import type { RemarkKind, RuleId, Severity } from '../../bank/coach-rules';
import type { FrameworkId } from '../../shared/frameworks';

export type { RemarkKind, RuleId, Severity };

/** Words the remark found: `part` is the framework field's key, offsets are in that field's text. */
export interface Span {
  part: string;
  start: number;
  end: number;
  text: string;
}

export interface Remark {
  rule: RuleId;
  kind: RemarkKind;
  severity: Severity;
  message: string;
  evidence: Span[];
  why: string;
  /** An insight or framework id of data/guidance.json. */
  guidanceId: string;
  /** The field the remark is about when it has no words to point at (an empty Result). */
  part?: string;
}

export interface CoachQuestion {
  text: string;
  categories: readonly string[];
  testing: string;
}

export interface CoachInput {
  /** The draft's framework; a transcript or free text is 'free'. */
  framework: FrameworkId;
  /** The text of each shown field, in the framework's order (one part for free text or a transcript). */
  parts: readonly { key: string; text: string }[];
  question?: CoachQuestion | undefined;
  targetSeconds: number;
  /** For a take: its length and speaking time (ms); the parts then hold its transcript. */
  spoken?: { durationMs: number; speakingMs?: number | undefined } | undefined;
}

export interface Figures {
  words: number;
  /** Spoken length, or the estimate for a draft. */
  seconds: number;
  /** Words a minute of a spoken answer long enough to tell. */
  wpm: number | null;
  fillersPerMinute: number | null;
}

export interface Coaching {
  remarks: Remark[];
  /** 0–100; null while the answer is too short to judge. */
  score: number | null;
  /** The question's "what they're testing" note as things to check yourself. */
  checklist: string[];
  figures: Figures;
}
