import type { Severity } from '../compliance/finding';
import { editorMessages, type EditorMessages } from '../i18n/editor';
import { warn } from '../log';

/**
 * Markers beside flagged product-list rows. Everything lives in one open shadow root on a
 * fixed, click-through layer appended to <html>: the back office's table is never touched
 * (its React would undo or trip over foreign nodes). Positions come from the rows' rects,
 * read and written once per animation frame.
 */

export interface RowMarker {
  id: string;
  title: string;
  count: number;
  /** The text of the most severe finding. */
  worst: string;
  severity: Severity;
  row: Element;
  /** The element holding the title; the marker goes at the right end of its table cell. */
  titleEl: Element;
}

export interface RowMarkerLayer {
  /** Shows exactly these markers (one per row id), replacing the previous set. */
  update(markers: readonly RowMarker[]): void;
  /** Measures again (the page changed layout without scrolling); batched into the next frame. */
  reposition(): void;
  /** Removes the layer from the page; `update` may create it again. */
  clear(): void;
}

const ICON = '⚠';
const MAX_TERM_CHARS = 12;
const MAX_TITLE_CHARS = 16;
const GAP_PX = 8;
const CELL_SELECTOR = 'td, th, [role="cell"], [role="gridcell"]';
const TABLE_SELECTOR = 'table, [role="table"], [role="grid"]';

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

/** Visible text: icon, count, worst term (readable without colour). */
export function markerText(m: Pick<RowMarker, 'count' | 'worst'>): string {
  return `${ICON} ${m.count} · ${shorten(m.worst, MAX_TERM_CHARS)}`;
}

/** Accessible name: which product, how many, the worst term and its level, in the merchant's language. */
export function markerLabel(m: Pick<RowMarker, 'title' | 'count' | 'worst' | 'severity'>, t: EditorMessages = editorMessages()): string {
  return t.listMarkerLabel(shorten(m.title, MAX_TITLE_CHARS), m.count, m.worst, t.severity[m.severity]);
}

const STYLE = `
:host { all: initial; }
.list { position: absolute; inset: 0; overflow: hidden; margin: 0; padding: 0; pointer-events: none; }
.marker {
  position: absolute; left: 0; top: 0; box-sizing: border-box; display: block;
  height: 22px; max-width: 240px; padding: 0 6px; border-radius: 4px; border-width: 2px;
  font: 600 12px/18px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; pointer-events: none; user-select: none;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18); will-change: transform;
}
.marker[data-out="true"] { opacity: 0; }
.high { border-style: solid; border-color: #cf1322; color: #a8071a; background: #fff1f0; }
.medium { border-style: dashed; border-color: #d46b08; color: #873800; background: #fff7e6; }
.low { border-style: dotted; border-color: #1d39c4; color: #10239e; background: #f0f5ff; }
@media (forced-colors: active) { .marker { border-color: CanvasText; color: CanvasText; background: Canvas; } }
`;

const HOST_STYLE = [
  'all: initial', 'position: fixed', 'inset: 0', 'display: block', 'pointer-events: none', 'z-index: 999',
  'margin: 0', 'padding: 0', 'border: 0', 'overflow: hidden', 'background: transparent',
].map((d) => `${d} !important`).join('; ');

export interface Box { left: number; right: number; top: number; bottom: number }
/** One line of text in the title cell; `title` when it belongs to the title. */
export interface Line extends Box { title: boolean }

const INSET_PX = 4;

/**
 * Where a w×h marker goes in the title cell, never on the title if there is any other room:
 * 1. at the right end of the cell, level with the first line that leaves room for it there
 *    (the title's first line on a wide cell, else the ID line below it);
 * 2. just after a line's text, when the cell is narrow, spilling at most into the gap before
 *    the next column (`softRight`);
 * 3. below the cell's last line: never over any line of the row's text (a marker level with
 *    the ID line once covered its last digit at 1046 px).
 * Pure geometry, in whatever coordinates the boxes are in.
 */
export function chooseSlot(lines: readonly Line[], cell: Box, softRight: number, w: number, h: number): { x: number; y: number } {
  const centre = (l: Box) => l.top + (l.bottom - l.top - h) / 2;
  const atEnd = cell.right - INSET_PX - w;
  for (const l of lines) if (atEnd >= l.right + GAP_PX) return { x: atEnd, y: centre(l) };
  for (const l of lines) if (l.right + GAP_PX + w <= softRight) return { x: l.right + GAP_PX, y: centre(l) };
  const x = Math.max(cell.left + INSET_PX, atEnd);
  const last = lines[lines.length - 1];
  return { x, y: last ? last.bottom + 2 : cell.top + (cell.bottom - cell.top - h) / 2 };
}

