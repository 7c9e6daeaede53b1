import type { Finding, LintRequest } from '../compliance/finding';
import { displayWidth, FIELD_LIMITS } from '../compliance/listing-rules';
import type { EditorMessages } from '../i18n/editor';
import { findEditorFields, productKeyOf, readCategoryPath, type FieldRef } from '../pages/editor-fields';
import { EditorOverlay, type BadgeSpec, type MarkSpec } from '../overlay/editor-overlay';
import { FieldMirror, intersect } from '../overlay/mirror';
import { textModel } from '../overlay/text-model';
import { replaceText, revealText } from './apply-fix';
import type { ErrorSink } from './error-sink';

/** Debounce for bursts of typing only: a pause, a word boundary or compositionend checks at once. */
const BURST_MS = 150;
const DETAIL_JOIN = '\n\n';
const FEATURE = 'editor-lint';
/** What ends a word: after one of these the merchant has finished it, so check now. */
const BOUNDARY = /[\s,.!?;:，。！？；：、…（）()【】「」“”"'《》\-—]$/;

/**
 * Everything the session needs from outside, passed in (like Harper's LintFramework takes
 * its provider): the extension messaging in production, fakes in tests and the bench.
 */
export interface EditorTransport {
  lint(request: LintRequest, productKey: string): Promise<Finding[]>;
  ignore(productKey: string, term: string): Promise<void>;
  allow(term: string): Promise<void>;
  report(url: string, findings: Finding[]): Promise<void>;
}

export interface EditorSessionDeps {
  transport: EditorTransport;
  errors: ErrorSink;
  t: EditorMessages;
  /** Chinese IME state, tracked by the feature for the whole page. */
  ime: { composing: boolean };
}

interface Placed { key: string; fieldIndex: number; finding: Finding; start: number; end: number }

function fieldText(f: FieldRef): string {
  return f.el instanceof HTMLInputElement || f.el instanceof HTMLTextAreaElement ? f.el.value : textModel(f.el).text;
}

const isPlain = (el: Element): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

/** Field + span + rule: the same words under the same rule keep their key across checks. */
export function findingKey(fieldIndex: number, f: Pick<Finding, 'field' | 'start' | 'end' | 'ruleId'>): string {
  return `${f.field}#${fieldIndex}:${f.start}-${f.end}:${f.ruleId}`;
}

/**
 * Banned-word warnings on one product form, like a grammar checker: check at once on a word
 * boundary, after a pause and on compositionend (never mid-IME), debounce only bursts; one
 * request in flight, stale answers dropped; marks only for fields that are on screen and not
 * covered, and only for the visible part of each field. Writes to the form only on a click.
 */
export class EditorSession {
  private readonly overlay: EditorOverlay;
  private readonly mirror: FieldMirror;
  private placed: Placed[] = [];
  private byKey = new Map<string, Placed>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private dirty = false;
  private frame = 0;
  private lastInput = 0;
  private lastReport = '';
  private mainThreadMs = 0;
  private hoverOpened = false;
  private caretOpened = false;
  private dismissedKey: string | null = null;
  private destroyed = false;
  private hoverClose: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private readonly productKey: string;
  /** A new product has no id: its ignores live here, for as long as this form is open. */
  private readonly localIgnores = new Set<string>();
  private readonly t: EditorMessages;

  private get composing(): boolean { return this.deps.ime.composing; }

  constructor(private fields: FieldRef[], private readonly url: URL, private readonly signal: AbortSignal, private readonly deps: EditorSessionDeps) {
    this.t = deps.t;
    this.productKey = productKeyOf(url);
    this.overlay = new EditorOverlay({
      fix: (key, replacement) => this.fix(key, replacement),
      ignore: (key) => this.ignore(key),
      allow: (key) => this.allow(key),
      dismissed: (key, fieldIndex, refocus) => {
        // A card the merchant closed stays closed while the caret stays on its word.
        this.dismissedKey = key;
        if (refocus) this.refocus(fieldIndex, null, key);
      },
      ignoreLabel: () => (this.savedProduct ? this.t.ignoreHere : this.t.ignoreHereNew),
      fieldLabel: (i) => this.fields[i]?.label ?? '',
    }, deps.t);
    this.mirror = new FieldMirror(this.overlay.root);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.listen();
    this.checkNow();
  }

  private get savedProduct(): boolean { return this.productKey.startsWith('item:'); }

  /** True while this session still belongs to the page: same URL, fields in the document. */
  get alive(): boolean {
    return !this.destroyed && location.href === this.url.href && this.fields.some((f) => f.el.isConnected);
  }

  private on(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  private guard<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void {
    return (...a) => { try { fn(...a); } catch (error) { this.deps.errors(FEATURE, error); } };
  }

  private listen(): void {
    this.fields.forEach((f, i) => {
      this.on(f.el, 'input', this.guard((e) => this.onInput(e as InputEvent, f)));
      this.on(f.el, 'compositionstart', () => { clearTimeout(this.timer); this.requestDraw(); });
      this.on(f.el, 'compositionend', () => queueMicrotask(() => this.checkNow()));
      this.on(f.el, 'scroll', () => this.requestDraw(), { passive: true });
      this.on(f.el, 'keyup', this.guard(() => this.caretCard(i)));
      this.on(f.el, 'mouseup', this.guard(() => this.caretCard(i)));
      // A card opened from the caret belongs to the field: it goes when focus leaves for the page.
      this.on(f.el, 'focusout', (e) => {
        const to = (e as FocusEvent).relatedTarget;
        if (this.caretOpened && to !== this.overlay.host && !(to instanceof Node && f.el.contains(to))) { this.overlay.closeCard(); this.caretOpened = false; }
      });
      if (f.kind === 'rich') {
        // Rich editors also change by API (toolbar, paste handling): watch their DOM, read only.
        const mo = new MutationObserver(() => { if (!this.composing) this.schedule(); });
        mo.observe(f.el, { childList: true, subtree: true, characterData: true });
        this.cleanups.push(() => mo.disconnect());
      }
    });
    this.on(window, 'scroll', () => this.requestDraw(), { capture: true, passive: true });
    this.on(window, 'resize', () => this.requestDraw(), { passive: true });
    this.on(document, 'mousemove', this.guard((e) => this.hover(e as MouseEvent)), { passive: true });
    // The page's own dropdowns and modals open and close without scrolling: redraw on clicks
    // and keys too, so marks hide under them and come back after.
    this.on(document, 'click', () => this.requestDraw(), { capture: true, passive: true });
    this.on(document, 'keyup', () => this.requestDraw(), { capture: true, passive: true });
    const ro = new ResizeObserver(() => this.requestDraw());
    for (const f of this.fields) ro.observe(f.el);
    this.cleanups.push(() => ro.disconnect());
  }

  private onInput(e: InputEvent, f: FieldRef): void {
    if (e.isComposing || this.composing) return;
    const now = performance.now();
    const idle = now - this.lastInput > BURST_MS;
    this.lastInput = now;
    const text = isPlain(f.el) ? f.el.value.slice(0, f.el.selectionStart ?? f.el.value.length) : (e.data ?? '');
    // A finished word, a deletion or the first key after a pause: check now. Mid-burst: wait.
    if (idle || BOUNDARY.test(e.data ?? text) || e.inputType.startsWith('delete') || e.inputType.startsWith('insertFromPaste')) this.checkNow();
    else this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), BURST_MS);
  }

  /** The request for the whole form; the detail is the plain and rich details joined. */
  private snapshot(): { texts: string[]; request: LintRequest } {
    const texts = this.fields.map(fieldText);
    const first = (field: FieldRef['field']) => { const i = this.fields.findIndex((f) => f.field === field); return i < 0 ? undefined : texts[i]; };
    const details = this.fields.map((f, i) => (f.field === 'detail' ? texts[i]! : null)).filter((t): t is string => t !== null);
    const category = readCategoryPath(document);
    return {
      texts,
      request: {
        title: first('title'), shortTitle: first('shortTitle'), sellingPoint: first('sellingPoint'),
        detail: details.length ? details.join(DETAIL_JOIN) : undefined,
        ...(category ? { category } : {}),
      },
    };
  }

  checkNow(): void {
    clearTimeout(this.timer);
    if (this.signal.aborted || this.destroyed || this.composing) return;
    if (this.inFlight) { this.dirty = true; return; }
    if (location.href !== this.url.href) { this.destroy(); return; } // SPA navigation ran ahead of the feature's abort
    if (this.fields.some((f) => !f.el.isConnected)) {
      // The page re-rendered its form: find the fields again and start over.
      const again = findEditorFields(document);
      if (again.length === 0) { this.destroy(); return; }
      this.fields = again;
      this.cleanups.splice(0).forEach((c) => c());
      this.listen();
    }
    const t0 = performance.now();
    const { texts, request } = this.snapshot();
    this.mainThreadMs = performance.now() - t0;
    this.inFlight = true;
    this.deps.transport.lint(request, this.productKey)
      .then((findings) => {
        // Stale: the merchant typed while we waited. Drop it; the next check is already due.
        if (this.destroyed || this.fields.some((f, i) => fieldText(f) !== texts[i])) { this.dirty = true; return; }
        const kept = findings.filter((f) => !(this.localIgnores.has(f.text) || (f.term !== undefined && this.localIgnores.has(f.term))));
        this.placed = this.place(kept, texts);
        this.byKey = new Map(this.placed.map((p) => [p.key, p]));
        this.requestDraw();
        this.report();
      })
      .catch((error: unknown) => this.deps.errors(FEATURE, error))
      .finally(() => {
        this.inFlight = false;
        if (this.dirty && !this.destroyed) { this.dirty = false; this.schedule(); }
      });
  }

  /** Engine offsets (per API field) → offsets within each element. */
  private place(findings: Finding[], texts: string[]): Placed[] {
    const out: Placed[] = [];
    const push = (fieldIndex: number, finding: Finding) => out.push({ key: findingKey(fieldIndex, finding), fieldIndex, finding, start: finding.start, end: finding.end });
    const detailIdx = this.fields.map((f, i) => (f.field === 'detail' ? i : -1)).filter((i) => i >= 0);
    for (const finding of findings) {
      if (finding.field !== 'detail') {
        const i = this.fields.findIndex((f) => f.field === finding.field);
        if (i >= 0) push(i, finding);
        continue;
      }
      let base = 0;
      for (const i of detailIdx) {
        const len = texts[i]!.length;
        // A whole-field finding (a missing notice, the length) belongs to the first detail editor.
        if (finding.start === finding.end) { push(i, { ...finding, start: 0, end: 0 }); break; }
        if (finding.start >= base && finding.end <= base + len) { push(i, { ...finding, start: finding.start - base, end: finding.end - base }); break; }
        base += len + DETAIL_JOIN.length;
      }
    }
    return out;
  }

  private requestDraw(): void {
    if (this.frame || this.destroyed) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  /** Viewport rects of one finding. */
  private rectsOf(p: Placed): DOMRect[] {
    const f = this.fields[p.fieldIndex]!;
    if (p.start === p.end) return [];
    if (isPlain(f.el)) return this.mirror.rectsMany(f.el, [{ start: p.start, end: p.end }])[0] ?? [];
    const range = textModel(f.el).range(p.start, p.end);
    const box = f.el.getBoundingClientRect();
    return range ? Array.from(range.getClientRects()).map((r) => intersect(r, box)).filter((r): r is DOMRect => r !== null) : [];
  }

  /**
   * Rects of the findings of one field that fall in `view` (the visible part of the field).
   * Findings are in text order, so their tops rise monotonically: a binary search finds the
   * first visible one, and measuring stops at the first one below the view. A 20,000-character
   * detail with hundreds of findings measures only the dozen on screen.
   */
  private visibleRects(list: readonly Placed[], view: DOMRect): { p: Placed; rects: DOMRect[] }[] {
    const first = list[0];
    if (!first) return [];
    const f = this.fields[first.fieldIndex]!;
    const words = list.filter((p) => p.start !== p.end).sort((a, b) => a.start - b.start || a.end - b.end);
    let measure: (k: number) => DOMRect[];
    if (isPlain(f.el)) {
      const all = this.mirror.layout(f.el, words.map((p) => ({ start: p.start, end: p.end })));
      measure = (k) => all.rects(k);
    } else {
      const model = textModel(f.el);
      const box = f.el.getBoundingClientRect();
      measure = (k) => {
        const range = model.range(words[k]!.start, words[k]!.end);
        return range ? Array.from(range.getClientRects()).map((r) => intersect(r, box)).filter((r): r is DOMRect => r !== null) : [];
      };
    }
    const raw = (k: number): DOMRect | null => {
      const rects = measure(k);
      return rects[rects.length - 1] ?? null;
    };
    // First finding whose bottom reaches the view's top (unmeasurable ones count as above).
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = raw(mid);
      if (r && r.bottom >= view.top) hi = mid; else lo = mid + 1;
    }
    const out: { p: Placed; rects: DOMRect[] }[] = [];
    for (let k = Math.max(0, lo - 1); k < words.length; k++) {
      const rects = measure(k).map((r) => intersect(r, view)).filter((r): r is DOMRect => r !== null);
      const last = raw(k);
      if (rects.length) out.push({ p: words[k]!, rects });
      else if (last && last.top > view.bottom) break;
    }
    return out;
  }

  private draw(): void {
    const t0 = performance.now();
    try {
      this.drawNow();
    } catch (error) {
      this.deps.errors(FEATURE, error);
    } finally {
      // Main-thread cost of one check (reading the form) plus its draw, for `npm run bench`.
      this.mainThreadMs += performance.now() - t0;
      performance.measure('kwaishop:check-and-draw', { start: 0, duration: this.mainThreadMs, detail: { findings: this.placed.length } });
      this.mainThreadMs = 0;
    }
  }

  /** Whether the page shows something of its own over this point (a dropdown, popover, modal). */
  private covered(el: Element, x: number, y: number): boolean {
    const top = document.elementFromPoint(x, y);
    if (!top || top === this.overlay.host) return false;
    return !(top === el || el.contains(top) || top.contains(el));
  }

  private drawNow(): void {
    const marks: MarkSpec[] = [];
    const badges: BadgeSpec[] = [];
    const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
    this.fields.forEach((f, i) => {
      const box = f.el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return; // hidden field
      // The part of the field on screen: nothing is drawn for a field scrolled out of view.
      const view = intersect(box, viewport);
      if (!view) return;
      const own = this.placed.filter((p) => p.fieldIndex === i);
      if (!(this.composing && document.activeElement === f.el)) {
        for (const { p, rects } of this.visibleRects(own, view)) {
          // Marks sit under the page's own popups, never over them.
          const shown = rects.filter((r) => !this.covered(f.el, r.left + r.width / 2, r.top + r.height / 2));
          if (shown.length) marks.push({ key: p.key, fieldIndex: i, finding: p.finding, rects: shown });
        }
      }
      const limit = f.field === 'title' ? FIELD_LIMITS.title : null;
      const text = isPlain(f.el) ? f.el.value : (f.el.textContent ?? '');
      if (own.length === 0 && text.trim() === '' && limit === null) return; // an empty optional field: nothing to say
      const at = this.badgeSpot(f, box);
      // The badge needs its spot on screen and uncovered; otherwise it waits, never sticks to the window edge.
      if (!at || at.top < 0 || at.top + 20 > innerHeight || this.covered(f.el, box.left + Math.min(box.width / 2, 40), box.top + Math.min(box.height / 2, 12))) return;
      const width = limit ? displayWidth(text) : 0;
      const count = limit ? `${width}/${limit}` : null;
      // The page shows its own n/60 counter by the title: the badge does not repeat it, but its
      // accessible name still carries the width as our engine counts it.
      const pageCounter = limit !== null && this.pageCounter(f) !== null;
      badges.push({
        fieldIndex: i, label: f.label, anchor: box, items: own.map((p) => ({ key: p.key, finding: p.finding })),
        extra: pageCounter ? null : count, count, over: limit !== null && width > limit, at,
      });
    });
    this.overlay.draw(marks, badges, this.knownForOverlay());
    const words = this.placed.filter((p) => p.start !== p.end);
    this.overlay.announce(words.length ? this.t.found(words.length, [...new Set(words.map((p) => p.finding.text))].slice(0, 5).join(this.t.sep)) : '');
  }

  private knownForOverlay(): Map<string, { finding: Finding; fieldIndex: number }> {
    return new Map(this.placed.map((p) => [p.key, { finding: p.finding, fieldIndex: p.fieldIndex }]));
  }

  /** The page's own character counter for a field (antd `show-count`, an `n/60` text next to it). */
  private pageCounter(f: FieldRef): DOMRect | null {
    const wrap = f.el.closest('.ant-input-affix-wrapper, .ant-input-textarea, .ant-form-item-control-input, [class*="count"]') ?? f.el.parentElement;
    if (!wrap) return null;
    for (const el of Array.from(wrap.querySelectorAll('span, div, small')).slice(0, 30)) {
      if (el.children.length === 0 && /^\s*\d+\s*\/\s*\d+\s*$/.test(el.textContent ?? '')) return el.getBoundingClientRect();
    }
    return null;
  }

  /**
   * Above the field's right edge, moved left of the page's own counter or controls when they
   * sit there; below the field when there is no room above.
   */
  private badgeSpot(f: FieldRef, box: DOMRect): { left: number; top: number } | null {
    const w = 150;
    let left = Math.max(4, box.right - w);
    let top = box.top - 22;
    const counter = this.pageCounter(f);
    if (counter && counter.top < box.top && counter.bottom > top) left = Math.max(4, Math.min(left, counter.left - w - 6));
    if (top < 0) top = box.bottom + 2;
    if (top + 20 > innerHeight) return null;
    return { left, top };
  }

  private hover(e: MouseEvent): void {
    if (this.overlay.containsPoint(e.clientX, e.clientY)) { clearTimeout(this.hoverClose); return; }
    const m = this.overlay.hit(e.clientX, e.clientY);
    if (m) {
      clearTimeout(this.hoverClose);
      if (!this.overlay.isCardOpen(m.key)) {
        this.overlay.openCard([m.key], 0, m.rects[m.rects.length - 1]!, m.key, false, m.fieldIndex);
        this.hoverOpened = true;
        this.caretOpened = false;
      }
    } else if (this.hoverOpened && this.overlay.isCardOpen() && !this.overlay.openCardKey?.startsWith('badge:')) {
      // A card opened by hovering goes when the pointer leaves both the word and the card.
      clearTimeout(this.hoverClose);
      this.hoverClose = setTimeout(() => { this.overlay.closeCard(); this.hoverOpened = false; }, 400);
    }
  }

  /** The finding under the caret in field i, if any (`inclusive`: the caret may sit at either end). */
  private atCaret(i: number, inclusive = true): Placed | undefined {
    const f = this.fields[i];
    if (!f) return undefined;
    let caret = -1;
    if (isPlain(f.el)) caret = f.el.selectionStart ?? -1;
    else {
      const sel = getSelection();
      if (sel && sel.rangeCount && f.el.contains(sel.anchorNode)) {
        const r = document.createRange();
        r.setStart(f.el, 0);
        r.setEnd(sel.anchorNode!, sel.anchorOffset);
        caret = lengthOfModelPrefix(f.el, r);
      }
    }
    return this.placed.find((x) => x.fieldIndex === i && x.start !== x.end && (inclusive ? caret >= x.start && caret <= x.end : caret > x.start && caret < x.end));
  }

  /** Caret inside a finding (keyboard users): show its card without stealing focus. */
  private caretCard(i: number): void {
    const p = this.atCaret(i, false);
    if (!p) { this.dismissedKey = null; return; }
    if (this.overlay.isCardOpen(p.key) || p.key === this.dismissedKey) return;
    const rects = this.rectsOf(p);
    if (rects.length) this.overlay.openCard([p.key], 0, rects[rects.length - 1]!, p.key, false, p.fieldIndex);
    this.hoverOpened = false;
    this.caretOpened = true;
  }

  /** The shortcut (manifest command): open the card for the word at the caret, focus in it. */
  openAtCaret(): boolean {
    const i = this.fields.findIndex((f) => f.el === document.activeElement || f.el.contains(document.activeElement));
    if (i < 0) return false;
    const p = this.atCaret(i) ?? this.placed.find((x) => x.fieldIndex === i && x.start !== x.end);
    if (!p) return this.overlay.focusBadge(i);
    const rects = this.rectsOf(p);
    const anchor = rects[rects.length - 1] ?? this.fields[i]!.el.getBoundingClientRect();
    this.overlay.openCard([p.key], 0, anchor, p.key, true, p.fieldIndex);
    this.caretOpened = false;
    return true;
  }

  /** Focus back in the field, the caret at `offset` (or the end of the word the card was about). */
  private refocus(fieldIndex: number, offset: number | null, key?: string): void {
    const f = this.fields[fieldIndex];
    if (!f || !f.el.isConnected) return;
    const p = key ? this.byKey.get(key) : undefined;
    const at = offset ?? p?.end ?? null;
    f.el.focus({ preventScroll: true });
    if (at === null) return;
    if (isPlain(f.el)) f.el.setSelectionRange(at, at);
    else {
      const pos = textModel(f.el).locate(at, 'end');
      const sel = getSelection();
      if (pos && sel) { sel.collapse(pos.node, pos.offset); }
    }
  }

  private fix(key: string, replacement: string): void {
    const p = this.byKey.get(key);
    const field = p ? this.fields[p.fieldIndex] : undefined;
    this.overlay.closeCard();
    this.caretOpened = false;
    if (!p || !field) { this.overlay.announce(this.t.textChanged, true); return; }
    const ok = replaceText(field.el, p.start, p.end, p.finding.text, replacement);
    if (!ok) { this.overlay.announce(this.t.textChanged, true); this.refocus(p.fieldIndex, null); this.checkNow(); return; }
    this.overlay.announce(this.t.fixed(p.finding.text, replacement), true);
    // The caret after the new word, where typing it would have left it.
    this.refocus(p.fieldIndex, p.start + replacement.length);
    this.checkNow();
  }

  private ignore(key: string): void {
    const p = this.byKey.get(key);
    this.overlay.closeCard();
    if (!p) return;
    const term = p.finding.text;
    this.overlay.announce(this.t.ignored(term), true);
    this.refocus(p.fieldIndex, p.end);
    if (!this.savedProduct) { this.localIgnores.add(term); this.checkNow(); return; }
    this.deps.transport.ignore(this.productKey, term).then(() => this.checkNow(), (error: unknown) => this.deps.errors(FEATURE, error));
  }

  private allow(key: string): void {
    const p = this.byKey.get(key);
    this.overlay.closeCard();
    if (!p) return;
    this.overlay.announce(this.t.allowed(p.finding.text), true);
    this.refocus(p.fieldIndex, p.end);
    // The normalised term, so every spelling of it (最 好, 最好) is allowed at once.
    this.deps.transport.allow((p.finding.term ?? p.finding.text).slice(0, 64)).then(() => this.checkNow(), (error: unknown) => this.deps.errors(FEATURE, error));
  }

  /** The side panel's "show me". */
  reveal(field: Finding['field'], start: number, end: number): void {
    const p = this.placed.find((x) => x.finding.field === field && x.finding.start === start && x.finding.end === end)
      ?? this.placed.find((x) => x.finding.field === field);
    if (!p) return;
    revealText(this.fields[p.fieldIndex]!.el, p.start, p.end);
  }

  /** The side panel's list: same findings, once per change, under this form's own URL. */
  private report(): void {
    const findings = this.placed.map((p) => p.finding).slice(0, 300);
    const key = JSON.stringify(findings);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.deps.transport.report(this.url.href.slice(0, 2000), findings).catch((error: unknown) => this.deps.errors(FEATURE, error));
  }

  destroy(): void {
    // Called on rebuild, on navigation and when the page's signal aborts: only the first time counts.
    if (this.destroyed) return;
    this.destroyed = true;
    // What the merchant sees goes first: nothing below may leave marks on the page.
    this.overlay.destroy();
    this.mirror.remove();
    clearTimeout(this.hoverClose);
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    for (const c of this.cleanups.splice(0)) { try { c(); } catch (error) { this.deps.errors(FEATURE, error); } }
    const hadFindings = this.lastReport !== '' && this.lastReport !== '[]';
    this.placed = [];
    this.byKey.clear();
    // The form is gone (SPA navigation, re-render): the side panel must not keep its findings.
    if (hadFindings) {
      try {
        this.deps.transport.report(location.href.slice(0, 2000), []).catch((error: unknown) => this.deps.errors(FEATURE, error));
      } catch (error) {
        this.deps.errors(FEATURE, error);
      }
    }
  }
}

/** Length of the text model of the part of `root` inside range r (block breaks counted as the model counts them). */
function lengthOfModelPrefix(root: HTMLElement, r: Range): number {
  const frag = r.cloneContents();
  const holder = document.createElement('div');
  holder.append(frag);
  let n = textModel(holder).text.length;
  // A prefix ending at a block boundary: the model of the whole adds the newline the prefix lacks.
  const whole = textModel(root).text;
  if (whole[n] === '\n' && r.endContainer.nodeType !== 3) n++;
  return n;
}
