// Types for ensure-browsers.mjs (plain Node, so `npm test` can run it before anything is built).
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const PACKAGES_BY_ENGINE: Record<EngineName, string[]>;
export function packagesFor(enginesEnv: string | undefined): string[];
export function missingFrom(dpkgOutput: string, wanted: string[]): string[];
export type Plan = { action: 'none' } | { action: 'install'; commands: string[][] } | { action: 'ask'; command: string };
export function planFor(missing: string[], isRoot: boolean): Plan;
