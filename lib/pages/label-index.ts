import { CHROME } from './evidence';
import { foldLabel, textOf } from './text';

const MAX_LABEL_CHARS = 40;

/**
 * Index of short visible texts → the smallest elements that carry exactly that text.
 * Built once per read so looking up a hundred aliases stays one DOM walk.
 */
export class LabelIndex {
  private readonly byText = new Map<string, Element[]>();

  constructor(root: ParentNode) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const raw = el.textContent ?? '';
      if (raw.length === 0 || raw.length > MAX_LABEL_CHARS * 3) continue;
      const text = textOf(el);
      if (text.length === 0 || text.length > MAX_LABEL_CHARS) continue;
      if (el.closest(CHROME)) continue;
      // Smallest element only: a child with the same text is the label, not this wrapper.
      const folded = foldLabel(text);
      if (Array.from(el.children).some((c) => foldLabel(textOf(c)) === folded)) continue;
      this.add(folded, el);
      // 「3分钟回复率（近30天）」 and 「商品体验 ⓘ」 still name the indicator.
      const bare = folded.replace(/\([^)]*\)$/, '');
      if (bare !== folded && bare.length > 0) this.add(bare, el);
    }
  }

  private add(key: string, el: Element): void {
    const list = this.byText.get(key);
    if (list) {
      if (!list.includes(el)) list.push(el);
    } else this.byText.set(key, [el]);
  }

  /** Elements labelled by any of the aliases, in document order. */
  find(aliases: readonly string[]): Element[] {
    const out: Element[] = [];
    for (const alias of aliases) for (const el of this.byText.get(foldLabel(alias)) ?? []) if (!out.includes(el)) out.push(el);
    return out.sort(byDocumentOrder);
  }
}

export function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

/**
 * The card a label belongs to: climb while the ancestor holds no competing label
 * (another dimension, another indicator). Bounded so a stray label never claims the page.
 */
export function cardOf(label: Element, competitors: readonly Element[], maxDepth = 8): Element {
  let card: Element = label;
  let node = label.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (competitors.some((c) => c !== label && !label.contains(c) && node!.contains(c))) break;
    card = node;
  }
  return card;
}
