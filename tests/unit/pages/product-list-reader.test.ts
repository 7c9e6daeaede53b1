import { describe, expect, it } from 'vitest';
import data from '../../fixtures/product-list-data.json';
import type { Finding } from '@/lib/compliance/finding';
import { rowsKey, summariseFindings } from '@/lib/features/product-list';
import { editorMessages } from '@/lib/i18n/editor';
import { chooseSlot, createRowMarkerLayer, markerLabel, markerText, type Line } from '@/lib/overlay/row-markers';
import { findProductTable, isProductListPage, productListUrlHint, readProductList } from '@/lib/pages/product-list-reader';
import { fixtureDocument, htmlDocument } from '../helpers';

const BASE = 'http://s.kwaixiaodian.com/zone/goods/v1/list';
const listUrl = new URL(BASE);
const otherUrl = new URL('http://s.kwaixiaodian.com/zone/home');
const COLUMNS = ['商品信息', '诊断结果', '单价', '总库存', '销量', '创建时间', '商品状态', '操作'];

interface Item { id: string; page: number; title: string; shortTitle?: string; price: number; stock: number; sales: number; createdAt: string; status: string; diagnosis: string | null }

type Child = Node | string | null;
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/**
 * The demo list's table as its script renders it (Row / GoodsInfo / Pagination in
 * tests/fixtures/app/product-list.js), built statically because unit tests run no page
 * script. The real rendering is covered by tests/e2e/product-list.e2e.test.ts.
 */
function renderDemoTable(doc: Document, items: readonly Item[]): HTMLElement {
  const h = (tag: string, attrs: Record<string, string>, ...children: Child[]) => el(doc, tag, attrs, ...children);
  const row = (item: Item) => h('tr', { class: 'ant-table-row ant-table-row-level-0', 'data-row-key': item.id },
    h('td', { class: 'ant-table-cell' },
      h('div', { class: 'goods-info__R4nq2' },
        h('div', { class: 'thumb__b7Xw1', 'aria-hidden': 'true' }, (item.shortTitle || item.title).slice(0, 2)),
        h('div', { class: 'meta__T0pe3' },
          h('div', { class: 'title__Qm2x8', title: item.title }, item.title),
          h('div', { class: 'id__Hk3d1' }, `ID: ${item.id}`)))),
    h('td', { class: 'ant-table-cell' }, item.diagnosis ? h('span', { class: 'diagnosis__Zr51c' }, item.diagnosis) : h('span', { class: 'empty__n2' }, '—')),
    h('td', { class: 'ant-table-cell' }, `¥${item.price.toFixed(2)}`),
    h('td', { class: 'ant-table-cell' }, String(item.stock)),
    h('td', { class: 'ant-table-cell' }, String(item.sales)),
    h('td', { class: 'ant-table-cell created__F3q' }, h('div', {}, item.createdAt.slice(0, 10)), h('div', { class: 'time__w8' }, item.createdAt.slice(11))),
    h('td', { class: 'ant-table-cell' }, h('span', { class: 'ant-badge-status' }, h('span', { class: 'ant-badge-status-dot' }), h('span', { class: 'ant-badge-status-text' }, item.status))),
    h('td', { class: 'ant-table-cell actions__Ya6' },
      h('a', { href: `/zone/goods/config/release/detail?itemId=${item.id}` }, '编辑'),
      h('button', { type: 'button', class: 'ant-btn-link' }, '免审编辑'),
      h('button', { type: 'button', class: 'ant-btn-link' }, item.status === '在售' ? '下架' : '上架')));
  const body = items.length > 0 ? items.map(row) : [h('tr', { class: 'ant-table-placeholder' }, h('td', { class: 'ant-table-cell', colspan: String(COLUMNS.length) }, h('div', { class: 'ant-empty' }, '加载中…')))];
  return h('div', { class: 'goods-list__P9mWd' },
    h('div', { class: 'list-header__E2s' }, h('h1', {}, '商品列表'), h('a', { class: 'ant-btn ant-btn-primary', href: '/zone/goods/nexus/self/release/add' }, '发布商品')),
    h('section', { class: 'ant-card table-card__Uu2' },
      h('div', { class: 'ant-tabs-nav', role: 'tablist', 'aria-label': '商品状态' }, h('button', { role: 'tab', 'aria-selected': 'true' }, `全部(${data.items.length})`)),
      h('div', { class: 'ant-table-wrapper' }, h('div', { class: 'ant-table' }, h('div', { class: 'ant-table-container' }, h('div', { class: 'ant-table-content' },
        h('table', { class: 'goods-table__Wq1' },
          h('thead', { class: 'ant-table-thead' }, h('tr', {}, ...COLUMNS.map((c) => h('th', { class: 'ant-table-cell', scope: 'col' }, c)))),
          h('tbody', { class: 'ant-table-tbody' }, ...body)))))),
      h('ul', { class: 'ant-pagination' }, h('li', {}, `共 ${data.items.length} 条`), h('li', {}, h('button', { type: 'button' }, '下一页')))));
}