/** The rect of the title's own text (not its block box), clipped to the title element. */
function textRectOf(doc: Document, el: Element): Box {
  const box = el.getBoundingClientRect();
  try {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0 && r.bottom > box.top && r.top < box.bottom);
    range.detach?.();
    if (lines.length > 0) {
      return {
        left: Math.max(box.left, Math.min(...lines.map((r) => r.left))),
        right: Math.min(box.right, Math.max(...lines.map((r) => r.right))),
        top: Math.max(box.top, Math.min(...lines.map((r) => r.top))),
        bottom: Math.min(box.bottom, Math.max(...lines.map((r) => r.bottom))),
      };
    }
  } catch {
    // no Range support: fall back to the element's box
  }
  return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
}

const MAX_TEXT_NODES = 60;

/** Lines of text in the cell right of the title's left edge (a thumbnail's letters are not a line). */
function linesOf(doc: Document, cell: Element, titleEl: Element): Line[] {
  const title = textRectOf(doc, titleEl);
  const cellBox = cell.getBoundingClientRect();
  const titleBox = titleEl.getBoundingClientRect();
  const rects: { box: Box; title: boolean }[] = [];
  const walker = doc.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  for (let n = 0, node = walker.nextNode(); node && n < MAX_TEXT_NODES; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    n++;
    const inTitle = titleEl.contains(node);
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width <= 0 || r.height <= 0 || r.right < title.left - 1) continue;
      if (r.bottom <= cellBox.top || r.top >= cellBox.bottom) continue;
      // Lines a line-clamped title hides are not there.
      if (inTitle && (r.bottom <= titleBox.top + 1 || r.top >= titleBox.bottom - 1)) continue;
      rects.push({ box: { left: r.left, right: Math.min(r.right, inTitle ? titleBox.right : r.right), top: r.top, bottom: r.bottom }, title: inTitle });
    }
  }
  range.detach?.();
  rects.sort((a, b) => a.box.top - b.box.top);
  const lines: Line[] = [];
  for (const { box, title: inTitle } of rects) {
    const mid = (box.top + box.bottom) / 2;
    const line = lines.find((l) => mid >= l.top && mid <= l.bottom);
    if (line) {
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
      line.title ||= inTitle;
    } else lines.push({ ...box, title: inTitle });
  }
  return lines;
}

/** How far a marker may reach past the cell: into the next cell's left padding, not its text. */
function softRightOf(doc: Document, cell: Element, cellBox: Box): number {
  const next = cell.nextElementSibling;
  if (!next) return cellBox.right - INSET_PX;
  const pad = Number.parseFloat(doc.defaultView?.getComputedStyle(next).paddingLeft ?? '') || 0;
  return cellBox.right + Math.max(0, pad - INSET_PX);
}

interface Slot { dx: number; dy: number; rowW: number; rowH: number }
interface Drawn { data: RowMarker; el: HTMLElement; slot: Slot | null }
interface Placement { drawn: Drawn; x: number; y: number; out: boolean }

