/**
 * The text of a rich editor as the engine sees it, with a map back to DOM positions. Block
 * boundaries become '\n' so a word never spans two paragraphs; the editor's DOM is only read.
 */
export interface TextModel {
  text: string;
  /** DOM position of a text offset; `end` prefers the end of the previous text node. */
  locate(offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null;
  range(start: number, end: number): Range | null;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE']);

export function textModel(root: Element): TextModel {
  const segments: { node: Text; start: number }[] = [];
  let text = '';
  const newline = () => { if (text.length > 0 && !text.endsWith('\n')) text += '\n'; };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        if (t.data.length === 0) continue;
        segments.push({ node: t, start: text.length });
        text += t.data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') { text += '\n'; continue; }
        if (el.getAttribute('contenteditable') === 'false' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(root);

  const locate = (offset: number, bias: 'start' | 'end') => {
    let lo = 0;
    let hi = segments.length - 1;
    let best: { node: Text; offset: number } | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid]!;
      const segEnd = seg.start + seg.node.data.length;
      if (offset < seg.start || (bias === 'end' && offset === seg.start && mid > 0)) hi = mid - 1;
      else if (offset > segEnd || (bias === 'start' && offset === segEnd && mid < segments.length - 1)) lo = mid + 1;
      else { best = { node: seg.node, offset: offset - seg.start }; break; }
    }
    return best;
  };

  return {
    text,
    locate,
    range(start, end) {
      const a = locate(start, 'start');
      const b = locate(end, 'end');
      if (!a || !b) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
  };
}
