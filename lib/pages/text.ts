/**
 * Label folding: the back office mixes full- and half-width characters, stray spaces and
 * trailing colons around the same label. NFKC folds widths (（→(, ：→:), then spaces and
 * a trailing colon go.
 */
export function foldLabel(text: string): string {
  return text
    .replace(/[\sⓘ?？*]+$/, '') // info icons and required marks after a label (NFKC would turn ⓘ into i)
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
