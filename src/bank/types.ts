/**
 * The shipped content's data contract. `data/questions.json` is `Question[]`; `data/guidance.json` is
 * `Guidance`. The types are inferred from the schemas in ./schema, which validate.ts checks the files against.
 */
export type {
  CompanyNote,
  Depth,
  Framework,
  FrameworkField,
  Guidance,
  Insight,
  Outline,
  Question,
  QuestionDepth,
  QuestionKind,
  RoundDraw,
  RoundPick,
  RoundPreset,
  Rounds,
  Source,
} from './schema.ts';
