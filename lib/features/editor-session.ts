import { browser } from 'wxt/browser';
import type { Finding } from '../compliance/finding';
import { displayWidth, FIELD_LIMITS } from '../compliance/listing-rules';
import { send } from '../messaging/client';
import { contentRequestSchema } from '../messaging/content-protocol';
import { findEditorFields, productKeyOf, readCategoryPath, type FieldRef } from '../pages/editor-fields';
import { EditorOverlay, type BadgeSpec, type MarkSpec } from '../overlay/editor-overlay';
import { FieldMirror, intersect } from '../overlay/mirror';
import { textModel } from '../overlay/text-model';
import { onSettingsChanged } from '../store/settings';
import { replaceText, revealText } from './apply-fix';

const DEBOUNCE_MS = 250;
const DETAIL_JOIN = '\n\n';

interface Placed { fieldIndex: number; finding: Finding; start: number; end: number }

function fieldText(f: FieldRef): string {
  return f.el instanceof HTMLInputElement || f.el instanceof HTMLTextAreaElement ? f.el.value : textModel(f.el).text;
}

/**
 * Banned-word warnings on one product form, like a grammar checker: check after a short
 * debounce and on compositionend (never mid-IME), one request in flight, stale answers
 * dropped, marks drawn in rAF inside a shadow root. Writes to the form only on a click.
 */
export class EditorSession {
  private readonly overlay: EditorOverlay;
  private readonly mirror: FieldMirror;
  private placed: Placed[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private dirty = false;
  private frame = 0;
  private lastReport = '';
  private mainThreadMs = 0;
  private hoverOpened = false;
  private destroyed = false;
  private hoverClose: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];

  /** IME state is tracked by the feature for the whole page: a session rebuilt mid-composition must know. */
  private get composing(): boolean { return this.ime.composing; }

  constructor(private fields: FieldRef[], private readonly url: URL, private readonly signal: AbortSignal, private readonly ime: { composing: boolean }) {
    this.overlay = new EditorOverlay({
      fix: (f, replacement) => this.fix(f, replacement),
      ignore: (f) => void send({ type: 'words/ignore', productKey: productKeyOf(this.url), term: f.text }).then(() => this.checkNow(), () => undefined),
      // The normalised term, so every spelling of it (最 好, 最好) is allowed at once.
      allow: (f) => void send({ type: 'words/allow', term: (f.term ?? f.text).slice(0, 64) }).then(() => this.checkNow(), () => undefined),
    });
    this.mirror = new FieldMirror(this.overlay.root);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.listen();
    this.checkNow();
  }

