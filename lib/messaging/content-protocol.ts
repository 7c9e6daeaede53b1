import { FIELD_ORDER, type Field } from '../compliance/ranks';

/** Messages from extension pages to a back-office tab's content script. */
export type ContentRequest =
  | { type: 'editor/reveal'; field: Field; start: number; end: number; text: string }
  /** A sanitised outline of the page for a bug report (lib/pages/capture.ts). */
  | { type: 'page/capture' };

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * The message as a content request, or null. Checked by hand, not with zod: it runs in the
 * editor chunk, which carries no zod (issue 11). Only our own extension's pages send these
 * (the listener checks the sender first); this guards against a stale or mistyped one.
 */
export function readContentRequest(message: unknown): ContentRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'page/capture') return { type: 'page/capture' };
  if (m.type !== 'editor/reveal') return null;
  const { field, start, end, text } = m;
  if (!FIELD_ORDER.includes(field as Field) || !isIndex(start) || !isIndex(end) || typeof text !== 'string' || text.length > 200) return null;
  return { type: 'editor/reveal', field: field as Field, start, end, text };
}
