// Bundled by bench/readers.ts and run inside a Chromium page: the score reader as the content
// script runs it, timed with performance.now() on the page's own main thread.
import { readScorePage } from '../lib/pages/kinds/score/reader';
import { DEFAULT_RULES } from '../lib/rules';
import { isRendered } from '../lib/features/visibility';
import { mutate } from '../tests/support/mutate';

function time(fn: () => void, rounds: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < rounds; k++) { const t = performance.now(); fn(); out.push(performance.now() - t); }
  return out;
}

(globalThis as unknown as Record<string, unknown>).__bench = {
  read(rounds: number) {
    const url = new URL(location.href);
    let status = '';
    const times = time(() => { status = readScorePage(document, url, DEFAULT_RULES, { isVisible: isRendered }).status; }, rounds);
    // Baseline in the same page: one plain walk of every element's text.
    const base = time(() => { let n = 0; for (const el of Array.from(document.querySelectorAll('*'))) n += (el.firstChild?.nodeValue ?? '').length; return n; }, rounds);
    return { times, base, status, elements: document.querySelectorAll('*').length };
  },
  // Chromium's own renderer crashes on a page nested a few thousand deep, so the browser set nests 1,500 at most.
  mutate(seed: number) { return mutate(document, seed, 1 + (seed % 3), 1500); },
  grow(kind: 'wide' | 'deep' | 'text', n: number) {
    const main = document.querySelector('main') ?? document.body;
    if (kind === 'wide') { const box = document.createElement('div'); for (let k = 0; document.querySelectorAll('*').length + 3 * k < n; k++) { const d = document.createElement('div'); d.innerHTML = `<span>商品</span><span>${k}</span>`; box.append(d); } main.append(box); }
    if (kind === 'deep') { let node: Element = main; for (let k = 0; k < n; k++) { const d = document.createElement('div'); node.append(d); node = d; } node.textContent = '得分 1.11'; }
    if (kind === 'text') main.append(document.createTextNode('长'.repeat(n)));
  },
};
