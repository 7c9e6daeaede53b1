import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Finding, Severity } from '../compliance/finding';
import type { EditorMessages } from '../i18n/editor';
import { OVERLAY_CSS } from './overlay-styles';

/**
 * A finding as the overlay knows it: `key` is field + span + rule, so a card opened on one
 * check still names the same words after the next check made new objects.
 */
export interface MarkSpec { key: string; fieldIndex: number; finding: Finding; rects: DOMRect[] }
export interface BadgeSpec {
  fieldIndex: number;
  label: string;
  anchor: DOMRect;
  items: { key: string; finding: Finding }[];
  /** Shown on the badge: the width against the limit, unless the page shows its own counter. */
  extra: string | null;
  /** The width against the limit, for the accessible name, always. */
  count: string | null;
  over: boolean;
  /** Where the badge may sit without covering the page's own counter or controls. */
  at: { left: number; top: number };
}
export interface CardActions {
  fix: (key: string, replacement: string) => void;
  ignore: (key: string) => void;
  allow: (key: string) => void;
  /** The card went away without a fix (Escape, 关闭, text changed): focus goes back to the field. */
  dismissed: (key: string, fieldIndex: number, refocus: boolean) => void;
  ignoreLabel: () => string;
  /** The field's own label on the page (商品标题, 图文详情…), for 「在…中」. */
  fieldLabel: (fieldIndex: number) => string;
}

const WORST: Severity[] = ['high', 'medium', 'low'];

interface OpenCard {
  el: HTMLDivElement;
  key: string;
  fieldIndex: number;
  /** Keys shown by the card (one for a mark, the field's findings for a badge). */
  keys: string[];
  index: number;
  anchor: DOMRect;
  focus: boolean;
}

/**
 * Everything the editor warnings draw, inside one open shadow root: marks under findings,
 * a badge per field, the card with reason and fixes, and a live region for screen readers.
 * It never touches the back office's own nodes; pointer events pass through except on the
 * badge and the card. The layer sits below the page's own dropdowns, popovers and modals
 * (antd uses 1000+): those must win over our marks.
 */
export class EditorOverlay {
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly marksEl: HTMLDivElement;
  private readonly badgesEl: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private card: OpenCard | null = null;
  private marks: MarkSpec[] = [];
  private byKey = new Map<string, { finding: Finding; fieldIndex: number }>();
  private badgeItems = new Map<number, string[]>();
  private lastAnnounced = '';

  constructor(private readonly actions: CardActions, private readonly t: EditorMessages) {
    this.host = document.createElement('kwaishop-copilot-editor');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.marksEl = document.createElement('div');
    this.badgesEl = document.createElement('div');
    this.badgesEl.setAttribute('role', 'group');
    this.badgesEl.setAttribute('aria-label', t.group);
    this.live = document.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.layer.append(this.marksEl, this.badgesEl, this.live);
    this.root.append(style, this.layer);
    document.documentElement.append(this.host);
  }

  /**
   * Redraws marks and badges; called from requestAnimationFrame. `known` is every finding
   * of the latest check (drawn or not): an open card stays while its key is among them.
   */
  draw(marks: MarkSpec[], badges: BadgeSpec[], known: ReadonlyMap<string, { finding: Finding; fieldIndex: number }>): void {
    this.marks = marks;
    this.byKey = new Map(known);
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
    const focusedBadge = this.root.activeElement instanceof HTMLElement ? this.root.activeElement.dataset.fieldIndex : undefined;
    this.badgeItems = new Map(badges.map((b) => [b.fieldIndex, b.items.map((i) => i.key)]));
    this.badgesEl.replaceChildren(...badges.map((b) => this.badge(b)));
    // Redrawing must not steal the keyboard from a badge the merchant is on.
    if (focusedBadge !== undefined) this.badgesEl.querySelector<HTMLElement>(`[data-field-index="${focusedBadge}"]`)?.focus();
    this.refreshCard();
  }

