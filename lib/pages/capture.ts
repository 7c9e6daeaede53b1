import { DIMENSIONS, OVERALL_LABELS } from '../rules/dimensions';
import { INDICATORS } from '../rules/indicators';
import { textOf } from './text';

/**
 * A sanitised outline of a page for a bug report when a reader fails: the structure (tags,
 * roles, class names without their build hashes) and only the texts that are labels or short
 * values. Anything that could be a buyer's data (names, phone numbers, addresses, order
 * numbers) is replaced by its length; form values are never read.
 */
export interface CaptureNode { tag: string; role?: string; cls?: string; text?: string; children?: CaptureNode[] }
/** The outline as exported; the popup checks it with lib/pages/capture-schema.ts (no zod in this chunk). */
export interface PageCapture { version: 1; page: string; capturedAt: string; truncated: boolean; root: CaptureNode }

const KNOWN = new Set([...OVERALL_LABELS, ...DIMENSIONS.flatMap((d) => d.labels), ...INDICATORS.flatMap((i) => i.labels)]);
const MAX_NODES = 4000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'CANVAS', 'VIDEO', 'IFRAME']);

/**
 * Text that is safe to keep: a known label; a short label where the page puts labels
 * (headers, tags, buttons, menus); or a short value (4.62分, 98.50%, 1天2小时, NaN). A short
 * text in a data cell may be a buyer's name, so there only values are kept.
 */
export function keepText(text: string, labelPlace = true): string {
  const t = text.trim();
  if (!t) return '';
  if (KNOWN.has(t)) return t;
  // Long digit runs are phone numbers, order and waybill numbers, ids: never kept.
  if (/\d{6,}/.test(t.replace(/[\s,，.-]/g, '')) || /@/.test(t)) return `«${t.length}字»`;
  if (t.length <= 12 && /^[\d.,%:：+\-—\s分小时天单个次/a-z{}]*$/i.test(t)) return t;
  if (labelPlace && t.length <= 12 && !/\d/.test(t)) return t;
  return `«${t.length}字»`;
}

const LABEL_TAGS = new Set(['TH', 'LABEL', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'BUTTON', 'A', 'NAV', 'HEADER']);
const LABEL_CLASS = /label|title|head|tag|tab|menu|btn|button|breadcrumb|state|status/i;

/** Is this element (or an ancestor close by) where the page puts labels rather than data? */
function labelPlace(el: Element): boolean {
  for (let e: Element | null = el, d = 0; e && d < 3; e = e.parentElement, d++) {
    if (LABEL_TAGS.has(e.tagName.toUpperCase()) || LABEL_CLASS.test(e.getAttribute('class') ?? '') || e.getAttribute('role') === 'columnheader') return true;
    if (e.tagName.toUpperCase() === 'TD' || e.getAttribute('role') === 'cell') return false;
  }
  return false;
}

/** The element's own text, not its children's. */
function ownText(el: Element): string {
  return Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
}

/** Class names without build hashes (title__Zk3f → title), so captures from two builds compare. */
function cleanClass(el: Element): string | undefined {
  const names = Array.from(el.classList).map((c) => c.replace(/__[A-Za-z0-9_-]{3,}$/, '').replace(/-[a-f0-9]{5,}$/i, '')).slice(0, 4);
  return names.length ? names.join(' ').slice(0, 120) : undefined;
}

export function capturePage(doc: Document, url: URL, now = new Date()): PageCapture {
  let count = 0;
  let truncated = false;
  const walk = (el: Element, depth: number): CaptureNode | null => {
    if (SKIP.has(el.tagName.toUpperCase()) || count >= MAX_NODES || depth > 40) { truncated ||= count >= MAX_NODES; return null; }
    count++;
    const node: CaptureNode = { tag: el.tagName.toLowerCase() };
    const role = el.getAttribute('role');
    if (role) node.role = role.slice(0, 30);
    const cls = cleanClass(el);
    if (cls) node.cls = cls;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable)) return node; // never a form value
    const text = keepText(el.children.length === 0 ? textOf(el) : ownText(el), labelPlace(el));
    if (text) node.text = text;
    if (el.children.length === 0) return node;
    const children = Array.from(el.children).map((c) => walk(c, depth + 1)).filter((c): c is CaptureNode => c !== null);
    if (children.length) node.children = children;
    return node;
  };
  const root = walk(doc.body ?? doc.documentElement, 0) ?? { tag: 'body' };
  return { version: 1, page: `${url.origin}${url.pathname}`, capturedAt: now.toISOString(), truncated, root };
}
