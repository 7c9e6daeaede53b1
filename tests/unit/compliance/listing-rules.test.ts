import { describe, expect, it } from 'vitest';
import { findingSchema, lintListing } from '../../../lib/compliance';
import { high, lint, wordFindings } from './helpers';

const ids = (findings: { ruleId: string }[]): string[] => findings.map((f) => f.ruleId);

describe('title length (30 汉字 = 60 characters)', () => {
  it('accepts 60 ASCII characters and flags 61 from the 61st', () => {
    expect(ids(lint({ title: 'a'.repeat(60) }))).not.toContain('listing/title-length');
    const [f] = lint({ title: 'a'.repeat(61) }).filter((x) => x.ruleId === 'listing/title-length');
    expect(f).toMatchObject({ start: 60, end: 61, field: 'title', severity: 'medium', kind: 'length' });
  });

  it('counts CJK as 2: 30 汉字 fit, the 31st is flagged', () => {
    expect(ids(lint({ title: '好'.repeat(15) + '衣'.repeat(15) }))).not.toContain('listing/title-length');
    const title = '春'.repeat(10) + '夏'.repeat(10) + '秋'.repeat(10) + '冬';
    const [f] = lint({ title }).filter((x) => x.ruleId === 'listing/title-length');
    expect([f!.start, f!.end, f!.text]).toEqual([30, 31, '冬']);
    expect(f!.reason).toContain('62');
  });

  it('mixes widths: 29 汉字 + 2 letters fit, + 3 letters do not', () => {
    const base = '连衣裙'.repeat(9) + '女装';
    expect(base.length).toBe(29);
    expect(ids(lint({ title: `${base}XL` }))).not.toContain('listing/title-length');
    const [f] = lint({ title: `${base}XXL` }).filter((x) => x.ruleId === 'listing/title-length');
    expect(f!.start).toBe(31);
  });

  it('counts an emoji as one wide character, not two', () => {
    expect(ids(lint({ title: `${'好'.repeat(29)}🔥` }))).not.toContain('listing/title-length');
    expect(ids(lint({ title: `${'好'.repeat(30)}🔥` }))).toContain('listing/title-length');
  });

  it('applies the short title and selling point limits too', () => {
    expect(ids(lint({ shortTitle: '夏季纯棉连衣裙女装新' }))).not.toContain('listing/shortTitle-length');
    expect(ids(lint({ shortTitle: '夏季纯棉连衣裙女装新款' }))).toContain('listing/shortTitle-length');
    expect(ids(lint({ sellingPoint: '透'.repeat(13) }))).toContain('listing/sellingPoint-length');
  });
});

describe('detail text limit (1000 汉字 = 2000 characters)', () => {
  it('accepts 1000 汉字 and flags the 1001st', () => {
    expect(ids(lint({ detail: '棉'.repeat(1000) }))).not.toContain('listing/detail-length');
    const [f] = lint({ detail: '棉'.repeat(1001) }).filter((x) => x.ruleId === 'listing/detail-length');
    expect([f!.start, f!.end]).toEqual([1000, 1001]);
  });

  it('accepts 2000 ASCII characters', () => {
    expect(ids(lint({ detail: 'x'.repeat(2000) }))).not.toContain('listing/detail-length');
    expect(ids(lint({ detail: 'x'.repeat(2001) }))).toContain('listing/detail-length');
  });
});

describe('required notices', () => {
  const cosmetics = '美妆护肤 > 面部护理';
  const healthFood = '医药保健 > 保健食品';

  it('asks cosmetics for the NMPA notice and accepts variants', () => {
    expect(ids(lint({ detail: '补水保湿，温和不刺激。', category: cosmetics }))).toContain('notice/cosmetics');
    for (const detail of [
      '国家药监局提示您：请正确认识化妆品功效，化妆品不能替代药品，不能治疗皮肤病等疾病。',
      '温馨提示：化妆品不可替代药品。',
      '化妆品不能代替药品哦',
    ]) {
      const findings = lint({ detail, category: cosmetics });
      expect(ids(findings)).not.toContain('notice/cosmetics');
      // The notice mentions 治疗 and 药品 only to deny them: it must not be flagged itself.
      expect(high(findings)).toEqual([]);
    }
  });

  it('asks health food for 本品不能代替药物 and accepts variants', () => {
    const missing = lint({ detail: '每日两粒，温水送服。', category: healthFood });
    expect(missing.find((f) => f.ruleId === 'notice/health-food')).toMatchObject({ severity: 'medium', field: 'detail' });
    expect(ids(lint({ detail: '本品不能代替药物。每日两粒。', category: healthFood }))).not.toContain('notice/health-food');
    expect(ids(lint({ detail: '【本品不可替代药物】', category: healthFood }))).not.toContain('notice/health-food');
  });

  it('does not ask for notices when there is no detail text, or in other categories', () => {
    expect(ids(lint({ title: '面霜', category: cosmetics }))).toEqual([]);
    expect(ids(lint({ title: '面霜', detail: '   ', category: cosmetics }))).toEqual([]);
    expect(ids(lint({ detail: '好吃的饼干', category: '通用' }))).toEqual([]);
  });
});

