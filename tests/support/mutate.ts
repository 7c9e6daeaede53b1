import { prng } from './prng';

/**
 * Seeded mutations of a page, for the readers' fuzz suites. Every mutation either keeps what
 * the page means (split nodes, invisible characters, wrappers, decoys the reader must ignore) or
 * destroys a figure (garbage, removal); none changes a figure into another plausible one, so a
 * reader that returns a number other than the truth, or null, has read something it should not.
 */
export type Mutation =
  | 'split' | 'zero-width' | 'wrap-deep' | 'tooltip-decoy' | 'hidden-decoy' | 'delta-decoy' | 'remove'
  | 'garbage' | 'hostile' | 'rename' | 'huge-text' | 'deep-chain';

export const MUTATIONS: Mutation[] = ['split', 'zero-width', 'wrap-deep', 'tooltip-decoy', 'hidden-decoy', 'delta-decoy', 'remove', 'garbage', 'hostile', 'rename', 'huge-text', 'deep-chain'];

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '𝕏'.repeat(40), '😀'.repeat(30), 'A'.repeat(160), '=1+1', 'javascript:alert(1)', '\u202e反转文字'];
const GARBAGE = ['NaN', '4.6.2', '99999%', '-1.00分', 'undefined', '{{score}}', '12..3%'];

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

export function mutate(doc: Document, seed: number, count = 1, chainDepth = 3000): Mutation[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const main = doc.querySelector('main') ?? doc.body;
  const done: Mutation[] = [];
  let chainAt: Element | null = null;
  for (let n = 0; n < count; n++) {
    const kind = pick(MUTATIONS);
    const els = Array.from(main.querySelectorAll('*'));
    const texts = textNodes(main);
    if (els.length === 0 || texts.length === 0) break;
    const el = pick(els);
    const text = pick(texts);
    switch (kind) {
      case 'split': {
        if (text.data.length < 2) break;
        const at = 1 + Math.floor(rnd() * (text.data.length - 1));
        const rest = text.splitText(at);
        const b = doc.createElement(pick(['b', 'span', 'i']));
        rest.replaceWith(b);
        b.append(rest);
        break;
      }
      case 'zero-width': {
        const at = Math.floor(rnd() * (text.data.length + 1));
        text.data = text.data.slice(0, at) + pick(['\u2060', '\u200b', '\ufeff', '\u00ad']) + text.data.slice(at);
        break;
      }
      case 'wrap-deep': {
        let node: Element = el;
        for (let k = 0; k < 1 + Math.floor(rnd() * 30); k++) {
          const w = doc.createElement('div');
          node.replaceWith(w);
          w.append(node);
          node = w;
        }
        break;
      }
      case 'tooltip-decoy': el.insertAdjacentHTML('beforeend', '<div role="tooltip" class="ant-tooltip"><div class="ant-tooltip-inner">得分 1.11 指标值 99.9%</div></div>'); break;
      case 'hidden-decoy': el.insertAdjacentHTML('beforeend', pick(['<span style="display:none">1.11</span>', '<span hidden>2.22分</span>', '<span aria-hidden="true">3.33%</span>'])); break;
      case 'delta-decoy': el.insertAdjacentHTML('afterend', pick(['<span>较上周 +0.15</span>', '<span>同行均值 1.23</span>', '<span>目标 4.80分</span>'])); break;
      case 'remove': if (el !== main) el.remove(); break;
      case 'garbage': {
        if (!/\d/.test(text.data)) break;
        text.data = text.data.replace(/[+\-]?\d+(?:\.\d+)?%?/, pick(GARBAGE));
        break;
      }
      case 'hostile': el.insertAdjacentText(pick(['beforeend', 'afterbegin']) as InsertPosition, pick(HOSTILE)); break;
      case 'rename': {
        if (!/[\u4e00-\u9fff]{3,}/.test(text.data)) break;
        text.data = `新${text.data.trim()}`;
        break;
      }
      case 'huge-text': el.append(doc.createTextNode('长'.repeat(100_000))); break;
      case 'deep-chain': chainAt = el; break; // added last: querying a 3,000-deep tree overflows happy-dom's stack
    }
    done.push(kind);
  }
  if (chainAt) {
    let node = chainAt;
    for (let k = 0; k < chainDepth; k++) { const d = doc.createElement('div'); node.append(d); node = d; }
    node.textContent = '得分 1.11';
  }
  return done;
}