  /** Keeps an open card in step with the latest check, or closes it saying why. */
  private refreshCard(): void {
    const c = this.card;
    if (!c) return;
    const keys = c.key.startsWith('badge:') ? (this.badgeItems.get(c.fieldIndex) ?? []) : c.keys.filter((k) => this.byKey.has(k));
    if (keys.length === 0) {
      this.closeCard(false);
      this.announce(this.t.textChanged, true);
      this.actions.dismissed(c.key, c.fieldIndex, c.el.contains(this.root.activeElement));
      return;
    }
    const current = c.keys[c.index];
    if (keys.length === c.keys.length && keys.every((k, i) => k === c.keys[i])) return;
    const index = Math.max(0, current ? keys.indexOf(current) : 0);
    const hadFocus = c.el.contains(this.root.activeElement);
    this.openCard(keys, index, c.anchor, c.key, hadFocus, c.fieldIndex);
  }

  private badge(b: BadgeSpec): HTMLElement {
    const findings = b.items.map((i) => i.finding);
    const counts = WORST.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    const worst = counts[0]?.[0];
    const el = document.createElement('button');
    el.type = 'button';
    el.className = `badge ${worst === 'high' ? 'badge--high' : worst === 'medium' ? 'badge--medium' : findings.length ? '' : 'badge--ok'}`;
    const summary = counts.length ? counts.map(([s, n]) => `${this.t.severity[s]} ${n}`).join(' · ') : this.t.noFindings;
    // The icon is decoration (the words say the same); hidden so the accessible name can start
    // with the visible words (WCAG 2.5.3, axe label-content-name-mismatch).
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = `${counts.length ? '⚠' : '✓'} `;
    el.append(icon, document.createTextNode(summary));
    if (b.extra) {
      const extra = document.createElement('span');
      extra.className = b.over ? 'over' : '';
      extra.textContent = this.t.length(b.extra);
      // A real space: "高风险 2" then "12/60", never "212/60".
      el.append(document.createTextNode(' '), extra);
    }
    // The accessible name starts with the visible text's meaning: field, then the counts.
    el.setAttribute('aria-label', this.t.badgeLabel(b.label, summary, b.count, b.over));
    el.dataset.fieldIndex = String(b.fieldIndex);
    Object.assign(el.style, { left: `${b.at.left}px`, top: `${b.at.top}px` });
    el.addEventListener('click', () => {
      if (b.items.length) this.openCard(b.items.map((i) => i.key), 0, b.anchor, `badge:${b.fieldIndex}`, true, b.fieldIndex);
    });
    return el;
  }