describe('category claims', () => {
  it('flags weight-loss and blood-pressure claims on food as high', () => {
    const findings = wordFindings(lint({ title: '减肥茶 降血压 降血糖', category: '食品饮料 > 茶叶' }));
    expect(findings.map((f) => [f.term, f.severity, f.ruleId])).toEqual([
      ['减肥', 'high', 'claim/food/medical'],
      ['降血压', 'high', 'claim/food/medical'],
      ['降血糖', 'high', 'claim/food/medical'],
    ]);
    expect(findings[0]!.reason).toContain('食品安全法');
  });

  it('flags medical wording on ordinary goods, including clothing', () => {
    const [shapewear] = wordFindings(lint({ title: '减肥塑身衣', category: '服饰内衣 > 女装' }));
    expect(shapewear).toMatchObject({ term: '减肥', severity: 'high', ruleId: 'word/medical' });
    expect(shapewear!.reason).toContain('第十七条');
    const [lamp] = wordFindings(lint({ title: '治疗颈椎病的按摩器' }));
    expect(lamp).toMatchObject({ term: '治疗', severity: 'high' });
  });

  it('does not treat medical words as high on health products', () => {
    const findings = wordFindings(lint({ title: '治疗仪', category: '医药保健 > 医疗器械' }));
    expect(findings.map((f) => [f.term, f.severity])).toEqual([['治疗', 'low']]);
  });

  it('applies cosmetics naming rules only to cosmetics', () => {
    const cos = wordFindings(lint({ title: '特效祛疤药妆面霜', category: '美妆护肤 > 面部护理' }));
    expect(cos.map((f) => [f.term, f.severity, f.ruleId])).toEqual([
      ['特效', 'high', 'claim/cosmetics/absolute'],
      ['祛疤', 'high', 'claim/cosmetics/medical'],
      ['药妆', 'high', 'claim/cosmetics/medical'],
    ]);
    const general = wordFindings(lint({ title: '特效祛疤药妆面霜' }));
    expect(general.map((f) => [f.term, f.severity])).toEqual([['特效', 'medium']]);
  });

  it('keeps generic words quiet outside the categories that ban them', () => {
    const title = '推荐 安全 热销 试用 特价 首次 最后';
    expect(high(lint({ title }))).toEqual([]);
    expect(wordFindings(lint({ title })).map((f) => f.term)).toEqual(['特价', '首次', '最后']);
    const health = wordFindings(lint({ title, category: '医药保健 > 保健食品' }));
    expect(health.filter((f) => f.severity === 'medium').map((f) => f.term)).toEqual(['推荐', '安全', '热销', '试用']);
  });

  it('weights single characters low and only where they apply', () => {
    expect(wordFindings(lint({ title: '最是人间好颜色' })).map((f) => [f.term, f.severity])).toEqual([['最', 'low']]);
    expect(wordFindings(lint({ title: '鬼马少女风口红', category: '美妆护肤 > 彩妆' })).map((f) => [f.term, f.severity])).toEqual([
      ['鬼', 'low'],
    ]);
    expect(wordFindings(lint({ title: '鬼马少女风卫衣', category: '服饰内衣 > 女装' }))).toEqual([]);
  });
});