async function demoList(page: number): Promise<Document> {
  const doc = await fixtureDocument('product-list');
  const items = (data.items as Item[]).filter((it) => it.page === page);
  doc.getElementById('goods-list-root')!.replaceChildren(renderDemoTable(doc, items));
  return doc;
}

describe('readProductList on the demo product list', async () => {
  const doc = await demoList(1);
  const rows = readProductList(doc, BASE);
  const page1 = (data.items as Item[]).filter((it) => it.page === 1);

  it('reads every row on screen with its id, title and absolute edit link', () => {
    expect(rows.map((r) => r.id)).toEqual(page1.map((it) => it.id));
    expect(rows.map((r) => r.title)).toEqual(page1.map((it) => it.title));
    for (const r of rows) expect(r.editUrl).toBe(`http://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=${r.id}`);
  });

  it('points at the title element and the row, not the thumbnail, the ID line or the diagnosis', () => {
    const first = rows[0]!;
    expect(first.titleEl.textContent).toBe('全网最低价 纯棉T恤 男士短袖');
    expect(first.titleEl.getAttribute('class')).toBe('title__Qm2x8');
    expect(first.row.getAttribute('data-row-key')).toBe('20261121001');
    expect(rows.some((r) => /ID|影响|缺少|主图/.test(r.title))).toBe(false);
  });

  it('finds the table by its headers and recognises the page', () => {
    expect(findProductTable(doc)?.infoColumn).toBe(0);
    expect(findProductTable(doc)?.actionsColumn).toBe(7);
    expect(isProductListPage(listUrl, doc)).toBe(true);
    expect(isProductListPage(otherUrl, doc)).toBe(true); // header evidence alone
  });

  it('reads page 2 the same way', async () => {
    const rows2 = readProductList(await demoList(2), BASE);
    expect(rows2.map((r) => r.id)).toEqual((data.items as Item[]).filter((it) => it.page === 2).map((it) => it.id));
  });

  it('takes the document URL as the base for relative edit links when none is given', () => {
    const withBase = new DOMParser().parseFromString(`<!doctype html><html><head><base href="${BASE}"></head><body>${doc.body.innerHTML}</body></html>`, 'text/html');
    expect(readProductList(withBase)[0]?.editUrl).toBe('http://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=20261121001');
  });
});