/** `messages` is asked at each update, so a language switched in the options applies on the next scan. */
export function createRowMarkerLayer(doc: Document, signal: AbortSignal, messages: () => EditorMessages = () => editorMessages()): RowMarkerLayer {
  const view = doc.defaultView;
  let host: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let drawn = new Map<string, Drawn>();
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;

  const schedule = () => {
    if (!host || frame !== 0 || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      try {
        layout();
      } catch (error) {
        warn('row markers', 'layout failed', error); // a strange page: never throw into it
      }
    });
  };
  let listeners: AbortController | null = null;

  function mount(): void {
    if (host || signal.aborted) return;
    host = doc.createElement('div');
    host.setAttribute('data-kwaishop-copilot', 'row-markers');
    host.style.cssText = HOST_STYLE;
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    list = doc.createElement('div');
    list.className = 'list';
    list.setAttribute('role', 'list');
    shadow.append(style, list);
    doc.documentElement.append(host);
    listeners = new AbortController();
    // Scroll of the page or of any scrolling box (the table's own scroller): capture, passive.
    doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listeners.signal });
    view?.addEventListener('resize', () => invalidate(), { passive: true, signal: listeners.signal });
    if (view && 'ResizeObserver' in view) resizeObserver = new view.ResizeObserver(() => invalidate());
  }

  function clear(): void {
    listeners?.abort();
    listeners = null;
    if (frame !== 0) view?.cancelAnimationFrame(frame);
    frame = 0;
    resizeObserver?.disconnect();
    resizeObserver = null;
    host?.remove();
    host = null;
    list = null;
    drawn = new Map();
  }

  function update(markers: readonly RowMarker[]): void {
    if (signal.aborted) return;
    if (markers.length === 0) {
      clear();
      return;
    }
    mount();
    if (!list) return;
    const t = messages();
    setIfChanged(list, 'aria-label', t.listLabel);
    const next = new Map<string, Drawn>();
    for (const data of markers) {
      if (next.has(data.id)) continue;
      const old = drawn.get(data.id);
      const el = old?.el ?? doc.createElement('div');
      // Titles come from the merchant's page and may hold anything: text only, never HTML.
      const text = markerText(data);
      if (el.textContent !== text) el.textContent = text;
      setIfChanged(el, 'class', `marker ${data.severity}`);
      setIfChanged(el, 'role', 'listitem');
      setIfChanged(el, 'aria-label', markerLabel(data, t));
      setIfChanged(el, 'data-item-id', data.id);
      setIfChanged(el, 'data-severity', data.severity);
      if (!old) {
        el.setAttribute('data-out', 'true'); // until placed
        list.append(el);
      }
      next.set(data.id, { data, el, slot: null });
    }
    for (const [id, d] of drawn) if (!next.has(id)) d.el.remove();
    // Keep the list in row order, so a screen reader reads it top to bottom.
    for (const d of next.values()) list.append(d.el);
    drawn = next;
    resizeObserver?.disconnect();
    for (const d of drawn.values()) resizeObserver?.observe(d.data.row);
    invalidate();
  }

  /** The marker's place relative to its row; kept until the row changes size or the page changes. */
  function measure(d: Drawn, rowRect: DOMRect): Slot {
    const { titleEl } = d.data;
    const cell = titleEl.closest(CELL_SELECTOR) ?? titleEl;
    const cellRect = cell.getBoundingClientRect();
    const w = d.el.offsetWidth;
    const h = d.el.offsetHeight;
    let { x, y } = chooseSlot(linesOf(doc, cell, titleEl), cellRect, softRightOf(doc, cell, cellRect), w, h);
    y = Math.min(Math.max(y, rowRect.top + 1), rowRect.bottom - h - 1);
    x = Math.max(x, rowRect.left);
    return { dx: x - rowRect.left, dy: y - rowRect.top, rowW: rowRect.width, rowH: rowRect.height };
  }

  function layout(): void {
    if (!host || !view) return;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    // Reads first (rects, hit tests, marker sizes), then writes: one layout per frame.
    const placements: Placement[] = [];
    for (const d of drawn.values()) {
      const { row, titleEl } = d.data;
      if (!row.isConnected || !titleEl.isConnected) {
        placements.push({ drawn: d, x: -9999, y: -9999, out: true });
        continue;
      }
      const rowRect = row.getBoundingClientRect();
      if (!d.slot || Math.abs(d.slot.rowW - rowRect.width) > 0.5 || Math.abs(d.slot.rowH - rowRect.height) > 0.5) d.slot = measure(d, rowRect);
      const x = rowRect.left + d.slot.dx;
      const y = rowRect.top + d.slot.dy;
      const w = d.el.offsetWidth;
      const h = d.el.offsetHeight;
      let out = rowRect.height === 0 || y < 0 || y + h > vh || x + w <= 0 || x >= vw;
      if (!out) {
        // Hidden when its spot is covered: a modal, a sticky header, a scroller's clipped edge.
        const hit = doc.elementFromPoint(Math.min(Math.max(x + w / 2, 0), vw - 1), y + h / 2);
        out = !(hit && (row.contains(hit) || (hit.contains(row) && hit.closest(TABLE_SELECTOR) !== null)));
      }
      placements.push({ drawn: d, x: Math.round(x), y: Math.round(y), out });
    }
    for (const p of placements) {
      p.drawn.el.style.transform = `translate(${p.x}px, ${p.y}px)`;
      p.drawn.el.setAttribute('data-out', String(p.out));
    }
  }

  /** Something other than scrolling moved things: measure again. */
  function invalidate(): void {
    for (const d of drawn.values()) d.slot = null;
    schedule();
  }

  signal.addEventListener('abort', clear, { once: true });
  return { update, reposition: invalidate, clear };
}
