/** A throw-away HOME and XDG_* folders for one browser, so no engine writes into the real home. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScratchHome {
  dir: string;
  /** process.env with HOME, XDG_{CONFIG,CACHE,DATA,STATE,RUNTIME}_DIR and TMPDIR pointing inside `dir`. */
  env: Record<string, string>;
  remove(): void;
}

export function scratchHome(engine: string): ScratchHome {
  const dir = mkdtempSync(join(tmpdir(), `rehearse-${engine}-`));
  const sub = (name: string, mode = 0o755) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true, mode });
    return path;
  };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    HOME: sub('home'),
    XDG_CONFIG_HOME: sub('config'),
    XDG_CACHE_HOME: sub('cache'),
    XDG_DATA_HOME: sub('data'),
    XDG_STATE_HOME: sub('state'),
    XDG_RUNTIME_DIR: sub('runtime', 0o700), // must be private to its owner, or GLib-based programs complain
    TMPDIR: sub('tmp'),
  });
  return {
    dir,
    env,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }), // a browser's last writes may still land
  };
}
