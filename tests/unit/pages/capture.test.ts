import { describe, expect, it } from 'vitest';
import { capturePage, keepText } from '@/lib/pages/capture';
import { fixtureDocument, htmlDocument } from '../helpers';

describe('page capture for bug reports', () => {
  it('keeps the labels and values a reader needs', async () => {
    const json = JSON.stringify(capturePage(await fixtureDocument('score-garbage'), new URL('https://s.kwaixiaodian.com/zone/x?token=secret')));
    for (const kept of ['购物体验分', '商品', '3分钟回复率', '"NaN"', 'abc分', '4.3.8分', '门槛不达标', '指标得分', '"ant-card']) expect(json).toContain(kept);
    expect(json).not.toContain('token=secret');
    expect(json).not.toMatch(/__[A-Za-z0-9]{4}/); // build hashes stripped from class names
  });

  it('never keeps buyer data or form values', () => {
    const doc = htmlDocument(`
      <table><tr><td>收货人</td><td>王小明</td></tr><tr><td>手机</td><td>138 1234 5678</td></tr>
      <tr><td>地址</td><td>浙江省杭州市西湖区文三路 123 号 4 幢 501 室</td></tr><tr><td>订单编号</td><td>2611230012345678</td></tr>
      <tr><td>邮箱</td><td>wang@example.com</td></tr></table>
      <input value="我的草稿标题"><textarea>草稿详情</textarea><div contenteditable="true">富文本草稿</div>`);
    const json = JSON.stringify(capturePage(doc, new URL('https://s.kwaixiaodian.com/zone/order/list')));
    for (const secret of ['王小明', '1234', '5678', '文三路', '2611230012345678', 'wang@', '我的草稿标题', '草稿详情', '富文本草稿']) expect(json).not.toContain(secret);
    // Privacy first: in data cells even short words go (a label there cannot be told from a name);
    // the structure stays, so a broken reader can still be diagnosed.
    expect(json).toContain('"tag":"td","text":"«3字»"');
  });

  it.each([
    ['4.62分', '4.62分'], ['98.50%', '98.50%'], ['1天2小时', '1天2小时'], ['--', '--'], ['良好', '良好'],
    ['13812345678', '«11字»'], ['王小明收货地址很长很长很长的一段文字', '«18字»'],
  ])('keepText(%s) → %s', (input, out) => expect(keepText(input)).toBe(out));

  it('keeps a short word in a label place but not in a data cell', () => {
    expect(keepText('王小明', false)).toBe('«3字»');
    expect(keepText('良好', true)).toBe('良好');
  });
});
