import { KIND_LABELS, SEVERITY_LABELS, type Finding, type Severity } from '../compliance/finding';
import { OVERLAY_CSS } from './overlay-styles';

export interface MarkSpec { key: string; fieldIndex: number; finding: Finding; rects: DOMRect[] }
export interface BadgeSpec { fieldIndex: number; label: string; anchor: DOMRect; findings: Finding[]; extra: string | null; over: boolean }
export interface CardActions {
  fix: (finding: Finding, replacement: string) => void;
  ignore: (finding: Finding) => void;
  allow: (finding: Finding) => void;
}

const WORST: Severity[] = ['high', 'medium', 'low'];

/**
 * Everything the editor warnings draw, inside one open shadow root: marks under findings,
 * a badge per field, the card with reason and fixes, and a live region for screen readers.
 * It never touches the back office's own nodes; pointer events pass through except on the
 * badge and the card.
 */
export class EditorOverlay {
  readonly root: ShadowRoot;
  private readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly marksEl: HTMLDivElement;
  private readonly badgesEl: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private card: HTMLDivElement | null = null;
  private cardKey: string | null = null;
  private marks: MarkSpec[] = [];
  private lastAnnounced = '';

  constructor(private readonly actions: CardActions) {
    this.host = document.createElement('kwaishop-copilot-editor');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.marksEl = document.createElement('div');
    this.badgesEl = document.createElement('div');
    this.badgesEl.setAttribute('role', 'group');
    this.badgesEl.setAttribute('aria-label', '违禁词检查');
    this.live = document.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.layer.append(this.marksEl, this.badgesEl, this.live);
    this.root.append(style, this.layer);
    document.documentElement.append(this.host);
  }

  /** Redraws marks and badges; called from requestAnimationFrame. */
  draw(marks: MarkSpec[], badges: BadgeSpec[]): void {
    this.marks = marks;
    const nodes: HTMLElement[] = [];
    for (const m of marks) {
      for (const r of m.rects) {
        const el = document.createElement('div');
        el.className = `mark mark--${m.finding.severity}`;
        el.dataset.key = m.key;
        el.dataset.field = m.finding.field;
        el.dataset.start = String(m.finding.start);
        el.dataset.end = String(m.finding.end);
        el.dataset.severity = m.finding.severity;
        Object.assign(el.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        nodes.push(el);
      }
    }
    this.marksEl.replaceChildren(...nodes);
    this.badgesEl.replaceChildren(...badges.map((b) => this.badge(b)));
    if (this.cardKey && !marks.some((m) => m.key === this.cardKey) && !this.cardKey.startsWith('badge:')) this.closeCard();
  }

  private badge(b: BadgeSpec): HTMLElement {
    const counts = WORST.map((s) => [s, b.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    const worst = counts[0]?.[0];
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `badge ${worst === 'high' ? 'badge--high' : worst === 'medium' ? 'badge--medium' : b.findings.length ? '' : 'badge--ok'}`;
    const summary = counts.length ? counts.map(([s, n]) => `${SEVERITY_LABELS[s]} ${n}`).join(' · ') : '未发现违禁词';
    el.append(document.createTextNode(`${counts.length ? '⚠' : '✓'} ${summary}`));
    if (b.extra) {
      const extra = document.createElement('span');
      extra.className = b.over ? 'over' : '';
      extra.textContent = b.extra;
      el.append(extra);
    }
    el.setAttribute('aria-label', `${b.label}：${summary}${b.extra ? `，字数 ${b.extra}${b.over ? '，超出上限' : ''}` : ''}`);
    el.dataset.fieldIndex = String(b.fieldIndex);
    const w = 150;
    Object.assign(el.style, { left: `${Math.max(4, b.anchor.right - w)}px`, top: `${Math.max(2, b.anchor.top - 22)}px`, maxWidth: `${w}px` });
    el.addEventListener('click', () => {
      if (b.findings.length) this.openCard(b.findings, 0, b.anchor, `badge:${b.fieldIndex}`, true);
    });
    return el;
  }

  /** Finding under a viewport point, for hover. */
  hit(x: number, y: number): MarkSpec | null {
    return this.marks.find((m) => m.rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2)) ?? null;
  }

  /** Key of the open card: a mark's key, or `badge:<field>` when opened from a field badge. */
  get openCardKey(): string | null {
    return this.cardKey;
  }

  isCardOpen(key?: string): boolean {
    return this.card !== null && (key === undefined || this.cardKey === key);
  }

  containsPoint(x: number, y: number): boolean {
    const r = this.card?.getBoundingClientRect();
    return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  openCard(findings: Finding[], index: number, anchor: DOMRect, key: string, focus: boolean): void {
    const f = findings[index];
    if (!f) return;
    this.closeCard();
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `违禁词提示：${f.text}`);
    const h = document.createElement('h2');
    const sev = document.createElement('span');
    sev.className = `sev sev--${f.severity}`;
    sev.textContent = SEVERITY_LABELS[f.severity];
    h.append(sev, document.createTextNode(f.start === f.end ? KIND_LABELS[f.kind] : `「${f.text}」`));
    const kind = document.createElement('p');
    kind.className = 'kind';
    kind.textContent = KIND_LABELS[f.kind];
    const reason = document.createElement('p');
    reason.textContent = f.reason;
    card.append(h, kind, reason);
    if (f.start !== f.end) {
      const fixes = document.createElement('div');
      fixes.className = 'row';
      for (const s of f.suggestions.slice(0, 4)) {
        const b = this.button(`改为「${s}」`, 'fix', () => this.actions.fix(f, s));
        fixes.append(b);
      }
      if (f.suggestions.length === 0) fixes.append(this.button('删除这个词', 'fix', () => this.actions.fix(f, '')));
      const more = document.createElement('div');
      more.className = 'row';
      more.append(this.button('本商品忽略', '', () => this.actions.ignore(f)), this.button('始终允许此词', '', () => this.actions.allow(f)));
      card.append(fixes, more);
    } else if (f.suggestions.length) {
      const tip = document.createElement('p');
      tip.textContent = `建议：${f.suggestions.join('；')}`;
      card.append(tip);
    }
    const nav = document.createElement('div');
    nav.className = 'row nav';
    if (findings.length > 1) {
      nav.append(this.button('上一个', '', () => this.openCard(findings, (index - 1 + findings.length) % findings.length, anchor, key, true)));
      nav.append(document.createTextNode(`${index + 1}/${findings.length}`));
      nav.append(this.button('下一个', '', () => this.openCard(findings, (index + 1) % findings.length, anchor, key, true)));
    }
    nav.append(this.button('关闭', '', () => this.closeCard()));
    card.append(nav);
    card.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); this.closeCard(); } });
    const top = anchor.bottom + 6 + 260 > innerHeight ? Math.max(4, anchor.top - 6 - 260) : anchor.bottom + 6;
    Object.assign(card.style, { left: `${Math.min(Math.max(4, anchor.left), innerWidth - 308)}px`, top: `${top}px` });
    this.layer.append(card);
    this.card = card;
    this.cardKey = key;
    if (focus) card.querySelector('button')?.focus();
  }

  private button(label: string, cls: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  closeCard(): void {
    this.card?.remove();
    this.card = null;
    this.cardKey = null;
  }

  /** Tells screen readers what changed, once per change. */
  announce(text: string): void {
    if (text === this.lastAnnounced) return;
    this.lastAnnounced = text;
    this.live.textContent = text;
  }

  destroy(): void {
    this.host.remove();
  }
}