  private on<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  private listen(): void {
    for (const f of this.fields) {
      this.on(f.el, 'input', (e) => { if (!(e as InputEvent).isComposing && !this.composing) this.schedule(); });
      this.on(f.el, 'compositionstart', () => { clearTimeout(this.timer); this.requestDraw(); });
      this.on(f.el, 'compositionend', () => queueMicrotask(() => this.checkNow()));
      this.on(f.el, 'scroll', () => this.requestDraw());
      this.on(f.el, 'keyup', () => this.caretCard(f));
      this.on(f.el, 'mouseup', () => this.caretCard(f));
      if (f.kind === 'rich') {
        // Rich editors also change by API (toolbar, paste handling): watch their DOM, read only.
        const mo = new MutationObserver(() => { if (!this.composing) this.schedule(); });
        mo.observe(f.el, { childList: true, subtree: true, characterData: true });
        this.cleanups.push(() => mo.disconnect());
      }
    }
    this.on(window, 'scroll', () => this.requestDraw(), { capture: true, passive: true });
    this.on(window, 'resize', () => this.requestDraw(), { passive: true });
    this.on(document, 'mousemove', (e) => this.hover(e as MouseEvent), { passive: true });
    const ro = new ResizeObserver(() => this.requestDraw());
    for (const f of this.fields) ro.observe(f.el);
    this.cleanups.push(() => ro.disconnect());
    // Options changes (a new custom term, the allow list) apply to this open form at once.
    this.cleanups.push(onSettingsChanged(() => this.checkNow()));
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      // Only our own extension pages (the side panel, also when opened as a tab) may ask.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const req = contentRequestSchema.safeParse(message);
      if (!req.success || req.data.type !== 'editor/reveal') return undefined;
      this.reveal(req.data.field, req.data.start, req.data.end);
      return Promise.resolve({ ok: true });
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.cleanups.push(() => browser.runtime.onMessage.removeListener(onMessage));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), DEBOUNCE_MS);
  }

  /** The request for the whole form; the detail is the plain and rich details joined. */
  private snapshot(): { texts: string[]; request: Parameters<typeof send<'lint/request'>>[0]['request'] } {
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
    if (this.signal.aborted || this.composing) return;
    if (this.inFlight) { this.dirty = true; return; }
    if (this.fields.some((f) => !f.el.isConnected)) {
      // The page re-rendered its form: find the fields again and start over.
      const again = findEditorFields(document);
      if (again.length === 0) return;
      this.fields = again;
      this.cleanups.splice(0).forEach((c) => c());
      this.listen();
    }
    const t0 = performance.now();
    const { texts, request } = this.snapshot();
    this.mainThreadMs = performance.now() - t0;
    this.inFlight = true;
    send({ type: 'lint/request', request, productKey: productKeyOf(this.url) })
      .then(({ findings }) => {
        // Stale: the merchant typed while we waited. Drop it; the next check is already due.
        if (this.signal.aborted || this.fields.some((f, i) => fieldText(f) !== texts[i])) { this.dirty = true; return; }
        this.placed = this.place(findings, texts);
        this.requestDraw();
        this.report(findings);
      })
      .catch(() => undefined) // the extension was reloaded: this page keeps working without us
      .finally(() => {
        this.inFlight = false;
        if (this.dirty) { this.dirty = false; this.schedule(); }
      });
  }

  /** Engine offsets (per API field) → offsets within each element. */
  private place(findings: Finding[], texts: string[]): Placed[] {
    const out: Placed[] = [];
    const detailIdx = this.fields.map((f, i) => (f.field === 'detail' ? i : -1)).filter((i) => i >= 0);
    for (const finding of findings) {
      if (finding.field !== 'detail') {
        const i = this.fields.findIndex((f) => f.field === finding.field);
        if (i >= 0) out.push({ fieldIndex: i, finding, start: finding.start, end: finding.end });
        continue;
      }
      let base = 0;
      for (const i of detailIdx) {
        const len = texts[i]!.length;
        // A whole-field finding (a missing notice, the length) belongs to the first detail editor.
        if (finding.start === finding.end) { out.push({ fieldIndex: i, finding: { ...finding, start: 0, end: 0 }, start: 0, end: 0 }); break; }
        if (finding.start >= base && finding.end <= base + len) { out.push({ fieldIndex: i, finding: { ...finding, start: finding.start - base, end: finding.end - base }, start: finding.start - base, end: finding.end - base }); break; }
        base += len + DETAIL_JOIN.length;
      }
    }
    return out;
  }

  private requestDraw(): void {
    if (this.frame || this.signal.aborted) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  private rectsOf(p: Placed): DOMRect[] {
    return this.rectsFor([p])[0] ?? [];
  }

  /** Rects of several findings of one field: one mirror layout, or one text model, for all. */
  private rectsFor(list: readonly Placed[]): DOMRect[][] {
    const first = list[0];
    if (!first) return [];
    const f = this.fields[first.fieldIndex]!;
    if (f.el instanceof HTMLInputElement || f.el instanceof HTMLTextAreaElement) {
      const spans = list.map((p) => ({ start: p.start, end: p.end }));
      return this.mirror.rectsMany(f.el, spans).map((rects, k) => (list[k]!.start === list[k]!.end ? [] : rects));
    }
    const model = textModel(f.el);
    const box = f.el.getBoundingClientRect();
    return list.map((p) => {
      if (p.start === p.end) return [];
      const range = model.range(p.start, p.end);
      return range ? Array.from(range.getClientRects()).map((r) => intersect(r, box)).filter((r): r is DOMRect => r !== null) : [];
    });
  }

  private draw(): void {
    const t0 = performance.now();
    try {
      this.drawNow();
    } finally {
      // Main-thread cost of one check (reading the form) plus its draw, for `npm run bench`.
      this.mainThreadMs += performance.now() - t0;
      performance.measure('kwaishop:check-and-draw', { start: 0, duration: this.mainThreadMs, detail: { findings: this.placed.length } });
      this.mainThreadMs = 0;
    }
  }

  private drawNow(): void {
    const marks: MarkSpec[] = [];
    const badges: BadgeSpec[] = [];
    this.fields.forEach((f, i) => {
      const anchor = f.el.getBoundingClientRect();
      if (anchor.width === 0 && anchor.height === 0) return; // hidden field
      const own = this.placed.filter((p) => p.fieldIndex === i);
      // Mid-composition the text under the marks is changing: draw nothing for that field.
      if (!(this.composing && document.activeElement === f.el)) {
        const all = this.rectsFor(own);
        own.forEach((p, k) => {
          const rects = all[k] ?? [];
          if (rects.length) marks.push({ key: `${i}:${p.start}:${p.end}:${p.finding.ruleId}`, fieldIndex: i, finding: p.finding, rects });
        });
      }
      const limit = f.field === 'title' ? FIELD_LIMITS.title : null;
      // Runs every scroll frame: the raw text is enough for a count and an emptiness check,
      // no need to rebuild a rich editor's text model here.
      const text = f.el instanceof HTMLInputElement || f.el instanceof HTMLTextAreaElement ? f.el.value : (f.el.textContent ?? '');
      const width = limit ? displayWidth(text) : 0;
      if (own.length === 0 && text.trim() === '' && limit === null) return; // an empty optional field: nothing to say
      badges.push({ fieldIndex: i, label: f.label, anchor, findings: own.map((p) => p.finding), extra: limit ? `${width}/${limit}` : null, over: limit !== null && width > limit });
    });
    this.overlay.draw(marks, badges);
    const words = this.placed.filter((p) => p.start !== p.end);
    this.overlay.announce(words.length ? `发现 ${words.length} 处违禁词或风险用语：${[...new Set(words.map((p) => p.finding.text))].slice(0, 5).join('、')}` : '');
  }

  private hover(e: MouseEvent): void {
    if (this.overlay.containsPoint(e.clientX, e.clientY)) { clearTimeout(this.hoverClose); return; }
    const m = this.overlay.hit(e.clientX, e.clientY);
    if (m) {
      clearTimeout(this.hoverClose);
      if (!this.overlay.isCardOpen(m.key)) {
        this.overlay.openCard([m.finding], 0, m.rects[m.rects.length - 1]!, m.key, false);
        this.hoverOpened = true;
      }
    } else if (this.hoverOpened && this.overlay.isCardOpen() && !this.overlay.openCardKey?.startsWith('badge:')) {
      // A card opened by hovering goes when the pointer leaves both the word and the card.
      clearTimeout(this.hoverClose);
      this.hoverClose = setTimeout(() => { this.overlay.closeCard(); this.hoverOpened = false; }, 400);
    }
  }

  /** Caret inside a finding (keyboard users): show its card without stealing focus. */
  private caretCard(f: FieldRef): void {
    if (!(f.el instanceof HTMLInputElement || f.el instanceof HTMLTextAreaElement)) return;
    const caret = f.el.selectionStart ?? -1;
    const i = this.fields.indexOf(f);
    const p = this.placed.find((x) => x.fieldIndex === i && x.start !== x.end && caret > x.start && caret < x.end);
    if (!p) return;
    const rects = this.rectsOf(p);
    if (rects.length) this.overlay.openCard([p.finding], 0, rects[rects.length - 1]!, `${i}:${p.start}:${p.end}:${p.finding.ruleId}`, false);
    this.hoverOpened = false;
  }

  private fix(f: Finding, replacement: string): void {
    const p = this.placed.find((x) => x.finding === f);
    const field = p ? this.fields[p.fieldIndex] : undefined;
    this.overlay.closeCard();
    if (!p || !field) return;
    replaceText(field.el, p.start, p.end, f.text, replacement);
    this.checkNow();
  }

  private reveal(field: Finding['field'], start: number, end: number): void {
    const p = this.placed.find((x) => x.finding.field === field && x.finding.start === start && x.finding.end === end)
      ?? this.placed.find((x) => x.finding.field === field);
    if (!p) return;
    revealText(this.fields[p.fieldIndex]!.el, p.start, p.end);
  }

  /** The side panel's list: same findings, once per change. */
  private report(findings: Finding[]): void {
    const key = JSON.stringify(findings);
    if (key === this.lastReport) return;
    this.lastReport = key;
    const placedFindings = this.placed.map((p) => p.finding);
    void send({ type: 'page/findings', report: { kind: 'editor', url: location.href.slice(0, 2000), at: new Date().toISOString(), findings: placedFindings.slice(0, 300), flagged: [] } }).catch(() => undefined);
  }

  destroy(): void {
    // Called on rebuild and again when the page's signal aborts: only the first time counts.
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.hoverClose);
    // The form is gone (SPA navigation, re-render): the side panel must not keep its findings.
    if (this.lastReport && this.lastReport !== '[]') {
      void send({ type: 'page/findings', report: { kind: 'editor', url: location.href.slice(0, 2000), at: new Date().toISOString(), findings: [], flagged: [] } }).catch(() => undefined);
    }
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.cleanups.splice(0).forEach((c) => c());
    this.mirror.remove();
    this.overlay.destroy();
  }
}
