/** Which audio type to ask MediaRecorder for, and what to call the file it makes. */

// Safari records AAC in MP4 natively; asking it for anything else fails or falls back badly.
const WEBKIT_FIRST = ['audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];
// Opus is the best voice codec the other engines record; the bare containers are fallbacks.
const EVERYWHERE = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg'];

// Every browser on iOS/iPadOS is WebKit underneath, whatever its brand says (CriOS, FxiOS, EdgiOS…).
const IOS = /iPhone|iPad|iPod|CriOS|FxiOS|EdgiOS|OPiOS/;
// Blink and Gecko also carry "AppleWebKit" or "Safari" in their UA for compatibility.
const NOT_WEBKIT = /Chrome|Chromium|Edg|Firefox|OPR|Android/;

/** True for Safari, iOS browsers and WebKitGTK (Epiphany), from the user-agent string. */
export function isWebKit(userAgent: string): boolean {
  if (IOS.test(userAgent)) return true;
  return userAgent.includes('AppleWebKit') && !NOT_WEBKIT.test(userAgent);
}

/**
 * The first type this browser can record, in our order of preference; null means "let the browser
 * choose" (the caller then learns the type from the first chunk).
 */
export function pickMimeType(isTypeSupported: (type: string) => boolean, userAgent: string): string | null {
  const candidates = isWebKit(userAgent) ? [...WEBKIT_FIRST, ...EVERYWHERE] : EVERYWHERE;
  for (const type of candidates) {
    try {
      if (isTypeSupported(type)) return type;
    } catch {
      /* some engines throw on types they do not know instead of answering false */
    }
  }
  return null;
}

/** 'audio/webm;codecs=opus' → 'audio/webm' (Firefox writes 'audio/ogg; codecs=opus', with a space). */
export function baseType(mime: string): string {
  return (mime.split(';')[0] ?? '').trim().toLowerCase();
}

const EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'audio/ogg': 'ogg',
  'application/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'video/mp4': 'm4a',
  'audio/aac': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/m4a': 'm4a',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/vnd.wave': 'wav',
};

/** The file extension for a download of this type; 'audio' when the type is unknown or empty. */
export function extensionFor(mime: string): string {
  return EXTENSIONS[baseType(mime)] ?? 'audio';
}

const FORMAT_NAMES: Record<string, string> = { webm: 'WebM (Opus)', ogg: 'Ogg (Opus)', m4a: 'MP4 (AAC)', wav: 'WAV' };

/** The audio format's everyday name (for a note about it); the type itself when unknown. */
export function formatName(mime: string): string {
  return FORMAT_NAMES[extensionFor(mime)] ?? mime;
}

/**
 * True when this browser says outright that it cannot play the type (canPlayType '' for both
 * spellings): a take recorded in another engine (imported from a backup) may be in such a format.
 */
export function cannotPlay(mime: string): boolean {
  const probe = document.createElement('audio');
  return probe.canPlayType(mime) === '' && probe.canPlayType(baseType(mime)) === '';
}
