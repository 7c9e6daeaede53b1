import { describe, expect, it } from 'vitest';
import { readNewMerchantPage } from '@/tests/support/readers';
import { newMerchantReadingSchema, type NewMerchantReading } from '@/lib/pages/kinds/new-merchant/reading';
import { PageIndex } from '@/lib/pages/kit/dom-index';
import { LAYOUTS } from '../../fixtures/zoo/new-merchant/layouts';
import { TRUTHS } from '../../fixtures/zoo/new-merchant/truth';
import { prng } from '../../support/prng';
import { fixtureDocument } from '../helpers';

/**
 * Seeded mutations of the 新商体验分 zoo pages (issue 10 item 8, issue 16): labels split over
 * nodes and zero-width characters, deep nesting, huge text, decoys, hostile strings, removed and
 * duplicated nodes. Whatever the page, a read never throws, always fits its schema, never shows a
 * number the page does not show, keeps scores in 0–5 and percents in 0–100, and never names
 * another shop.
 */
const CASES = 300;
const url = new URL('https://s.kwaixiaodian.com/zone/shop/newmerchant/score');
const HOSTILE = ['<img src=x onerror=alert(1)>', 'NaN分', '99999%', '-1', '4.6.2', 'undefined', '\u202e反转', '𠀀'.repeat(30), '%%', '１２３４５６７８９天', '+9.99分', '∞', '1e309', '--', '暂无数据', '0x1F', '${4.99}', '新商体验分新商体验分'];
const DECOYS = [
  '<div class="d"><span>较昨日</span> <span>+0.12分</span></div>',
  '<span>目标 4.80</span>',
  '<div role="tooltip" class="ant-tooltip"><div class="ant-tooltip-inner">新商体验分 4.99 开店天数 7天</div></div>',
  '<span>行业均值 3.21%</span>',
  '<span style="display:none">新商体验分 1.23</span>',
  '<div hidden><span>有效订单</span><span>77单</span></div>',
  '<div aria-hidden="true"><span>店铺ID：9999999</span></div>',
];

/** Mutations that change no figure the truth names. */
const BENIGN = new Set(['deep', 'huge', 'decoy', 'zeroWidth', 'duplicate']);

type Mutation = (doc: Document, rand: () => number) => void;
const pick = <T,>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim().length > 0) out.push(n as Text);
  return out;
}
function elements(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('main *, main'));
}

const MUTATIONS: Record<string, Mutation> = {
  /** 「新商<b>体验分</b>」, 「4」「.28」: a text node cut in two elements. */
  split(doc, rand) {
    const nodes = textNodes(doc).filter((t) => t.data.length >= 2);
    if (!nodes.length) return;
    const node = pick(rand, nodes);
    const at = 1 + Math.floor(rand() * (node.data.length - 1));
    const a = doc.createElement(pick(rand, ['span', 'b', 'i']));
    const b = doc.createElement('span');
    a.textContent = node.data.slice(0, at);
    b.textContent = node.data.slice(at);
    node.replaceWith(a, b);
  },
  zeroWidth(doc, rand) {
    const nodes = textNodes(doc).filter((t) => t.data.length >= 2);
    if (!nodes.length) return;
    const node = pick(rand, nodes);
    const at = 1 + Math.floor(rand() * (node.data.length - 1));
    node.data = node.data.slice(0, at) + pick(rand, ['\u200b', '\u2060', '\ufeff', '\u00ad']) + node.data.slice(at);
  },
  deep(doc, rand) {
    const el = pick(rand, elements(doc));
    if (!el?.parentNode) return;
    let outer: Element = el;
    const depth = 10 + Math.floor(rand() * 190);
    for (let i = 0; i < depth; i++) { const d = doc.createElement('div'); outer.replaceWith(d); d.append(outer); outer = d; }
  },
  huge(doc, rand) {
    const p = doc.createElement('p');
    const unit = pick(rand, ['新商体验分说明文字，', '开店天数与有效订单的统计口径每日更新。', '4.28 ', '任务说明 12/30 ']);
    p.textContent = unit.repeat(500 + Math.floor(rand() * 5000));
    pick(rand, elements(doc))?.append(p);
  },
  decoy(doc, rand) {
    const host = pick(rand, elements(doc));
    host?.insertAdjacentHTML(pick(rand, ['beforebegin', 'afterend', 'beforeend'] as const), pick(rand, DECOYS));
  },
  hostile(doc, rand) {
    const nodes = textNodes(doc);
    if (nodes.length) pick(rand, nodes).data = pick(rand, HOSTILE);
  },
  remove(doc, rand) {
    const el = pick(rand, elements(doc));
    if (el && el.tagName !== 'MAIN') el.remove();
  },
  duplicate(doc, rand) {
    const el = pick(rand, elements(doc));
    if (el && el.tagName !== 'MAIN') el.after(el.cloneNode(true));
  },
};

