import { describe, expect, it } from 'vitest';
import { missingFrom, packagesFor, planFor } from './ensure-browsers.mjs';

const ALL = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'gstreamer1.0-libav', 'gstreamer1.0-plugins-bad'];

describe('the browser packages npm test checks', () => {
  it('wants every engine’s packages by default, Chromium always', () => {
    expect(packagesFor(undefined)).toEqual(ALL);
    expect(packagesFor('')).toEqual(['chromium']);
    expect(packagesFor('firefox')).toEqual(['chromium', 'firefox-esr']);
    expect(packagesFor(' WebKit ,bogus')).toEqual(['chromium', 'webkit2gtk-driver', 'xvfb', 'xauth', 'gstreamer1.0-libav', 'gstreamer1.0-plugins-bad']);
  });

  it('counts only what dpkg reports as installed', () => {
    const dpkg = [
      'chromium install ok installed',
      'firefox-esr deinstall ok config-files', // removed, its configuration left behind
      'xvfb install ok installed',
      'xauth unknown ok not-installed',
      '',
    ].join('\n');
    expect(missingFrom(dpkg, ALL)).toEqual(['firefox-esr', 'webkit2gtk-driver', 'xauth', 'gstreamer1.0-libav', 'gstreamer1.0-plugins-bad']);
    expect(missingFrom(ALL.map((p) => `${p} install ok installed`).join('\n'), ALL)).toEqual([]);
  });
});

describe('what it does about missing packages', () => {
  it('nothing when none is missing', () => {
    expect(planFor([], true)).toEqual({ action: 'none' });
    expect(planFor([], false)).toEqual({ action: 'none' });
  });

  it('as root: apt-get update, then installs exactly the missing ones', () => {
    expect(planFor(['firefox-esr', 'xvfb'], true)).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'firefox-esr', 'xvfb'],
      ],
    });
  });

  it('otherwise: the one command to run', () => {
    expect(planFor(['firefox-esr', 'xvfb'], false)).toEqual({ action: 'ask', command: 'sudo apt-get install -y firefox-esr xvfb' });
  });
});
