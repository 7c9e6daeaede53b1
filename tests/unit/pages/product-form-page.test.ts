import { describe, expect, it } from 'vitest';
import { hasProductFormEvidence, isProductFormPage, productFormUrlHint } from '@/lib/pages/kinds/product-form/page';
import { ROUTES } from '../../demo/server';
import { fixtureDocument, htmlDocument } from '../helpers';

const u = (path: string) => new URL(`https://s.kwaixiaodian.com${path}`);

describe('product-form page detector: the evidence next to it', () => {
  it('knows the editor routes (DOMAIN.md §3.2/§3.4), the detail route only with an itemId', () => {
    expect(productFormUrlHint(u('/zone/goods/nexus/self/release/add'))).toBe(true);
    expect(productFormUrlHint(u('/zone/goods/nexus/self/release/add?sameId=20261121001'))).toBe(true);
    expect(productFormUrlHint(u('/zone/goods/config/release/add'))).toBe(true);
    expect(productFormUrlHint(u('/zone/goods/config/release/detail?itemId=20261118764'))).toBe(true);
    expect(productFormUrlHint(u('/zone/goods/config/release/detail'))).toBe(false);
    expect(productFormUrlHint(u('/zone/goods/v1/list'))).toBe(false);
    expect(productFormUrlHint(u('/zone/goods/detail?id=20261118764'))).toBe(false); // the merchant's view, not the editor
    expect(productFormUrlHint(u('/zone/goods/%E4%B8/release/add'))).toBe(true); // malformed escape: never throws
  });

  it('recognises the demo forms by route (their fields render later), and forms by labels or placeholders', async () => {
    for (const [path, name] of Object.entries(ROUTES)) {
      if (name === 'product-new' || name === 'product-old') expect(isProductFormPage(u(path.endsWith('/detail') ? `${path}?itemId=20261118764` : path), await fixtureDocument(name))).toBe(true);
    }
    expect(hasProductFormEvidence(htmlDocument('<label>商品标题</label><input><label>商品详情</label><textarea></textarea>'))).toBe(true);
    expect(hasProductFormEvidence(htmlDocument('<label>商品名称</label><input><button>提交审核</button>'))).toBe(true);
    expect(hasProductFormEvidence(htmlDocument('<input placeholder="请输入商品标题"><textarea placeholder="请输入商品详情"></textarea>'))).toBe(true);
  });

  it('is not fooled by the list\'s search box, the side menu or the score page', async () => {
    expect(hasProductFormEvidence(htmlDocument('<form role="search"><label for="s">商品名称</label><input id="s" type="search"></form><table><tr><th>商品信息</th></tr></table>'))).toBe(false);
    expect(hasProductFormEvidence(htmlDocument('<nav class="ant-menu"><a>商品标题</a><a>商品详情</a><a>提交审核</a></nav><p>首页</p>'))).toBe(false);
    expect(isProductFormPage(u('/zone/home'), await fixtureDocument('score-five'))).toBe(false);
    expect(isProductFormPage(u('/zone/home'), await fixtureDocument('home'))).toBe(false);
    expect(hasProductFormEvidence({ body: null, querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document)).toBe(false);
  });
});
