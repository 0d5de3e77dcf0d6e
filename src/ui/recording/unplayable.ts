/** A take recorded in another engine (imported from a backup) may be in a format this browser cannot play. */
import { baseType, extensionFor } from '../../audio/mime';

const FORMAT: Record<string, string> = { webm: 'WebM (Opus)', ogg: 'Ogg (Opus)', m4a: 'MP4 (AAC)', wav: 'WAV' };

/** True when this browser says outright that it cannot play the type (canPlayType '' for both spellings). */
export function cannotPlay(mimeType: string): boolean {
  const probe = document.createElement('audio');
  return probe.canPlayType(mimeType) === '' && probe.canPlayType(baseType(mimeType)) === '';
}

export function unplayableNote(mimeType: string): string {
  const format = FORMAT[extensionFor(mimeType)] ?? mimeType;
  return `This take is ${format} audio, which this browser cannot play. It is kept as recorded: download it to play it in another browser or app.`;
}
