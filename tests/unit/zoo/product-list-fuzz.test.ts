import { describe, expect, it } from 'vitest';
import { readProductListPage } from '@/tests/support/readers';
import { productListReadingSchema } from '@/lib/pages/kinds/product-list/reading';
import { zooPageNames } from '../../fixtures/zoo';
import { prng } from '../../support/prng';
import { fixtureDocument } from '../helpers';

/**
 * 300 seeded mutations of the product-list zoo pages: split text nodes, zero-width characters,
 * deep nesting, deleted and duplicated elements, garbage spans, hostile text, hidden and tooltip
 * ids. Every read must not throw, must pass its schema, and may only report ids the page shows
 * (never one that sits only in a hidden element or a tooltip). Time is the bench's business.
 */
const MUTATIONS = 300;
const BASE = 'https://s.kwaixiaodian.com/zone/goods/v1/list';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

/** Applies one mutation; returns ids planted where the merchant cannot see them. */
function mutate(doc: Document, r: Rand, hiddenIds: string[]): string {
  const els = Array.from(doc.body.querySelectorAll('*'));
  const el = pick(r, els);
  const texts = textNodes(doc);
  const text = texts.length ? pick(r, texts) : null;
  const kind = Math.floor(r() * 12);
  const plant = () => { const id = `2099${Math.floor(r() * 1e7).toString().padStart(7, '0')}`; hiddenIds.push(id); return id; };
  switch (kind) {
    case 0: { // split a text node into spans (「I」「D: 2026…」, 「全网」<b>「最低价」</b>)
      if (!text || text.data.length < 2) return 'noop';
      const at = 1 + Math.floor(r() * (text.data.length - 1));
      const span = doc.createElement(r() < 0.5 ? 'span' : 'b');
      span.textContent = text.data.slice(at);
      text.data = text.data.slice(0, at);
      text.after(span);
      return 'split';
    }
    case 1: if (text) text.data = text.data.replace(/(.)/u, `$1${pick(r, ['\u200b', '\u2060', '\ufeff', '\u00ad'])}`); return 'zero-width';
    case 2: { // a deep wrapper around an element
      let inner: Element = el;
      for (let d = 0; d < 40 + Math.floor(r() * 200); d++) { const w = doc.createElement('div'); inner.replaceWith(w); w.append(inner); inner = w; }
      return 'deep';
    }
    case 3: if (el !== doc.body) el.remove(); return 'delete';
    case 4: if (el !== doc.body) el.after(el.cloneNode(true)); return 'duplicate';
    case 5: el.setAttribute(pick(r, ['rowspan', 'colspan', 'aria-rowspan']), pick(r, ['0', '-1', 'abc', '99999', '2.5'])); return 'garbage-span';
    case 6: if (text) text.data = pick(r, ['--', '暂无数据', '', 'ID:', 'ID: ', '共 abc 条', '编辑']); return 'empty';
    case 7: { // hostile text, as text
      const t = doc.createElement('div');
      t.textContent = pick(r, ['<img src=x onerror=alert(1)>', '长'.repeat(3000), '🍯🐝'.repeat(50), 'ID: ', '商品ID：', '<script>alert(1)</script>ID: 12']);
      el.append(t);
      return 'hostile';
    }
    case 8: { // an id in a tooltip
      const tip = doc.createElement('div');
      tip.setAttribute('role', 'tooltip');
      tip.className = 'ant-tooltip';
      tip.textContent = `ID: ${plant()}`;
      el.append(tip);
      return 'tooltip-id';
    }
    case 9: { // an id in a hidden element, with an 编辑 link beside it
      const box = doc.createElement('div');
      const [attr, value] = pick(r, [['hidden', ''], ['aria-hidden', 'true'], ['style', 'display:none'], ['style', 'visibility: hidden']] as const);
      box.setAttribute(attr, value);
      box.innerHTML = `<span>隐藏商品</span><span>ID: ${plant()}</span><a href="/edit">编辑</a>`;
      el.append(box);
      return 'hidden-id';
    }
    case 10: el.setAttribute('aria-hidden', 'true'); return 'hide';
    case 11: { const p = el.parentElement; if (p && p !== doc.documentElement) { const kids = Array.from(p.children); for (const k of kids.reverse()) p.append(k); } return 'shuffle'; }
  }
  return 'noop';
}

/** The body's text without hidden elements and tooltips (hidden tab panes stay: they are the page's). */
function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(body.querySelectorAll('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="visibility: hidden"], [role="tooltip"], .ant-tooltip, script, style, template'))) {
    if (el.getAttribute('role') !== 'tabpanel') el.remove();
  }
  return body.textContent ?? '';
}

describe('product-list fuzz: mutated zoo pages', () => {
  it(`${MUTATIONS} seeded mutations: no throw, schema-valid, no id that is not on the page`, async () => {
    const names = zooPageNames('product-list');
    expect(names.length).toBeGreaterThanOrEqual(10);
    const r = prng(20261202);
    let reads = 0;
    let throws = 0;
    let invalid = 0;
    let invented = 0;
    let decoysTaken = 0;
    let rows = 0;
    const kinds = new Map<string, number>();
    for (let n = 0; n < MUTATIONS; n++) {
      const doc = await fixtureDocument(pick(r, names));
      const hiddenIds: string[] = [];
      const count = 1 + Math.floor(r() * 4);
      for (let k = 0; k < count; k++) { const kind = mutate(doc, r, hiddenIds); kinds.set(kind, (kinds.get(kind) ?? 0) + 1); }
      let reading;
      try { reading = readProductListPage(doc, { base: BASE }).reading; } catch { throws++; continue; }
      reads++;
      if (!productListReadingSchema.safeParse(reading).success) invalid++;
      // Visible text as the merchant sees it, widths folded and invisible characters gone.
      const shown = visibleText(doc).normalize('NFKC').replace(/[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g, '');
      for (const row of reading.rows) {
        rows++;
        if (!shown.includes(row.id)) invented++;
        if (hiddenIds.includes(row.id)) decoysTaken++;
      }
    }
    console.log(`product-list fuzz: ${MUTATIONS} mutated pages, ${reads} reads, ${rows} rows, ${throws} throws, ${invalid} schema failures, ${invented} ids not on the page, ${decoysTaken} hidden or tooltip ids taken; mutations ${JSON.stringify(Object.fromEntries(kinds))}`);
    expect(throws).toBe(0);
    expect(invalid).toBe(0);
    expect(invented).toBe(0);
    expect(decoysTaken).toBe(0);
    expect(rows).toBeGreaterThan(0);
  }, 120_000);
});
