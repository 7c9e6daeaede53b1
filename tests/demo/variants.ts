/**
 * Fixture pages that differ from another only in a few values: written as the base page plus
 * replacements, so a change to the base reaches its variants. A replacement that no longer
 * matches throws, so a variant cannot silently drift into a copy of its base.
 */
export const VARIANTS: Record<string, { base: string; replace: [string, string][] }> = {
  /** The five-dimension page with values no reader should believe. */
  'score-garbage': {
    base: 'score-five',
    replace: [
      ['shopName: 山野小铺', 'shopName: 测试异常店'],
      ['<span class="num__Aa1">4.62</span>', '<span class="num__Aa1">NaN</span>'],
      ['4.71分', 'abc分'],
      ['4.38分', '4.3.8分'],
      ['4.55分', '99.5分'],
      ['4.80分', '-1.00分'],
      ['4.66分', '{{score}}分'],
      ['<td>0.12%</td><td>4.80</td>', '<td>0.12%</td><td>NaN</td>'],
      ['<td>98.50%</td>', '<td>%%</td>'],
    ],
  },
  /** The same three-dimension shop a week earlier, every dimension above the line. */
  'score-three-healthy': {
    base: 'score-three',
    replace: [
      ['<strong>4.31</strong>', '<strong>4.66</strong>'],
      ['低于4.5分，可能影响活动报名和流量', '表现良好，继续保持'],
      ['<span>商品体验</span><span class="dim-base-value__a9">4.21', '<span>商品体验</span><span class="dim-base-value__a9">4.58'],
      ['<span>物流体验</span><span class="dim-base-value__a9">4.36', '<span>物流体验</span><span class="dim-base-value__a9">4.71'],
    ],
  },
};

export function applyVariant(name: string, base: string): string {
  let out = base;
  for (const [from, to] of VARIANTS[name]!.replace) {
    if (!out.includes(from)) throw new Error(`fixture variant ${name}: "${from}" is no longer in its base page`);
    out = out.split(from).join(to);
  }
  return out;
}
