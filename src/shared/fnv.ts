/** FNV-1a, 32 bits, over UTF-16 code units: a fast, well-spread hash for strings (not for security). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** The hash of `text` as a signed 32-bit integer (what `Math.imul` gives). */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
}
