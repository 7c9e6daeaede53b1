// Text folding lives in kit/fold.ts, the one way every reader compares page text.
export { foldLabel } from './kit/fold';

/** Visible text of an element, whitespace collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
