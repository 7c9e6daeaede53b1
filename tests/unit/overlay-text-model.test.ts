import { describe, expect, it } from 'vitest';
import { findEditorFields, productKeyOf, readCategoryPath } from '@/lib/pages/editor-fields';
import { textModel } from '@/lib/overlay/text-model';
import { htmlDocument } from './helpers';

/** The live document: happy-dom's Range only works on it, not on DOMParser documents. */
function live(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('textModel', () => {
  it('maps engine offsets back to the exact DOM text, across inline formatting', () => {
    const doc = live('<div id="ed" contenteditable="true"><p>这款面霜<strong>绝对有效</strong>，放心用</p><p>全网最低价</p></div>');
    const m = textModel(doc.getElementById('ed')!);
    expect(m.text.trimEnd()).toBe('这款面霜绝对有效，放心用\n全网最低价');
    const start = m.text.indexOf('绝对有效');
    expect(m.range(start, start + 4)!.toString()).toBe('绝对有效');
    const s2 = m.text.indexOf('全网最低价');
    expect(m.range(s2, s2 + 5)!.toString()).toBe('全网最低价');
    expect(m.range(2, 6)!.toString()).toBe('面霜绝对'); // spans the <strong> boundary
  });

  it('keeps words in different paragraphs apart', () => {
    const doc = live('<div id="ed" contenteditable="true"><p>最</p><p>好</p><p><br></p></div>');
    expect(textModel(doc.getElementById('ed')!).text.startsWith('最\n好')).toBe(true);
  });
});

describe('findEditorFields', () => {
  it('finds fields by their visible labels, through for=, aria-labelledby and the form item', () => {
    const doc = htmlDocument(`
      <div class="item"><label for="t">商品标题</label><input id="t"></div>
      <div class="item"><div class="ant-form-item-label">短标题</div><div><input></div></div>
      <div class="item"><span id="rich-label">图文详情</span><div class="ql-editor" contenteditable="true" aria-labelledby="rich-label"><p>x</p></div></div>
      <div class="item"><label for="d">商品详情</label><textarea id="d"></textarea></div>
      <div class="item"><label>商品类目</label><span>食品饮料 > 休闲零食</span></div>`);
    const fields = findEditorFields(doc);
    expect(fields.map((f) => [f.field, f.kind])).toEqual([['title', 'input'], ['shortTitle', 'input'], ['detail', 'rich'], ['detail', 'textarea']]);
    expect(readCategoryPath(doc)).toBe('食品饮料 > 休闲零食');
  });

  it('finds nothing on a page without a form', () => {
    expect(findEditorFields(htmlDocument('<p>商品标题</p>'))).toEqual([]);
  });

  it('keys a product by its itemId, a new one by its route', () => {
    expect(productKeyOf(new URL('https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=20261118764'))).toBe('item:20261118764');
    expect(productKeyOf(new URL('https://s.kwaixiaodian.com/zone/goods/nexus/self/release/add'))).toBe('new:/zone/goods/nexus/self/release/add');
  });
});
