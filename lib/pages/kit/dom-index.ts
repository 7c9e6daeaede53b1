/**
 * The one bounded walk of a page per read. Every reader works on this index, never on the live
 * DOM: elements in document (pre-)order with their subtree ranges, so "contains" and "comes
 * before" are two integer comparisons instead of `closest()` and `compareDocumentPosition`
 * walks, and each visible text node is read exactly once. A page that is too big, too deep or
 * too wordy is cut where the budget runs out, and the cut is reported (never walked for seconds).
 */
export interface ReadBudget {
  maxElements: number;
  maxDepth: number;
  /** Characters of visible text. */
  maxText: number;
}

export const DEFAULT_BUDGET: ReadBudget = { maxElements: 20_000, maxDepth: 120, maxText: 400_000 };

export const enum F {
  CHROME = 1, // side menu, breadcrumb, nav: names every page, shows no values
  CELL = 2,
  HEADER = 4, // th / columnheader
  ACTION = 8, // button-like
  TAB = 16,
  PANEL = 32,
  IN_HIDDEN_PANE = 64, // inside a tab pane that is present but not shown: read, but not on screen
  ROW = 128,
  TABLE = 256,
  /** Inside a tag or badge: an annotation beside a value, never a label that fences it. */
  TAG = 512,
  /** Inside any tab pane: its visibility is the tab's business, not a sign that it is not data. */
  IN_PANE = 1024,
}

/** A text node that is on the page (not hidden, not a tooltip), in document order. */
export interface Run {
  el: number;
  /** NFKC, zero-width characters dropped, whitespace collapsed to single spaces. */
  text: string;
  /** The page text ended with whitespace here. */
  trail: boolean;
  /**
   * Touches the previous run through inline elements only, with no space between: 4.6<b>2</b>,
   * 揽收<i>及时率</i>. The tokenizer joins the two when neither piece stands on its own.
   */
  joinsPrev: boolean;
}

/** Elements that are never the page's own values: code, form inputs, overlays that float over the page. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OBJECT', 'HEAD']);
/** Tooltips, popovers and dropdowns (antd and ARIA): help text and menus, not values. */
const OVERLAY_CLASS = /(?:^|\s)(?:ant-tooltip|ant-popover|ant-dropdown|ant-select-dropdown|ant-picker-dropdown|ant-popconfirm)(?:\s|$|-inner)/;
const OVERLAY_ROLES = new Set(['tooltip', 'menu', 'listbox', 'dialog', 'img', 'presentation-icon']);
const CHROME_TAGS = new Set(['NAV']);
const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar']);
const CHROME_CLASS = /(?:^|\s)(?:ant-menu|ant-breadcrumb|ant-layout-sider)(?:\s|$)/;
const PANE_CLASS = /(?:^|\s)ant-tabs-tabpane(?:\s|$)/;
const TAB_CLASS = /(?:^|\s)ant-tabs-tab(?:\s|$)/;
const ACTION_CLASS = /(?:^|\s)ant-btn(?:\s|$)/;
const TAG_CLASS = /(?:^|\s)(?:ant-tag|ant-badge)(?:\s|$|-)/;
/** Zero-width characters, and info glyphs (ⓘ) that NFKC would turn into a letter. */
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Inline elements: text split between them without a space is one piece of text (4.6<b>2</b>, 得<b>分</b>). */
const INLINE = new Set(['SPAN', 'B', 'I', 'STRONG', 'EM', 'SMALL', 'SUP', 'SUB', 'FONT', 'A', 'LABEL', 'MARK', 'U', 'S', 'ABBR', 'CODE', 'TIME', 'BDI', 'BDO', 'Q', 'CITE', 'DFN', 'VAR', 'INS', 'DEL']);
const ICON_CHARS = /[ⓘ\u24d8\ue000-\uf8ff]/g;

export interface IndexOptions {
  budget?: Partial<ReadBudget>;
  /**
   * Injected by the content side in a real browser (e.g. `el.checkVisibility()`): elements the
   * layout hides through stylesheets. happy-dom has no layout, so tests rely on attributes.
   */
  isVisible?: (el: Element) => boolean;
}

/** Fewer elements than `max` under `root`, by the browser's own count; false when it cannot tell. */
function withinSize(root: Element, max: number): boolean {
  try {
    return root.getElementsByTagName('*').length < max;
  } catch {
    return false; // a DOM that cannot count itself (a test DOM on a 5,000-deep page): walk as before
  }
}

function hiddenByAttributes(el: Element): boolean {
  if (el.attributes.length === 0) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i.test(style);
}

function isPane(el: Element, role: string | null, cls: string): boolean {
  return role === 'tabpanel' || PANE_CLASS.test(cls);
}