describe('readProductList on pages without the product table', () => {
  it('returns [] for the unrendered list (the spinner), a score page and an empty document', async () => {
    const raw = await fixtureDocument('product-list');
    expect(readProductList(raw, BASE)).toEqual([]);
    expect(isProductListPage(otherUrl, raw)).toBe(false);
    expect(isProductListPage(listUrl, raw)).toBe(true); // the route says so; rows come later
    const score = await fixtureDocument('score-five');
    expect(readProductList(score, BASE)).toEqual([]);
    expect(isProductListPage(new URL('http://s.kwaixiaodian.com/zone/cultivation/star/shop/star/class'), score)).toBe(false);
    expect(readProductList(htmlDocument(''), BASE)).toEqual([]);
  });

  it('returns [] while the table shows its loading row', async () => {
    const doc = await fixtureDocument('product-list');
    doc.getElementById('goods-list-root')!.replaceChildren(renderDemoTable(doc, []));
    expect(findProductTable(doc)).not.toBeNull();
    expect(readProductList(doc, BASE)).toEqual([]);
  });

  it('ignores a table with 商品信息 but no confirming column, and an order table', () => {
    const doc = htmlDocument(`
      <table><thead><tr><th>商品信息</th><th>备注</th></tr></thead><tbody><tr><td>全网最低价 T恤<div>ID: 123456</div></td><td>x</td></tr></tbody></table>
      <table><thead><tr><th>订单号</th><th>商品</th><th>操作</th></tr></thead><tbody><tr><td>ID: 998877</td><td>全网最低价</td><td><a href="/x">编辑</a></td></tr></tbody></table>`);
    expect(findProductTable(doc)).toBeNull();
    expect(readProductList(doc, BASE)).toEqual([]);
  });

  it('knows the list routes', () => {
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/v1/list'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/list'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/shop/itemManager'))).toBe(true);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/order/list'))).toBe(false);
    expect(productListUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=1'))).toBe(false);
  });
});

describe('readProductList on other layouts and hostile content', () => {
  const head = '<thead><tr><th><input type="checkbox" aria-label="全选"></th><th>商品信息 ⓘ</th><th>单价</th><th>操作</th></tr></thead>';

  it('handles a selection column, full-width labels, a tag before the title, highlights and a copy button', () => {
    const doc = htmlDocument(`<table>${head.replace('商品信息 ⓘ', '商品信息：')}<tbody>
      <tr><td><input type="checkbox"></td>
        <td><img alt="主图" src="x.png"><div><span class="tag">新品</span><a href="/zone/goods/detail?id=1">顶级 <em>野生</em>蜂蜜 农家自产</a></div>
            <div>ID：20261007395 <button type="button">复制</button></div><div class="diag">缺少商品视频</div></td>
        <td>¥59.00</td><td><a href="/zone/goods/config/release/detail?itemId=20261007395">编 辑</a></td></tr>
    </tbody></table>`);
    const [row, ...rest] = readProductList(doc, BASE);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ id: '20261007395', title: '顶级 野生蜂蜜 农家自产', editUrl: 'http://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=20261007395' });
    expect(row!.titleEl.tagName).toBe('A');
  });

  it('reads a title and ID that are bare text in the cell', () => {
    const doc = htmlDocument(`<table>${head}<tbody><tr><td></td><td>绝对有效 祛痘面霜<br>ID: 20261118764</td><td>¥69</td><td><a href="https://s.kwaixiaodian.com/e?itemId=20261118764">编辑</a></td></tr></tbody></table>`);
    expect(readProductList(doc, BASE)).toMatchObject([{ id: '20261118764', title: '绝对有效 祛痘面霜', editUrl: 'https://s.kwaixiaodian.com/e?itemId=20261118764' }]);
  });

  it('reads antd\'s split layout: the header in one table, the rows in another', () => {
    const doc = htmlDocument(`<div class="ant-table-container">
      <div class="ant-table-header"><table><thead><tr><th>商品信息</th><th>商品状态</th><th>操作</th></tr></thead></table></div>
      <div class="ant-table-body"><table><tbody>
        <tr aria-hidden="true" class="ant-table-measure-row"><td></td><td></td><td></td></tr>
        <tr><td><div>第一品牌 有机大米5kg</div><div>ID: 20261113870</div></td><td>在售</td><td><a href="/edit?itemId=20261113870">编辑</a></td></tr>
      </tbody></table></div></div>`);
    expect(readProductList(doc, BASE)).toMatchObject([{ id: '20261113870', title: '第一品牌 有机大米5kg', editUrl: 'http://s.kwaixiaodian.com/edit?itemId=20261113870' }]);
  });

  it('keeps hostile titles as text, refuses script links, skips rows without an ID and never throws', () => {
    const doc = htmlDocument(`<table>${head}<tbody>
      <tr><td></td><td><div class="t"></div><div>ID: 20261121001</div></td><td>1</td><td><a href="javascript:alert(1)">编辑</a> <a href="/free">免审编辑</a></td></tr>
      <tr><td></td><td><div>没有编号的商品</div></td><td>1</td><td><a href="/e">编辑</a></td></tr>
      <tr><td colspan="4">暂无数据</td></tr>
      <tr><td></td><td><div>重复</div><div>ID: 20261121001</div></td><td>1</td><td></td></tr>
      <tr><td></td><td><div>嵌套<table><thead><tr><th>商品信息</th><th>操作</th></tr></thead><tbody><tr><td>内层<div>ID: 555555</div></td><td></td></tr></tbody></table></div><div>ID: 20261120583</div></td><td>1</td><td><a href="http://[bad">编辑</a></td></tr>
      <tr><td></td></tr>
    </tbody></table>`);
    const hostile = '<img src=x onerror=alert(1)>全网最低价<script>alert(2)</script>';
    doc.querySelector('.t')!.textContent = hostile;
    const rows = readProductList(doc, BASE);
    expect(rows.map((r) => r.id)).toEqual(['20261121001', '20261120583']);
    expect(rows[0]).toMatchObject({ title: hostile, editUrl: null });
    expect(rows[1]!.editUrl).toBeNull();
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('caps a huge title and survives garbage roots', () => {
    const long = '长'.repeat(2000);
    const doc = htmlDocument(`<table>${head}<tbody><tr><td></td><td><div>${long}</div><div>ID: 123456</div></td><td>1</td><td></td></tr></tbody></table>`);
    expect(readProductList(doc, BASE)[0]?.title).toHaveLength(500);
    expect(readProductList(doc.createDocumentFragment(), BASE)).toEqual([]);
    expect(readProductList({ querySelectorAll: () => { throw new Error('boom'); } } as unknown as ParentNode, BASE)).toEqual([]);
    expect(isProductListPage(otherUrl, { querySelectorAll: () => { throw new Error('boom'); } } as unknown as ParentNode)).toBe(false);
  });
});