  /** Finding under a viewport point, for hover. */
  hit(x: number, y: number): MarkSpec | null {
    return this.marks.find((m) => m.rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2)) ?? null;
  }

  /** Key of the open card: a mark's key, or `badge:<field>` when opened from a field badge. */
  get openCardKey(): string | null {
    return this.card?.key ?? null;
  }

  get openCardField(): number | null {
    return this.card?.fieldIndex ?? null;
  }

  isCardOpen(key?: string): boolean {
    return this.card !== null && (key === undefined || this.card.key === key);
  }

  containsPoint(x: number, y: number): boolean {
    const r = this.card?.el.getBoundingClientRect();
    return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** Focus is inside the overlay (a badge or the card). */
  hasFocus(): boolean {
    return this.root.activeElement !== null;
  }

  focusBadge(fieldIndex: number): boolean {
    const b = this.badgesEl.querySelector<HTMLElement>(`[data-field-index="${fieldIndex}"]`);
    b?.focus();
    return !!b;
  }

  openCard(keys: string[], index: number, anchor: DOMRect, key: string, focus: boolean, fieldIndex?: number): void {
    const itemKey = keys[index];
    const item = itemKey ? this.byKey.get(itemKey) : undefined;
    if (!item || !itemKey) return;
    const f = item.finding;
    const t = this.t;
    this.closeCard(false);
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', t.cardLabel(f.text));
    const h = document.createElement('h2');
    const sev = document.createElement('span');
    sev.className = `sev sev--${f.severity}`;
    sev.textContent = t.severity[f.severity];
    h.append(sev, document.createTextNode(f.start === f.end ? t.kind[f.kind] : `「${f.text}」`));
    const where = document.createElement('p');
    where.className = 'kind';
    // The field the word is in, by name: never 「标题中」 for a word in the details.
    where.textContent = t.where(this.actions.fieldLabel(item.fieldIndex) || t.field[f.field], t.kind[f.kind]);
    const reason = document.createElement('p');
    reason.textContent = f.reason;
    card.append(h, where, reason);
    for (const a of f.advice) {
      const tip = document.createElement('p');
      tip.className = 'advice';
      tip.textContent = t.advice(a);
      card.append(tip);
    }
    if (f.start !== f.end) {
      const fixes = document.createElement('div');
      fixes.className = 'row';
      for (const s of f.replacements.slice(0, 4)) fixes.append(this.button(t.replaceWith(s), 'fix', () => this.actions.fix(itemKey, s)));
      if (f.deletable) fixes.append(this.button(t.deleteWord, 'fix', () => this.actions.fix(itemKey, '')));
      const more = document.createElement('div');
      more.className = 'row';
      more.append(this.button(this.actions.ignoreLabel(), '', () => this.actions.ignore(itemKey)), this.button(t.allowAlways, '', () => this.actions.allow(itemKey)));
      if (fixes.childElementCount) card.append(fixes);
      card.append(more);
    }
    const nav = document.createElement('div');
    nav.className = 'row nav';
    if (keys.length > 1) {
      nav.append(this.button(t.prev, '', () => this.openCard(keys, (index - 1 + keys.length) % keys.length, anchor, key, true, fieldIndex)));
      nav.append(document.createTextNode(t.of(index + 1, keys.length)));
      nav.append(this.button(t.next, '', () => this.openCard(keys, (index + 1) % keys.length, anchor, key, true, fieldIndex)));
    }
    nav.append(this.button(t.close, '', () => this.dismiss(true)));
    card.append(nav);
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.stopPropagation(); e.preventDefault(); this.dismiss(true); return; }
      if (e.key === 'Tab') {
        // Tab and Shift+Tab move between the card's actions and stay in the card.
        const buttons = Array.from(card.querySelectorAll('button'));
        if (buttons.length === 0) return;
        e.preventDefault();
        e.stopPropagation();
        const at = buttons.indexOf(this.root.activeElement as HTMLButtonElement);
        const next = e.shiftKey ? (at <= 0 ? buttons.length - 1 : at - 1) : (at + 1) % buttons.length;
        buttons[next]!.focus();
      }
    });
    card.style.left = '0px';
    card.style.top = '0px';
    this.layer.append(card);
    this.card = { el: card, key, fieldIndex: fieldIndex ?? item.fieldIndex, keys, index, anchor, focus };
    this.place(card, anchor);
    if (focus) card.querySelector('button')?.focus();
  }

  /** Flips above the word and shifts inside the window when there is no room (floating-ui). */
  private place(card: HTMLDivElement, anchor: DOMRect): void {
    const reference = { getBoundingClientRect: () => anchor };
    void computePosition(reference, card, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip({ padding: 4 }), shift({ padding: 4 })] })
      .then(({ x, y }) => { Object.assign(card.style, { left: `${x}px`, top: `${y}px` }); });
  }

  private dismiss(refocus: boolean): void {
    const c = this.card;
    if (!c) return;
    this.closeCard(false);
    this.actions.dismissed(c.key, c.fieldIndex, refocus);
  }

  private button(label: string, cls: string, onClick: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  closeCard(_why?: boolean): void {
    this.card?.el.remove();
    this.card = null;
  }

  /** Tells screen readers what changed, once per change (or always, for an action's result). */
  announce(text: string, always = false): void {
    if (text === this.lastAnnounced && !always) return;
    this.lastAnnounced = text;
    this.live.textContent = text;
  }

  destroy(): void {
    this.host.remove();
  }
}
