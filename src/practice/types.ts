/** The records screens show, named here so that ui/ takes domain types from practice/, never from store/. */
export type { CustomQuestion, Draft, Revision, Story, Take, TakeAnalysis, TakeStatus } from '../store/schema';
export type { FrameworkId } from '../shared/frameworks';
