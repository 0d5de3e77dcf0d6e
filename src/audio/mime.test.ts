import { describe, expect, it } from 'vitest';
import { baseType, extensionFor, formatName, isWebKit, pickMimeType } from './mime.ts';

const UA = {
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  crios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  fxios: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15',
  webkitgtk: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
};

const supports =
  (...types: string[]) =>
  (t: string) =>
    types.includes(t);
const everything = () => true;

describe('isWebKit', () => {
  it.each([
    ['chrome', false],
    ['headless', false],
    ['edge', false],
    ['android', false],
    ['firefox', false],
    ['safari', true],
    ['iphone', true],
    ['crios', true],
    ['fxios', true],
    ['webkitgtk', true],
  ] as const)('%s → %s', (name, expected) => {
    expect(isWebKit(UA[name])).toBe(expected);
  });
});

describe('pickMimeType', () => {
  it('prefers AAC in MP4 on Safari and on every iOS browser', () => {
    for (const ua of [UA.safari, UA.iphone, UA.crios, UA.fxios]) {
      expect(pickMimeType(everything, ua)).toBe('audio/mp4;codecs=mp4a.40.2');
      expect(pickMimeType(supports('audio/mp4', 'audio/webm;codecs=opus'), ua)).toBe('audio/mp4');
    }
  });

  it('prefers Opus in WebM elsewhere, even where MP4 is also recordable', () => {
    expect(pickMimeType(everything, UA.chrome)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType(everything, UA.android)).toBe('audio/webm;codecs=opus');
  });

  it('falls through the list in order', () => {
    expect(pickMimeType(supports('audio/ogg;codecs=opus', 'audio/webm'), UA.firefox)).toBe('audio/ogg;codecs=opus');
    expect(pickMimeType(supports('audio/webm', 'audio/mp4'), UA.firefox)).toBe('audio/webm');
    expect(pickMimeType(supports('audio/mp4', 'audio/ogg'), UA.chrome)).toBe('audio/mp4');
    expect(pickMimeType(supports('audio/ogg'), UA.chrome)).toBe('audio/ogg');
  });

  it('returns null when nothing is supported, or when asking throws', () => {
    expect(pickMimeType(() => false, UA.chrome)).toBeNull();
    expect(
      pickMimeType(() => {
        throw new Error('unknown type');
      }, UA.safari),
    ).toBeNull();
  });
});

describe('baseType and extensionFor', () => {
  it.each([
    ['audio/webm;codecs=opus', 'audio/webm', 'webm'],
    ['audio/ogg; codecs=opus', 'audio/ogg', 'ogg'],
    ['audio/mp4;codecs=mp4a.40.2', 'audio/mp4', 'm4a'],
    ['audio/aac', 'audio/aac', 'm4a'],
    ['audio/x-m4a', 'audio/x-m4a', 'm4a'],
    ['Audio/WAV', 'audio/wav', 'wav'],
    ['audio/flac', 'audio/flac', 'audio'],
    ['', '', 'audio'],
  ])('%s', (mime, base, ext) => {
    expect(baseType(mime)).toBe(base);
    expect(extensionFor(mime)).toBe(ext);
  });
});

describe('formatName', () => {
  it.each([
    ['audio/webm;codecs=opus', 'WebM (Opus)'],
    ['audio/ogg; codecs=opus', 'Ogg (Opus)'],
    ['audio/mp4;codecs=mp4a.40.2', 'MP4 (AAC)'],
    ['audio/wav', 'WAV'],
    ['audio/flac', 'audio/flac'],
  ])('%s', (mime, name) => {
    expect(formatName(mime)).toBe(name);
  });
});
