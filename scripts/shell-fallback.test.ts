import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFor } from './shell-fallback';

const dist = mkdtempSync(join(tmpdir(), 'rehearse-dist-'));
mkdirSync(join(dist, 'q'));
for (const file of ['index.html', 'shell.html', 'guide.html', 'questions.html', 'q/why-openai.html']) writeFileSync(join(dist, file), '');

describe('pageFor: the HTML that answers a page request', () => {
  it('gives a prerendered URL its own page, and the launch marker changes nothing', () => {
    expect(pageFor(dist, '/')).toBe('index.html');
    expect(pageFor(dist, '/?source=pwa')).toBe('index.html');
    expect(pageFor(dist, '/guide')).toBe('guide.html');
    expect(pageFor(dist, '/guide/')).toBe('guide.html');
    expect(pageFor(dist, '/q/why-openai')).toBe('q/why-openai.html');
  });
  it('gives every other route, and a URL with a query its page does not show, the shell', () => {
    expect(pageFor(dist, '/stories')).toBe('shell.html');
    expect(pageFor(dist, '/q/custom-my-question-x1')).toBe('shell.html');
    expect(pageFor(dist, '/questions?q=conflict')).toBe('shell.html');
    expect(pageFor(dist, '/progress')).toBe('shell.html');
  });
  it('leaves files alone (served as they are, or a 404) and never leaves the folder', () => {
    expect(pageFor(dist, '/assets/index-abc.js')).toBeNull();
    expect(pageFor(dist, '/sw.js')).toBeNull();
    expect(pageFor(dist, '/../etc/passwd')).toBe('shell.html'); // URL parsing drops the dots: a route, not a file
    expect(pageFor(dist, '/%2e%2e/secret')).toBe('shell.html'); // so do encoded dots
  });
});
