import { describe, expect, it } from 'vitest';
import { normalise, normaliseTerm } from '../../../lib/compliance/normalise';

function spans(src: string): string[] {
  const n = normalise(src);
  return Array.from(n.text, (_, i) => src.slice(n.start[i], n.end[i]));
}

describe('normalise', () => {
  it.each([
    ['最 好', '最好'],
    ['最　好', '最好'],
    ['最😊好', '最好'],
    ['（最好）', '最好'],
    ['最\u200b好', '最好'],
    ['ＡＢＣ１２３', 'abc123'],
    ['NO.1', 'no 1'],
    ['ＮＯ．１', 'no 1'],
    ['hello   world', 'hello world'],
    ['TOP①', 'top1'],
    ['紅血絲', '红血丝'],
    ['醫療', '医疗'],
    ['藥到病除', '药到病除'],
    ['最最最好', '最好'],
    ['好好的', '好好的'], // doubled characters are ordinary Chinese
    ['999元', '999元'], // digits never collapse
    ['加 V', '加v'],
  ])('%j → %j', (src, expected) => {
    expect(normalise(src).text).toBe(expected);
  });

  it('maps every normalised unit back to its original characters', () => {
    expect(spans('（最😊好）')).toEqual(['最', '好']);
    expect(spans('最最最好')).toEqual(['最最最', '好']);
    expect(spans('a . b')).toEqual(['a', ' . ', 'b']);
    expect(spans('第⑴名')).toEqual(['第', '⑴', '名']);
    expect(spans('㍿')).toEqual(['㍿', '㍿', '㍿', '㍿']);
  });

  it('keeps offsets within the original string for any input', () => {
    const src = '\ud800最\udc00好<script>\u0000\u0007 Ｆｕｃｋ ㍿ 𝐀𝐁 🇨🇳';
    const n = normalise(src);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.start[i]).toBeGreaterThanOrEqual(0);
      expect(n.end[i]).toBeLessThanOrEqual(src.length);
      expect(n.start[i]!).toBeLessThan(n.end[i]!);
    }
    expect(n.text).toContain('最好');
    expect(n.text).toContain('株式会社');
    expect(n.text).toContain('ab');
  });

  it('normalises terms the same way as text', () => {
    expect(normaliseTerm('NO.1')).toBe('no 1');
    expect(normaliseTerm(' 加V ')).toBe('加v');
    expect(normaliseTerm('…')).toBe('');
  });
});
