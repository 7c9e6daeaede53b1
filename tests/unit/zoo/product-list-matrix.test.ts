import { describe, expect, it } from 'vitest';
import { productListUrlHint, isProductListPage } from '@/lib/pages/kinds/product-list/page';
import { readProductList } from '@/lib/pages/kinds/product-list/reader';
import { readProductListPage } from '@/tests/support/readers';
import { productListReadingSchema, type ProductListReading } from '@/lib/pages/kinds/product-list/reading';
import { LAYOUTS, TAB_LAYOUTS } from '../../fixtures/zoo/product-list/layouts';
import { TRUTHS, editPath, type ListTruth } from '../../fixtures/zoo/product-list/truth';
import { fixtureDocument } from '../helpers';

const BASE = 'https://s.kwaixiaodian.com/zone/goods/v1/list';

/** Every field of the truth against the reading: [field, expected, read]. */
export function compareList(truth: ListTruth, r: ProductListReading, opts: { tabs: boolean }): Array<[string, unknown, unknown]> {
  const rows: Array<[string, unknown, unknown]> = [];
  const order = opts.tabs ? [...truth.products.filter((p) => p.tab === '在售'), ...truth.products.filter((p) => p.tab === '仓库中')] : truth.products;
  rows.push(['order', order.map((p) => p.id), r.rows.map((x) => x.id)]);
  rows.push(['total', truth.total, r.total]);
  for (const p of truth.products) {
    const got = r.rows.find((x) => x.id === p.id);
    rows.push([`${p.id}.present`, true, !!got]);
    if (!got) continue;
    rows.push([`${p.id}.title`, p.title, got.title]);
    rows.push([`${p.id}.status`, p.status, got.status]);
    rows.push([`${p.id}.editUrl`, p.editable ? new URL(editPath(p.id), BASE).href : null, got.editUrl]);
    rows.push([`${p.id}.tab`, opts.tabs ? p.tab : null, got.tab]);
    rows.push([`${p.id}.onScreen`, opts.tabs ? p.tab === '在售' : true, got.onScreen]);
  }
  // Nothing but the truth: no decoy from the 推荐商品 card, no id the truth does not have.
  const known = new Set(truth.products.map((p) => p.id));
  rows.push(['extra rows', [], r.rows.filter((x) => !known.has(x.id)).map((x) => x.id)]);
  return rows;
}

const mismatches = (rows: Array<[string, unknown, unknown]>) => rows.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));

describe('product-list layout zoo: every layout reads to its truth', () => {
  let right = 0;
  let total = 0;
  const layouts = Object.keys(LAYOUTS);
  it('has at least five layouts and two truths', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(TRUTHS).length).toBeGreaterThanOrEqual(2);
  });
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of layouts) {
      it(`${layout} / ${truthName}`, async () => {
        const doc = await fixtureDocument(`zoo-product-list-${layout}--${truthName}`);
        const { reading, items, table } = readProductListPage(doc, { base: BASE });
        expect(productListReadingSchema.safeParse(reading).success).toBe(true);
        const rows = compareList(truth, reading, { tabs: TAB_LAYOUTS.includes(layout) });
        right += rows.length - mismatches(rows).length;
        total += rows.length;
        expect(mismatches(rows)).toEqual([]);
        expect(reading.problems).toEqual([]);
        expect(reading.status).toBe('ok');
        // The page is recognised by its content alone, and the old API sees the same rows.
        expect(table).not.toBeNull();
        expect(isProductListPage(new URL('https://s.kwaixiaodian.com/zone/home'), doc)).toBe(true);
        expect(readProductList(doc, BASE).map((x) => x.id)).toEqual(reading.rows.map((x) => x.id));
        // Markers are drawn beside the title element: it holds the title and nothing of the ID line.
        for (const item of items) {
          expect(item.titleEl.textContent!.replace(/\s+/g, ' ')).toContain(item.reading.title.slice(0, 20));
          expect(item.row.contains(item.titleEl)).toBe(true);
        }
        for (const d of truth.decoys) expect(reading.rows.some((x) => x.id === d.id || x.title === d.title)).toBe(false);
      });
    }
  }
  it('prints the matrix figure', () => {
    console.log(`product-list zoo matrix: ${right}/${total} fields read right over ${Object.keys(TRUTHS).length * layouts.length} pages`);
    expect(total).toBeGreaterThan(0);
  });
});

describe('product-list page detector', () => {
  it('knows the routes and never throws on a malformed path', () => {
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/v1/list'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/shop/itemManager'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/%E4%B8/list'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/order/list'))).toBe(false);
  });
});