export class PageIndex {
  readonly els: Element[] = [];
  readonly parent: number[] = [];
  /** Exclusive end of each element's subtree in `els`. */
  readonly end: number[] = [];
  readonly depth: number[] = [];
  readonly flags: number[] = [];
  readonly runs: Run[] = [];
  /** Runs of element i's subtree: [runStart[i], runEnd[i]). */
  readonly runStart: number[] = [];
  readonly runEnd: number[] = [];
  /** Why the walk stopped early, in the merchant's words; empty when the whole page was read. */
  readonly cuts: string[] = [];
  private readonly runLen: number[] = [0];
  private readonly position = new Map<Element, number>();
  private textBudget: number;
  private readonly budget: ReadBudget;
  /** Whitespace seen since the last run (a space between two elements separates their texts). */
  private gap = true;

  private probe: ((el: Element) => boolean) | undefined;

  constructor(root: ParentNode, options: IndexOptions = {}) {
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.textBudget = this.budget.maxText;
    const start = (root as Document).body ?? (root as Element);
    if (!start || typeof (start as Element).tagName !== 'string') return;
    // Asking the layout (checkVisibility) makes the browser style the whole page first: on a page
    // cut for its size or depth that costs seconds, so the layout is asked only on ordinary pages.
    // The element count, the usual cut, is known natively up front; a walk that still ends cut
    // (too deep, too wordy) is read again without the layout, exactly as a plain first walk would
    // have left it (cuts do not depend on the layout). One walk instead of two on ordinary
    // pages: 5,000 orders (100k elements) were walked twice, ~290 ms of a ~1.1 s read.
    if (options.isVisible && withinSize(start as Element, this.budget.maxElements)) {
      this.probe = options.isVisible;
      this.walk(start as Element, -1, 0, 0);
      if (this.cuts.length === 0) return;
      this.reset();
      this.probe = undefined;
      this.walk(start as Element, -1, 0, 0);
      return;
    }
    // Near the size limit by the native count (which also counts skipped subtrees): as before,
    // a plain walk first, and the layout only if that walk was not cut.
    this.walk(start as Element, -1, 0, 0);
    if (options.isVisible && this.cuts.length === 0) {
      this.reset();
      this.probe = options.isVisible;
      this.walk(start as Element, -1, 0, 0);
    }
  }

  private reset(): void {
    for (const list of [this.els, this.parent, this.end, this.depth, this.flags, this.runs, this.runStart, this.runEnd, this.cuts]) list.length = 0;
    this.runLen.length = 1;
    this.position.clear();
    this.textBudget = this.budget.maxText;
    this.gap = true;
  }

  private cut(why: string): void {
    if (!this.cuts.includes(why)) this.cuts.push(why);
  }

