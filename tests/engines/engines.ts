/** Which engines run (env ENGINES) and how each one is launched. */
import * as chromium from './chromium';
import { ALL_ENGINES, type EngineName, type EnginePage, type LaunchOptions } from './driver';
import * as firefox from './firefox';
import * as webkit from './webkit';

export interface EngineModule {
  launch(options: LaunchOptions): Promise<EnginePage>;
}

export const ENGINE_MODULES: Record<EngineName, EngineModule> = { chromium, firefox, webkit };

/**
 * ENGINES is a comma list (default: all three). `ENGINES=` (empty) runs none: every scenario is then
 * reported as skipped. An unknown name is an error, not a silent skip. A chosen engine whose browser is
 * missing fails its scenarios (with the apt-get line to fix it): it is never skipped.
 */
export function selectedEngines(env = process.env.ENGINES): EngineName[] {
  if (env === undefined) return [...ALL_ENGINES];
  const names = env
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(ALL_ENGINES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`ENGINES has unknown engine(s) ${unknown.join(', ')}; known: ${ALL_ENGINES.join(', ')}`);
  return names as EngineName[];
}