/** Every figure the page shows (visible text as the reader sees it, adjacent nodes joined). */
function numbersOnPage(doc: Document): Set<number> {
  const index = new PageIndex(doc);
  const out = new Set<number>();
  // Each node on its own, and adjacent nodes joined (a Statistic prints 4 and .28 apart).
  for (const sep of [' ', '']) {
    const text = index.runs.map((r) => r.text).join(sep).replace(/(\d),(?=\d{3})/g, '$1');
    for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(m[0]));
  }
  return out;
}

function numbersIn(r: NewMerchantReading): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const add = (name: string, v: number | null | undefined) => { if (typeof v === 'number') out.push([name, v]); };
  add('score', r.score);
  add('shopAgeDays', r.shopAgeDays);
  add('validOrders', r.validOrders);
  for (const t of r.tasks) { add(`${t.label}.current`, t.progress?.current); add(`${t.label}.target`, t.progress?.target); add(`${t.label}.bonus`, t.bonus); }
  for (const c of r.coreIndicators) { add(`${c.label}.value`, c.value); add(`${c.label}.score`, c.score); }
  return out;
}

describe('new-merchant fuzz: mutated zoo pages', () => {
  it(`reads ${CASES} seeded mutations without a throw, an invented number or a foreign shop`, async () => {
    const pages = Object.keys(LAYOUTS).flatMap((l) => Object.keys(TRUTHS).map((t) => ({ name: `zoo-new-merchant-${l}--${t}`, truth: TRUTHS[t]! })));
    const html = new Map<string, string>();
    for (const p of pages) html.set(p.name, (await fixtureDocument(p.name)).documentElement.outerHTML);
    const names = Object.keys(MUTATIONS);
    const counts = { reads: 0, throws: 0, schema: 0, invented: 0, outOfRange: 0, foreignShop: 0, scored: 0, benign: 0, decoysTaken: 0, unread: 0 };
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const rand = prng(seed);
      const page = pick(rand, pages);
      const doc = new DOMParser().parseFromString(html.get(page.name)!, 'text/html');
      const applied: string[] = [];
      const n = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < n; i++) { const m = pick(rand, names); applied.push(m); MUTATIONS[m]!(doc, rand); }
      const what = `seed ${seed} ${page.name} [${applied.join(',')}]`;
      let r: NewMerchantReading;
      try { r = readNewMerchantPage(doc, url); } catch (e) { counts.throws++; failures.push(`${what}: threw ${String(e)}`); continue; }
      counts.reads++;
      if (!newMerchantReadingSchema.safeParse(r).success) { counts.schema++; failures.push(`${what}: schema`); }
      if (r.score !== null) counts.scored++;
      const shown = numbersOnPage(doc);
      for (const [field, v] of numbersIn(r)) {
        if (!shown.has(v)) { counts.invented++; failures.push(`${what}: ${field}=${v} is not on the page`); }
      }
      const scores = [r.score, ...r.coreIndicators.map((c) => c.score)].filter((x): x is number => x !== null);
      const percents = r.coreIndicators.filter((c) => c.unit === 'percent').map((c) => c.value!);
      if (scores.some((s) => s < 0 || s > 5) || percents.some((p) => p < 0 || p > 100)) { counts.outOfRange++; failures.push(`${what}: out of range`); }
      // Mutations that leave every figure in place (decoys added, nesting, bulk, invisible characters, copies):
      // the reading must still be the truth's, never a decoy's.
      if (applied.every((m) => BENIGN.has(m))) {
        counts.benign++;
        const got = [r.score, r.shopAgeDays, r.validOrders];
        const want = [page.truth.score, page.truth.ageDays, page.truth.orders];
        if (got.some((v, i) => v !== null && v !== want[i])) { counts.decoysTaken++; failures.push(`${what}: read ${JSON.stringify(got)}, page shows ${JSON.stringify(want)}`); }
        // A figure left unread (a subtree cut at the depth budget) is said, never silent.
        if (got.some((v) => v === null)) {
          counts.unread++;
          if (r.status === 'ok') failures.push(`${what}: read ${JSON.stringify(got)} with status ok`);
        }
      }
      if (r.shop.id !== null && r.shop.id !== page.truth.shop.id) { counts.foreignShop++; failures.push(`${what}: shop ${r.shop.id}`); }
    }
    console.log(`new-merchant fuzz: ${CASES} mutated pages, ${counts.reads} reads (${counts.scored} with a score), ${counts.throws} throws, ${counts.schema} schema failures, ${counts.invented} numbers not on the page, ${counts.outOfRange} out of range, ${counts.foreignShop} foreign shops; of ${counts.benign} pages with only benign mutations, ${counts.decoysTaken} took a decoy and ${counts.unread} left a figure unread (said so)`);
    expect(failures).toEqual([]);
    expect(counts.reads).toBe(CASES);
  }, 120_000);
});