  private walk(el: Element, parent: number, depth: number, inherited: number): void {
    if (this.els.length >= this.budget.maxElements) return this.cut(`页面元素超过 ${this.budget.maxElements} 个，只读了前面的部分`);
    if (depth > this.budget.maxDepth) return this.cut(`页面嵌套超过 ${this.budget.maxDepth} 层，更深的部分没有读`);
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const bare = el.attributes.length === 0;
    const role = bare ? null : el.getAttribute('role');
    const cls = bare ? '' : el.getAttribute('class') ?? '';
    const ant = cls.includes('ant-');
    if ((role && OVERLAY_ROLES.has(role)) || (ant && OVERLAY_CLASS.test(cls))) return;
    const pane = isPane(el, role, ant ? cls : '');
    let flags = inherited | (pane ? F.IN_PANE : 0);
    if (hiddenByAttributes(el)) {
      // A tab pane the merchant has not clicked is still the page's data: read it, marked.
      if (pane) flags |= F.IN_HIDDEN_PANE;
      else return;
    }
    if (CHROME_TAGS.has(tag) || (role && CHROME_ROLES.has(role)) || (ant && CHROME_CLASS.test(cls))) flags |= F.CHROME;
    if (tag === 'TD' || tag === 'TH' || role === 'cell' || role === 'gridcell' || role === 'columnheader' || role === 'rowheader') flags |= F.CELL;
    else flags &= ~F.CELL;
    if (tag === 'TH' || role === 'columnheader') flags |= F.HEADER;
    else if (flags & F.CELL) flags &= ~F.HEADER;
    if (tag === 'BUTTON' || role === 'button' || (ant && ACTION_CLASS.test(cls))) flags |= F.ACTION;
    if (ant && TAG_CLASS.test(cls)) flags |= F.TAG;
    const own = flags;
    let mark = 0;
    if (role === 'tab' || (ant && TAB_CLASS.test(cls))) mark |= F.TAB;
    if (pane) mark |= F.PANEL;
    if (tag === 'TR' || role === 'row') mark |= F.ROW;
    if (tag === 'TABLE' || role === 'table' || role === 'grid' || role === 'treegrid') mark |= F.TABLE;

    const i = this.els.length;
    this.els.push(el);
    this.parent.push(parent);
    this.depth.push(depth);
    this.flags.push(own | mark);
    this.end.push(i + 1);
    this.runStart.push(this.runs.length);
    this.runEnd.push(this.runs.length);
    const probe = this.probe;
    let probed: boolean | null = null;
    // Block boundaries separate texts even without whitespace between them.
    if (!INLINE.has(tag)) this.gap = true;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        this.walk(c as Element, i, depth + 1, own & ~(F.TAB | F.PANEL | F.ROW | F.TABLE));
      } else if (c.nodeType === 3 || c.nodeType === 4) {
        const data = (c as CharacterData).data;
        if (data.length === 0 || !/\S/.test(data)) continue;
        if (this.textBudget <= 0) { this.cut(`页面文字过多，只读了前 ${this.budget.maxText} 个字`); break; }
        const rawText = data.length > this.textBudget ? data.slice(0, this.textBudget) : data;
        this.textBudget -= rawText.length;
        if (probe && !(own & F.IN_PANE)) {
          probed ??= safeProbe(probe, el);
          if (!probed) continue;
        }
        const clean = rawText.replace(ICON_CHARS, ' ').normalize('NFKC').replace(INVISIBLE_CHARS, '');
        const text = clean.replace(/\s+/g, ' ').trim();
        if (!text) { if (/\s/.test(clean)) this.gap = true; continue; }
        const lead = /^\s/.test(clean) || this.gap;
        this.gap = /\s$/.test(clean);
        const prev = this.runs[this.runs.length - 1];
        const joinsPrev = !!prev && !lead && !prev.trail && this.inlineJoin(prev.el, i);
        this.runs.push({ el: i, text, trail: this.gap, joinsPrev });
        this.runLen.push(this.runLen[this.runLen.length - 1]! + text.length);
      }
    }
    this.end[i] = this.els.length;
    this.runEnd[i] = this.runs.length;
    if (!INLINE.has(tag)) this.gap = true;
  }

  /** Are a and b joined only through inline elements, within a few levels, outside different cells? */
  private inlineJoin(a: number, b: number): boolean {
    const l = this.lca(a, b);
    if (l < 0) return false;
    for (const start of [a, b]) {
      for (let n = start, k = 0; n !== l; n = this.parent[n]!, k++) {
        if (k > 4 || n < 0 || !INLINE.has(this.els[n]!.tagName.toUpperCase()) || (this.flags[n]! & F.CELL)) return false;
        // A tag or a button is its own box: its text never runs into the text beside it.
        const p = this.parent[n]!;
        const opens = (flag: F) => (this.flags[n]! & flag) !== 0 && (p < 0 || (this.flags[p]! & flag) === 0);
        if (opens(F.TAG) || opens(F.ACTION)) return false;
      }
    }
    return true;
  }

  get size(): number { return this.els.length; }

  indexOf(el: Element): number {
    if (this.position.size === 0 && this.els.length > 0) this.els.forEach((e, i) => this.position.set(e, i));
    return this.position.get(el) ?? -1;
  }

  /** Is b inside a's subtree (or a itself)? */
  contains(a: number, b: number): boolean { return a <= b && b < this.end[a]!; }

  has(i: number, flag: F): boolean { return (this.flags[i]! & flag) !== 0; }

  /** Nearest ancestor-or-self with the flag, or -1. */
  closest(i: number, flag: F, maxUp = 64): number {
    for (let n = i, k = 0; n >= 0 && k <= maxUp; n = this.parent[n]!, k++) if (this.flags[n]! & flag) return n;
    return -1;
  }

  /** Visible text of the subtree (each run joined with a space), or null when longer than `max`. */
  text(i: number, max = 200): string | null {
    const a = this.runStart[i]!;
    const b = this.runEnd[i]!;
    if (this.runLen[b]! - this.runLen[a]! > max) return null;
    let out = '';
    for (let k = a; k < b; k++) out += (k > a ? ' ' : '') + this.runs[k]!.text;
    return out;
  }

  /** Length of the subtree's visible text, in O(1). */
  textLength(i: number): number { return this.runLen[this.runEnd[i]!]! - this.runLen[this.runStart[i]!]!; }

  /** Element children (in order). */
  children(i: number): number[] {
    const out: number[] = [];
    for (let j = i + 1; j < this.end[i]!; j = this.end[j]!) out.push(j);
    return out;
  }


  /** Lowest common ancestor of two elements (walks parents; depth is bounded by the budget). */
  lca(a: number, b: number): number {
    while (a !== b) {
      if (a < 0 || b < 0) return -1;
      if (this.depth[a]! >= this.depth[b]!) a = this.parent[a]!;
      else b = this.parent[b]!;
    }
    return a;
  }
}

function safeProbe(probe: (el: Element) => boolean, el: Element): boolean {
  try { return probe(el); } catch { return true; }
}
