/** The shipped content's data contract. `data/questions.json` is `Question[]`; `data/guidance.json` is `Guidance`. */

export type QuestionKind = 'question' | 'pattern';

export interface Source {
  label: string;
  url: string;
}

export interface Question {
  /** Stable slug: never renamed, never reused once shipped. */
  id: string;
  /** The question as the seed quotes it, without surrounding quotes. */
  text: string;
  categories: string[];
  /** Normalised company names; "Common" where the seed says common across companies. */
  companies: string[];
  /** Every link of the seed row(s) this entry came from. */
  sources: Source[];
  /** What the interviewer tests for. */
  testing: string;
  kind: QuestionKind;
  /** Other phrasings (from other rows or sources) merged into this entry. */
  alsoAskedAs?: string[];
  /** e.g. "staff", "manager", "senior", "research". */
  level?: string;
  /** Probes the interviewer is known to dig with. */
  followUps?: string[];
}

export interface FrameworkField {
  key: string;
  label: string;
  /** One line that tells the user what to write in this part. */
  prompt: string;
}

export interface Framework {
  id: 'star' | 'sail' | 'spsil';
  name: string;
  summary: string;
  fields: FrameworkField[];
  sources: Source[];
}

export interface Insight {
  id: string;
  title: string;
  /** In the project's own words. */
  body: string;
  /** Short, concrete things to do about it. */
  advice: string[];
  sources: Source[];
}

export interface CompanyNote {
  company: string;
  notes: string[];
  sources: Source[];
}

export interface Guidance {
  frameworks: Framework[];
  insights: Insight[];
  companies: CompanyNote[];
}
