// Before `npm test`: the Debian packages the browser tests drive, installed when missing (as root) or
// named in the one command to run (otherwise), so the README's test command passes on a fresh machine.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What each engine needs (README "Browser engines"); the GStreamer plugins are WebKitGTK's AAC encoder. */
export const PACKAGES_BY_ENGINE = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth', 'gstreamer1.0-libav', 'gstreamer1.0-plugins-bad'],
};

/** Chromium always (the browser tests), plus the engines ENGINES picks (unset: all; unknown names are engines.ts's to report). */
export function packagesFor(enginesEnv) {
  const engines = enginesEnv === undefined ? Object.keys(PACKAGES_BY_ENGINE) : enginesEnv.split(',').map((s) => s.trim().toLowerCase());
  const wanted = new Set(PACKAGES_BY_ENGINE.chromium);
  for (const engine of engines) for (const p of PACKAGES_BY_ENGINE[engine] ?? []) wanted.add(p);
  return [...wanted];
}

/** The wanted packages that `dpkg-query -W -f='${Package} ${Status}\n'` does not report as installed. */
export function missingFrom(dpkgOutput, wanted) {
  const installed = new Set(
    dpkgOutput
      .split('\n')
      .filter((line) => line.endsWith(' install ok installed'))
      .map((line) => line.split(' ')[0]),
  );
  return wanted.filter((p) => !installed.has(p));
}

/** What to do about the missing packages: nothing, install them (root), or ask for the one command (not root). */
export function planFor(missing, isRoot) {
  if (missing.length === 0) return { action: 'none' };
  if (isRoot)
    return {
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', ...missing],
      ],
    };
  return { action: 'ask', command: `sudo apt-get install -y ${missing.join(' ')}` };
}

function run() {
  const wanted = packagesFor(process.env.ENGINES);
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...wanted], { encoding: 'utf8' });
  if (query.error) {
    console.warn(`ensure-browsers: no dpkg-query (not Debian?); make sure these are installed: ${wanted.join(' ')}`);
    return 0;
  }
  const plan = planFor(missingFrom(query.stdout, wanted), process.getuid?.() === 0);
  if (plan.action === 'none') return 0;
  if (plan.action === 'ask') {
    console.error(`The browser tests need Debian packages that are not installed. Run:\n\n  ${plan.command}\n\nthen npm test again.`);
    return 1;
  }
  console.log(`Installing ${plan.commands[1].slice(3).join(' ')} for the browser tests (apt-get)…`);
  for (const [cmd, ...args] of plan.commands) {
    const step = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (step.status !== 0) {
      console.error(`ensure-browsers: \`${cmd} ${args.join(' ')}\` failed (exit ${step.status ?? step.signal}).`);
      return 1;
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = run();
