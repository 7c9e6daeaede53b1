import { describe, expect, it } from 'vitest';
import { categoryFromPath } from '../../../lib/compliance';

describe('categoryFromPath', () => {
  it.each([
    ['食品饮料 > 休闲零食', 'food'],
    ['食品饮料 > 茶叶', 'food'],
    ['生鲜 > 水果', 'food'],
    ['母婴 > 奶粉', 'food'],
    ['美妆护肤 > 面部护理', 'cosmetics'],
    ['个护家清 > 洗发护发', 'cosmetics'],
    ['服饰内衣 > 女装', 'apparel'],
    ['运动户外 > 运动鞋', 'apparel'],
    ['母婴 > 童装', 'apparel'],
    ['医药保健 > 保健食品', 'health'],
    ['医药保健 > 医疗器械', 'health'],
    ['手机数码 > 耳机', 'digital'],
    ['家用电器 > 吹风机', 'digital'],
    ['家居日用 > 收纳', 'general'],
    ['', 'general'],
    ['   ', 'general'],
  ])('%s → %s', (path, expected) => {
    expect(categoryFromPath(path)).toBe(expected);
  });

  it('accepts category ids and plain names', () => {
    expect(categoryFromPath('cosmetics')).toBe('cosmetics');
    expect(categoryFromPath('FOOD')).toBe('food');
    expect(categoryFromPath('服饰')).toBe('apparel');
    expect(categoryFromPath('保健食品')).toBe('health');
  });

  it('falls back to general on anything else', () => {
    expect(categoryFromPath('<script>alert(1)</script>')).toBe('general');
    expect(categoryFromPath(undefined as unknown as string)).toBe('general');
    expect(categoryFromPath('x'.repeat(100_000))).toBe('general');
  });
});