const finding = (over: Partial<Finding>): Finding => ({ start: 0, end: 2, field: 'title', text: '顶级', ruleId: 'word/absolute', kind: 'absolute', severity: 'medium', reason: '', replacements: [], advice: [], ...over });

describe('row summaries and markers', () => {
  it('counts findings and picks the most severe, the first by position on ties', () => {
    expect(summariseFindings([])).toBeNull();
    expect(summariseFindings([finding({ start: 5, end: 7, text: '减肥', severity: 'medium' }), finding({ start: 8, end: 11, text: '降血压', severity: 'high' }), finding({ start: 0, end: 2, text: '顶级', severity: 'high' })]))
      .toEqual({ count: 3, worst: '顶级', severity: 'high' });
    expect(rowsKey([{ id: '1', title: 'a' }])).not.toBe(rowsKey([{ id: '1', title: 'b' }]));
  });

  it('writes text readable without colour and an accessible name', () => {
    const m = { title: '全网最低价 纯棉T恤 男士短袖 夏季新款', count: 2, worst: '全网最低价', severity: 'high' as const };
    expect(markerText(m)).toBe('⚠ 2 · 全网最低价');
    expect(markerLabel(m)).toBe('全网最低价 纯棉T恤 男士短袖…：2 处违禁词，最严重：全网最低价（高风险）');
    expect(markerLabel(m, editorMessages('en'))).toBe('全网最低价 纯棉T恤 男士短袖…: 2 banned words, worst: 全网最低价 (High risk)');
  });

  it('draws into one open shadow root outside the page\'s table, text only, and clears on abort', async () => {
    const doc = await demoList(1);
    const rows = readProductList(doc, BASE);
    const controller = new AbortController();
    const layer = createRowMarkerLayer(doc, controller.signal);
    const tableBefore = doc.querySelector('table')!.outerHTML;
    const hostile = '<img src=x onerror=alert(1)>';
    layer.update([
      { id: rows[0]!.id, title: hostile, count: 1, worst: hostile, severity: 'high', row: rows[0]!.row, titleEl: rows[0]!.titleEl },
      { id: rows[2]!.id, title: rows[2]!.title, count: 1, worst: '绝对有效', severity: 'low', row: rows[2]!.row, titleEl: rows[2]!.titleEl },
    ]);
    const hosts = Array.from(doc.documentElement.children).filter((c) => c.shadowRoot);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(doc.documentElement);
    expect((hosts[0] as HTMLElement).style.getPropertyValue('pointer-events')).toBe('none');
    const list = hosts[0]!.shadowRoot!.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).toBe('违禁词提示');
    const items = Array.from(list.querySelectorAll('[role="listitem"]'));
    expect(items.map((i) => i.getAttribute('data-item-id'))).toEqual(['20261121001', '20261118764']);
    expect(items[0]!.textContent).toBe(`⚠ 1 · ${hostile.slice(0, 12)}…`);
    expect(hosts[0]!.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
    expect(items[1]!.getAttribute('aria-label')).toBe('绝对有效 祛痘面霜：1 处违禁词，最严重：绝对有效（提示）');
    expect(doc.querySelector('table')!.outerHTML).toBe(tableBefore);

    layer.update([{ id: rows[2]!.id, title: rows[2]!.title, count: 1, worst: '绝对有效', severity: 'low', row: rows[2]!.row, titleEl: rows[2]!.titleEl }]);
    expect(hosts[0]!.shadowRoot!.querySelectorAll('[role="listitem"]')).toHaveLength(1);
    controller.abort();
    expect(Array.from(doc.documentElement.children).filter((c) => c.shadowRoot)).toHaveLength(0);
    layer.update([{ id: rows[2]!.id, title: 't', count: 1, worst: 'w', severity: 'low', row: rows[2]!.row, titleEl: rows[2]!.titleEl }]);
    expect(Array.from(doc.documentElement.children).filter((c) => c.shadowRoot)).toHaveLength(0);
  });

  describe('marker placement (pure geometry; real layout is checked in Chromium)', () => {
    const cell = { left: 232, right: 525, top: 333, bottom: 410 };
    const title: Line = { left: 310, right: 493, top: 350, bottom: 370, title: true };
    const idLine: Line = { left: 310, right: 401, top: 373, bottom: 390, title: false };
    const overlaps = (x: number, y: number, w: number, h: number, l: Line) => x < l.right && x + w > l.left && y < l.bottom && y + h > l.top;

    it('goes to the right end of a wide cell, level with the title', () => {
      const wide = { ...cell, right: 640 };
      const slot = chooseSlot([title, idLine], wide, 650, 110, 22);
      expect(slot).toEqual({ x: 640 - 4 - 110, y: 349 });
      expect(overlaps(slot.x, slot.y, 110, 22, title)).toBe(false);
    });

    it('in a narrow cell, moves to the ID line instead of covering the title', () => {
      const slot = chooseSlot([title, idLine], cell, 533, 100, 22);
      expect(slot.x).toBe(525 - 4 - 100);
      expect(overlaps(slot.x, slot.y, 100, 22, title)).toBe(false);
      expect(overlaps(slot.x, slot.y, 100, 22, idLine)).toBe(false);
    });

    it('may reach into the next column\'s padding, just after the ID text, before covering anything', () => {
      const slot = chooseSlot([title, idLine], cell, 533, 116, 22);
      expect(slot.x).toBe(401 + 8);
      expect(slot.x + 116).toBeLessThanOrEqual(533);
      expect(overlaps(slot.x, slot.y, 116, 22, title)).toBe(false);
    });

    it('with no room at all, sits on the ID line, never on the title', () => {
      const slot = chooseSlot([title, idLine], cell, 525, 240, 22);
      expect(overlaps(slot.x, slot.y, 240, 22, title)).toBe(false);
      expect(chooseSlot([title], cell, 525, 240, 22).y).toBeGreaterThanOrEqual(title.bottom);
      expect(chooseSlot([], cell, 525, 100, 22)).toEqual({ x: 421, y: 360.5 });
    });
  });
});
