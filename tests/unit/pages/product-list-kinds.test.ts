import { describe, expect, it } from 'vitest';
import { hasProductListEvidence } from '@/lib/pages/kinds/product-list/page';
import { findProductTable } from '@/lib/pages/kinds/product-list/reader';
import { readProductListPage } from '@/tests/support/readers';
import { htmlDocument } from '../helpers';

const BASE = 'https://s.kwaixiaodian.com/zone/goods/v1/list';
const read = (html: string) => readProductListPage(htmlDocument(html), { base: BASE }).reading;

describe('product-list reader: structures beyond the zoo', () => {
  it('reads an ID split over two nodes and a title after the ID line', () => {
    const r = read(`<div class="c"><div><span>ID:</span><span>20261121001</span></div><a href="/zone/goods/detail?id=20261121001">纯棉T恤 男士短袖</a><a href="/e?itemId=20261121001">编辑</a></div>
      <div class="c"><div><span>ID:</span><span>20261121002</span></div><a href="/zone/goods/detail?id=20261121002">云南普洱茶</a><a href="/e?itemId=20261121002">编辑</a></div>`);
    expect(r.layout).toBe('cards');
    expect(r.rows.map((x) => [x.id, x.title, x.editUrl])).toEqual([
      ['20261121001', '纯棉T恤 男士短袖', 'https://s.kwaixiaodian.com/e?itemId=20261121001'],
      ['20261121002', '云南普洱茶', 'https://s.kwaixiaodian.com/e?itemId=20261121002'],
    ]);
  });

  it('leaves ID lines without a 编辑 action alone (an order list, a log), and 店铺ID is never a product', () => {
    expect(read('<div><p>蜂蜜 500g</p><p>商品ID：20261121001</p></div><div><p>红糖</p><p>商品ID：20261121002</p></div><p>店铺ID：1234567</p>').layout).toBe('none');
    expect(findProductTable(htmlDocument('<div><span>店铺ID：1234567</span><a href="/x">编辑</a></div>'))).toBeNull();
  });

  it('reads 「--」 status as unknown and keeps tags, prices and actions out of the title', () => {
    const r = read(`<table><thead><tr><th>商品信息</th><th>单价</th><th>商品状态</th><th>操作</th></tr></thead><tbody>
      <tr><td><span class="ant-tag">现货48h</span><span>手工红糖 500g</span><span class="ant-tag">新品</span><div>ID: 20261111056</div></td><td>¥18.80</td><td>--</td><td><a href="/e?itemId=20261111056">编辑</a> <a href="/d">查看</a></td></tr>
    </tbody></table>`);
    expect(r.rows).toEqual([{ id: '20261111056', title: '手工红糖 500g', status: null, editUrl: 'https://s.kwaixiaodian.com/e?itemId=20261111056', tab: null, onScreen: true }]);
  });

  it('never reads ids from tooltips or hidden elements, and says when a product has no readable title', () => {
    const r = read(`<table><thead><tr><th>商品信息</th><th>操作</th></tr></thead><tbody>
      <tr><td><div role="tooltip" class="ant-tooltip">ID: 20269990001</div><span>真标题</span><div>ID: 20261111001</div></td><td><a href="/e">编辑</a></td></tr>
      <tr><td><div>ID: 20261111002</div></td><td><a href="/e">编辑</a></td></tr>
    </tbody></table>`);
    expect(r.rows.map((x) => x.id)).toEqual(['20261111001']);
    expect(r.problems).toEqual(['商品 20261111002 没有读到标题']);
    expect(r.status).toBe('partial');
  });

  it('finds the list by its labels for the cheap detector, not by the side menu', () => {
    expect(hasProductListEvidence(htmlDocument('<table><tr><th>商品信息</th><th>商品状态</th></tr></table>'))).toBe(true);
    expect(hasProductListEvidence(htmlDocument('<nav class="ant-menu"><a>商品信息</a><a>商品状态</a></nav>'))).toBe(false);
  });
});