describe('title repetition and buyer parameters', () => {
  it('flags a word repeated three times in the title, at its third occurrence', () => {
    const title = '连衣裙女夏连衣裙新款连衣裙气质';
    const [f] = lint({ title }).filter((x) => x.ruleId === 'listing/title-repeat');
    expect(f).toMatchObject({ start: 10, end: 13, text: '连衣裙', severity: 'low', term: '连衣裙' });
    expect(ids(lint({ title: '连衣裙女夏连衣裙新款气质' }))).not.toContain('listing/title-repeat');
  });

  it('hints at missing material and size for clothing', () => {
    const missing = lint({ detail: '宽松显瘦，百搭款。', category: '服饰内衣 > 女装' });
    expect(ids(missing)).toEqual(['param/material', 'param/size']);
    expect(missing.every((f) => f.severity === 'low' && f.kind === 'missing-info')).toBe(true);
    expect(ids(lint({ detail: '面料：棉95%，尺码表见下图。', category: '服饰内衣 > 女装' }))).toEqual([]);
  });

  it('hints at missing shelf life and origin for food', () => {
    expect(ids(lint({ detail: '香脆可口，开袋即食。', category: '食品饮料 > 休闲零食' }))).toEqual([
      'param/origin',
      'param/shelfLife',
    ]);
    expect(ids(lint({ detail: '产地：云南。保质期：12个月。', category: '食品饮料 > 休闲零食' }))).toEqual([]);
  });
});

describe('user terms and user allow list', () => {
  it('flags a merchant term, disguised or not, with the merchant reason', () => {
    const settings = { userTerms: [{ term: '爆款', severity: 'high' as const, reason: '店铺规定不用', suggestions: ['热卖'] }] };
    const findings = wordFindings(lint({ title: '今年爆款，爆 款连衣裙' }, settings));
    expect(findings.map((f) => [f.start, f.end, f.ruleId, f.severity, f.reason])).toEqual([
      [2, 4, 'user/term', 'high', '店铺规定不用'],
      [5, 8, 'user/term', 'high', '店铺规定不用'],
    ]);
    expect(findings[0]!.replacements).toEqual(['热卖']);
  });

  it('limits a merchant term to its categories', () => {
    const settings = { userTerms: [{ term: '网红', severity: 'medium' as const, categories: ['食品'] }] };
    expect(wordFindings(lint({ title: '网红零食', category: '食品饮料 > 休闲零食' }, settings))).toHaveLength(1);
    expect(wordFindings(lint({ title: '网红同款', category: '服饰内衣 > 女装' }, settings))).toHaveLength(0);
  });

  it('lets the merchant allow a phrase, without hiding the same term elsewhere', () => {
    const settings = { allowList: ['最好吃'] };
    const findings = wordFindings(lint({ title: '最好吃的饼干，品质最好' }, settings));
    expect(findings.map((f) => [f.term, f.start])).toEqual([['最好', 9]]);
  });

  it('treats an allow-listed term as allowed in every spelling', () => {
    expect(wordFindings(lint({ title: '最好 最 好 最😊好' }, { allowList: ['最好'] }))).toEqual([]);
  });

  it('switches parts off with disabledCategories', () => {
    const title = '加微信领券 最好的 减肥茶';
    const detail = '好吃';
    const category = '食品饮料 > 茶叶';
    const all = lint({ title, detail, category });
    expect(ids(all)).toEqual(['word/diversion', 'word/absolute', 'claim/food/medical', 'param/origin', 'param/shelfLife']);
    expect(ids(lint({ title, detail, category }, { disabledCategories: ['diversion', 'param'] }))).toEqual([
      'word/absolute',
      'claim/food/medical',
    ]);
    // Disabling the global scope leaves the food-specific claim on 减肥 in place.
    expect(ids(lint({ title, category }, { disabledCategories: ['global'] }))).toEqual(['claim/food/medical']);
  });
});

describe('result shape', () => {
  it('returns schema-valid findings sorted by field, then start', () => {
    const findings = lintListing({
      detail: '最好的面料，加微信',
      sellingPoint: '第一品牌',
      title: '全网最低价 最好',
      shortTitle: '顶级',
    });
    for (const f of findings) expect(findingSchema.parse(f)).toEqual(f);
    expect(findings.map((f) => `${f.field}:${f.start}`)).toEqual([
      'title:0',
      'title:6',
      'shortTitle:0',
      'sellingPoint:0',
      'detail:0',
      'detail:6',
    ]);
  });
});
