import { describe, expect, it } from 'vitest';
import { high, lint, wordFindings } from './helpers';

/**
 * Each row: the copy a merchant wrote, the term the engine should see, and
 * the exact original span it must highlight (UTF-16 offsets).
 */
interface EvasionCase {
  trick: string;
  title: string;
  term: string;
  start: number;
  end: number;
  category?: string;
}

const CASES: EvasionCase[] = [
  { trick: 'plain', title: '这款最好用', term: '最好', start: 2, end: 4 },
  { trick: 'half-width space', title: '这款最 好用', term: '最好', start: 2, end: 5 },
  { trick: 'full-width space', title: '这款最　好用', term: '最好', start: 2, end: 5 },
  { trick: 'several spaces and tabs', title: '最 \t 好', term: '最好', start: 0, end: 5 },
  { trick: 'emoji (surrogate pair)', title: '最😊好的面霜', term: '最好', start: 0, end: 4 },
  { trick: 'emoji with variation selector', title: '最❤️好', term: '最好', start: 0, end: 4 },
  { trick: 'emoji ZWJ sequence', title: '最👨‍👩‍👧好', term: '最好', start: 0, end: 10 },
  { trick: 'ASCII punctuation', title: '最.好', term: '最好', start: 0, end: 3 },
  { trick: 'full-width punctuation', title: '最，好', term: '最好', start: 0, end: 3 },
  { trick: 'wrapped in full-width brackets', title: '（最好）', term: '最好', start: 1, end: 3 },
  { trick: 'zero-width space', title: '最\u200b好', term: '最好', start: 0, end: 3 },
  { trick: 'zero-width joiner and BOM', title: '全网\u200d最低\ufeff价', term: '全网最低价', start: 0, end: 7 },
  { trick: 'spaced-out long term', title: '今天全 网 最 低 价', term: '全网最低价', start: 2, end: 11 },
  { trick: 'middle dot', title: '销量·第·一', term: '销量第一', start: 0, end: 6 },
  { trick: 'full-width letters and digit', title: '销量ＮＯ．１', term: 'no 1', start: 2, end: 6 },
  { trick: 'mixed case', title: '品质nO.1', term: 'no 1', start: 2, end: 6 },
  { trick: 'upper case', title: '全国TOP1品牌', term: 'top1', start: 2, end: 6 },
  { trick: 'circled digit', title: '全国TOP①', term: 'top1', start: 2, end: 6 },
  { trick: 'parenthesised digit', title: 'NO.⑴', term: 'no 1', start: 0, end: 4 },
  { trick: 'full-width letter in diversion', title: '加 Ｖ领券', term: '加v', start: 0, end: 3 },
  { trick: 'circled letters', title: 'ⓥⓧ号', term: 'vx', start: 0, end: 2 },
  { trick: 'traditional characters', title: '國家級工藝', term: '国家级', start: 0, end: 3 },
  { trick: 'traditional medical wording', title: '有效治療失眠', term: '治疗', start: 2, end: 4 },
  { trick: 'traditional + emoji', title: '減😊肥茶', term: '减肥', start: 0, end: 4, category: '食品饮料 > 茶叶' },
  { trick: 'repeated first character', title: '最最最好', term: '最好', start: 0, end: 4 },
  { trick: 'repeated last character', title: '最好好好', term: '最好', start: 0, end: 4 },
  { trick: 'long repeat with spaces', title: '最 最 最 最好', term: '最好', start: 0, end: 8 },
  { trick: 'repeats inside a longer term', title: '全网最最最低价', term: '全网最低价', start: 0, end: 7 },
  { trick: 'full-width percent and digits', title: '１００％有效', term: '100%有效', start: 0, end: 6, category: '医药保健 > 保健食品' },
];

describe('evasions are caught at the original offsets', () => {
  it.each(CASES)('$trick: $title', ({ title, term, start, end, category }) => {
    const findings = wordFindings(lint({ title, ...(category ? { category } : {}) }));
    const hit = findings.find((f) => f.term === term);
    expect(hit, `no finding for ${term} in ${JSON.stringify(title)}: ${JSON.stringify(findings)}`).toBeDefined();
    expect([hit!.start, hit!.end]).toEqual([start, end]);
    expect(title.slice(hit!.start, hit!.end)).toBe(hit!.text);
    expect(hit!.field).toBe('title');
  });

  it('reports the same term in the title and the detail as two findings', () => {
    const findings = wordFindings(lint({ title: '最好的连衣裙', detail: '面料最 好' }));
    expect(findings.map((f) => [f.field, f.start, f.end, f.term])).toEqual([
      ['title', 0, 2, '最好'],
      ['detail', 2, 5, '最好'],
    ]);
  });

  it('tells the merchant which variant it recognised', () => {
    const [finding] = wordFindings(lint({ title: '最😊好' }));
    expect(finding!.reason).toContain('最😊好');
    expect(finding!.replacements).toContain('优质');
  });
});

describe('ordinary copy and the allow list', () => {
  const ORDINARY = [
    '女装',
    '第一次购买请看尺码表',
    '最后一天发货',
    '治愈系小清新',
    '第一时间发货',
    '最近很火的款式',
    'QQ糖',
    '执行国家标准',
    '高级感穿搭',
    '100%纯棉',
    '新款连衣裙 夏季 宽松显瘦',
  ];

  it.each(ORDINARY)('%s raises nothing high', (title) => {
    expect(high(lint({ title, detail: title }))).toEqual([]);
  });

  it.each(['女装', '第一次购买', '最后一天发货', '治愈系', 'QQ糖'])('%s raises no word finding at all', (title) => {
    expect(wordFindings(lint({ title, category: '服饰内衣 > 女装' }))).toEqual([]);
  });

  it('still flags 治愈 outside 治愈系, in food', () => {
    const findings = wordFindings(lint({ title: '治愈系零食 可治愈胃病', category: '食品饮料 > 休闲零食' }));
    expect(findings.map((f) => [f.term, f.start, f.severity])).toEqual([['治愈', 7, 'high']]);
  });

  it('does not let an allow-listed phrase bridge punctuation', () => {
    // Without the 。 this would read 质量第一次日发货, and 第一次 must not excuse 第一.
    const findings = wordFindings(lint({ title: '质量第一。次日发货' }));
    expect(findings.map((f) => [f.term, f.start, f.end])).toEqual([['第一', 2, 4]]);
  });

  it('lets a longer term win over a shorter one inside it', () => {
    const findings = wordFindings(lint({ title: '全国第一次' }));
    expect(findings.map((f) => f.term)).toEqual(['全国第一']);
    const jp = wordFindings(lint({ title: '全网最低价' }));
    expect(jp.map((f) => f.term)).toEqual(['全网最低价']);
  });

  it('needs ASCII terms to stand alone as words or numbers', () => {
    expect(wordFindings(lint({ title: 'top10 热卖 qqq 1100%' })).map((f) => f.term)).toEqual([]);
    expect(wordFindings(lint({ title: '加微信vx123456' })).map((f) => f.term)).toEqual(['加微信', 'vx']);
  });
});
