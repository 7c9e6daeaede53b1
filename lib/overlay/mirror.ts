/**
 * Rects of a text span inside an <input> or <textarea>, which expose no ranges: an off-screen
 * mirror with the field's own font, box and scroll (Harper's TextFieldRange approach). The
 * mirror sits exactly over the field, invisible, so its span rects are viewport rects.
 */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'fontFeatureSettings', 'letterSpacing', 'wordSpacing',
  'textIndent', 'textTransform', 'textAlign', 'lineHeight', 'tabSize', 'direction', 'wordBreak', 'overflowWrap',
] as const;

export class FieldMirror {
  private readonly box: HTMLDivElement;

  constructor(container: ShadowRoot | HTMLElement) {
    this.box = document.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    Object.assign(this.box.style, { position: 'fixed', visibility: 'hidden', pointerEvents: 'none', overflow: 'hidden', margin: '0', top: '0', left: '0', borderColor: 'transparent' });
    container.append(this.box);
  }

  /** Viewport rects of [start, end) of the field's current value, clipped to the field's box. */
  rects(field: HTMLInputElement | HTMLTextAreaElement, start: number, end: number): DOMRect[] {
    return this.rectsMany(field, [{ start, end }])[0] ?? [];
  }

  /**
   * Rects of many spans with one style copy and one layout per layer: spans that do not
   * overlap share a layer, so a 2,000-character detail with 80 findings costs one or two
   * layouts, not 80.
   */
  rectsMany(field: HTMLInputElement | HTMLTextAreaElement, spans: readonly { start: number; end: number }[], layOutOnly?: readonly { start: number; end: number }[]): DOMRect[][] {
    if (!layOutOnly) this.cache = null; // the box is about to hold another layout
    const cs = getComputedStyle(field);
    const style = this.box.style;
    for (const prop of COPIED) style[prop] = cs[prop];
    const r = field.getBoundingClientRect();
    style.left = `${r.left}px`;
    style.top = `${r.top}px`;
    style.width = `${r.width}px`;
    style.height = `${r.height}px`;
    const single = field instanceof HTMLInputElement;
    style.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (single) {
      // An input centres its one line vertically whatever its line-height.
      const inner = r.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
      style.lineHeight = `${Math.max(0, inner)}px`;
    }
    const clip = contentBox(field, r, cs);
    const value = field.value;
    const out: DOMRect[][] = spans.map(() => []);
    // Greedy layers of non-overlapping spans, in order of start.
    const order = (layOutOnly ?? spans).map((sp, i) => ({ ...sp, i })).sort((a, b) => a.start - b.start || b.end - a.end);
    let pending = order;
    while (pending.length) {
      const layer: typeof order = [];
      const rest: typeof order = [];
      let edge = -1;
      for (const sp of pending) (sp.start >= edge ? (layer.push(sp), (edge = sp.end)) : rest.push(sp));
      const nodes: Node[] = [];
      const marks: HTMLSpanElement[] = [];
      let at = 0;
      for (const sp of layer) {
        nodes.push(document.createTextNode(value.slice(at, sp.start)));
        const mark = document.createElement('span');
        mark.textContent = value.slice(sp.start, sp.end);
        nodes.push(mark);
        marks.push(mark);
        at = sp.end;
      }
      nodes.push(document.createTextNode(value.slice(at) + (single ? '' : '\n')));
      this.box.replaceChildren(...nodes);
      this.box.scrollTop = field.scrollTop;
      this.box.scrollLeft = field.scrollLeft;
      if (layOutOnly) return out; // the caller measures the spans it needs
      layer.forEach((sp, k) => {
        out[sp.i] = Array.from(marks[k]!.getClientRects()).map((rect) => intersect(rect, clip)).filter((x): x is DOMRect => x !== null);
      });
      pending = rest;
    }
    return out;
  }

  /**
   * One layout of the field's value with every span marked, measured lazily: the caller asks
   * only for the spans it will draw (the visible ones). Overlapping spans, rare, are measured
   * at once in their own layouts first, so the lazy layer is the one left in the mirror.
   */
  layout(field: HTMLInputElement | HTMLTextAreaElement, spans: readonly { start: number; end: number }[]): { rects(k: number): DOMRect[] } {
    // Scrolling (the field's or the page's) changes neither the text nor the box: keep the laid-out
    // mirror and only move and scroll it, so a scroll frame costs no new layout of the whole value.
    const r = field.getBoundingClientRect();
    const signature = `${field.value.length}:${r.width}x${r.height}:${spans.map((sp) => `${sp.start}-${sp.end}`).join(',')}`;
    const cached = this.cache;
    if (cached && cached.field === field && cached.signature === signature && cached.value === field.value) {
      const style = this.box.style;
      style.left = `${r.left}px`;
      style.top = `${r.top}px`;
      this.box.scrollTop = field.scrollTop;
      this.box.scrollLeft = field.scrollLeft;
      const clip = contentBox(field, r, getComputedStyle(field));
      return { rects: (k) => cached.rects(k, clip) };
    }
    const fresh = this.layoutNow(field, spans);
    this.cache = { field, signature, value: field.value, rects: fresh };
    const clip = contentBox(field, r, getComputedStyle(field));
    return { rects: (k) => fresh(k, clip) };
  }

  private cache: { field: Element; signature: string; value: string; rects: (k: number, clip: DOMRect) => DOMRect[] } | null = null;

  /**
   * The value as one text node (no span per finding: 785 inline boxes cost more layout than
   * the text itself), measured with Ranges over it, lazily, for the spans the caller draws.
   */
  private layoutNow(field: HTMLInputElement | HTMLTextAreaElement, spans: readonly { start: number; end: number }[]): (k: number, clip: DOMRect) => DOMRect[] {
    this.rectsMany(field, [], []); // style, box and scroll copied; an empty layer
    const single = field instanceof HTMLInputElement;
    const text = document.createTextNode(field.value + (single ? '' : '\n'));
    this.box.replaceChildren(text);
    this.box.scrollTop = field.scrollTop;
    this.box.scrollLeft = field.scrollLeft;
    const range = document.createRange();
    const max = field.value.length;
    return (k, clip) => {
      const sp = spans[k];
      if (!sp) return [];
      range.setStart(text, Math.min(sp.start, max));
      range.setEnd(text, Math.min(sp.end, max));
      return Array.from(range.getClientRects()).map((rect) => intersect(rect, clip)).filter((x): x is DOMRect => x !== null);
    };
  }

  remove(): void {
    this.box.remove();
  }
}

/** The field's padding box in viewport coordinates: text outside it is scrolled away. */
export function contentBox(el: Element, r: DOMRect, cs: CSSStyleDeclaration): DOMRect {
  const bl = parseFloat(cs.borderLeftWidth) || 0;
  const bt = parseFloat(cs.borderTopWidth) || 0;
  const br = parseFloat(cs.borderRightWidth) || 0;
  const bb = parseFloat(cs.borderBottomWidth) || 0;
  return new DOMRect(r.left + bl, r.top + bt, Math.max(0, r.width - bl - br), Math.max(0, r.height - bt - bb));
}

export function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right - left >= 1 && bottom - top >= 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}
