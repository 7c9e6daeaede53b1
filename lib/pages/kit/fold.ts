/**
 * Text folding, the one way every reader compares page text. The back office mixes full- and
 * half-width characters, stray spaces, zero-width and word-joiner characters (U+200B–U+200D,
 * U+2060, U+FEFF, soft hyphen) and trailing colons or info marks around the same label.
 */
const INVISIBLE = /[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+/g;

/** Visible characters only, widths folded (NFKC), no whitespace. Used for values and labels. */
export function flat(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** A label as compared: flat, lower case, trailing colon / info / required marks dropped. */
export function foldLabel(text: string): string {
  return text
    .replace(/[\sⓘ?？*＊]+$/u, '') // NFKC would turn ⓘ into i
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

/** Whitespace collapsed for display (what the merchant sees, trimmed). */
export function displayText(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Cuts a page-provided string for a problem text or raw field: never fatal, never unbounded. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 length bounds the character count
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
