import { F, type PageIndex } from './dom-index';

/** Sorted element indices, for "does this subtree hold one of them" in O(log n). */
export class ElementSet {
  private readonly sorted: number[];
  constructor(items: Iterable<number>) { this.sorted = [...new Set(items)].filter((i) => i >= 0).sort((a, b) => a - b); }
  get list(): readonly number[] { return this.sorted; }
  /** Any member in [from, to) other than those inside [exceptFrom, exceptTo)? */
  anyIn(from: number, to: number, exceptFrom = -1, exceptTo = -1): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.sorted[mid]! < from) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < this.sorted.length && this.sorted[k]! < to; k++) {
      const x = this.sorted[k]!;
      if (x >= exceptFrom && x < exceptTo) continue;
      return true;
    }
    return false;
  }
}

export interface CardLimits { maxUp: number; maxElements: number; maxText: number }
export const CARD_LIMITS: CardLimits = { maxUp: 8, maxElements: 400, maxText: 1500 };

/**
 * The card a label belongs to: climb while the ancestor holds no competing label (another
 * dimension, another indicator) and stays small. A stray label never claims the whole page, and a
 * section that holds other labels is never one label's card.
 */
export function cardOf(index: PageIndex, label: number, competitors: ElementSet, limits: CardLimits = CARD_LIMITS): number {
  let card = label;
  for (let p = index.parent[label]!, k = 0; p >= 0 && k < limits.maxUp; p = index.parent[p]!, k++) {
    if (competitors.anyIn(p, index.end[p]!, label, index.end[label]!)) break;
    if (index.end[p]! - p > limits.maxElements || index.textLength(p) > limits.maxText) break;
    if (index.has(p, F.CHROME)) break;
    card = p;
  }
  return card;
}

/** The pane a tab controls: by aria-controls, else by position among the panes next to its tab list. */
export function panelOfTab(index: PageIndex, tab: number): number {
  const tabEl = index.els[tab]!;
  const controls = tabEl.getAttribute('aria-controls') ?? tabEl.querySelector('[aria-controls]')?.getAttribute('aria-controls') ?? null;
  if (controls) {
    const doc = tabEl.ownerDocument;
    const pane = doc?.getElementById(controls);
    if (pane) return index.indexOf(pane);
    return -2; // named but not rendered
  }
  // Climb to the element holding both the tabs and the panes.
  for (let p = index.parent[tab]!, k = 0; p >= 0 && k < 8; p = index.parent[p]!, k++) {
    const tabs: number[] = [];
    const panes: number[] = [];
    for (let i = p + 1; i < index.end[p]!; i++) {
      if (index.has(i, F.TAB) && index.closest(index.parent[i]!, F.TAB, 8) < 0) tabs.push(i);
      if (index.has(i, F.PANEL) && index.closest(index.parent[i]!, F.PANEL, 16) < 0) panes.push(i);
    }
    if (panes.length === 0) continue;
    const at = tabs.findIndex((t) => t === tab || index.contains(t, tab));
    if (at < 0) return -1;
    if (panes.length === tabs.length) return panes[at]!;
    // Only the active pane is rendered: it belongs to the selected tab.
    if (panes.length === 1) return index.els[tabs[at]!]!.getAttribute('aria-selected') === 'true' || /active/.test(index.els[tabs[at]!]!.getAttribute('class') ?? '') ? panes[0]! : -2;
    return -1;
  }
  return -1;
}

/**
 * Repeated items inside an area (list items, cards, rows of a flex list): the element with the
 * most children that each pass `isItem`, at least two. Used for partner lists and task lists.
 */
export function repeatedItems(index: PageIndex, area: number, isItem: (el: number) => boolean, maxScan = 4000): number[] {
  let best: number[] = [];
  for (let i = area; i < index.end[area]! && i < area + maxScan; i++) {
    const kids = index.children(i);
    if (kids.length < 2 || kids.length <= best.length) continue;
    const items = kids.filter(isItem);
    if (items.length >= 2 && items.length > best.length) best = items;
  }
  return best;
}
