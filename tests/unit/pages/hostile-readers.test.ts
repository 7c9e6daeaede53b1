import { describe, expect, it } from 'vitest';
import { readScorePage } from '@/tests/support/readers';
import { DEFAULT_RULES } from '@/lib/rules';
import { cards } from '../../fixtures/zoo/score/layouts';
import { THREE } from '../../fixtures/zoo/score/truth';
import { htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/experience/score');
const page = (edit: (html: string) => string = (h) => h) => htmlDocument(edit(cards(THREE)));
const read = (doc: Document) => readScorePage(doc, url, DEFAULT_RULES);
const ind = (r: ReturnType<typeof read>, id: string) => r.indicators.find((i) => i.id === id);

/** Issue 16's reader faults, each as the page that showed it. */
describe('score reader on hostile pages', () => {
  it('cuts a 5,000-deep subtree short, says so, and still reads the rest of the page', () => {
    const doc = page();
    let node: Element = doc.body;
    for (let k = 0; k < 5000; k++) { const d = doc.createElement('div'); node.append(d); node = d; }
    node.textContent = '得分 1.11 商品品质退款率 9.99%';
    const r = read(doc);
    expect(r.overall).toBe(4.31);
    expect(ind(r, 'quality-refund-rate')).toMatchObject({ score: 4.1, value: 0.85 });
    expect(r.problems.join()).toMatch(/嵌套/);
    expect(r.status).toBe('partial');
  });

  it('reads 「得<b>分</b>」 and 「得分\u2060」 as the score label: no score-value swap', () => {
    const r = read(page((h) => h.replace(/<span>得分<\/span>/g, '<span>得<b>分</b>\u2060</span>').replace(/<span>指标值<\/span>/g, '<span>指<i>标</i>值</span>')));
    expect(ind(r, 'quality-refund-rate')).toMatchObject({ score: 4.1, value: 0.85, unit: 'percent' });
    expect(ind(r, 'platform-help-rate')).toMatchObject({ score: 4.66, value: 0.8 });
    expect(r.problems).toEqual([]);
  });

  it('keeps a dimension at its own score when the card’s first indicator is renamed', () => {
    const r = read(page((h) => h.replace('发货后仅退款完结时长', '发货后仅退款处理时长（新）')));
    expect(r.dimensions.find((d) => d.id === 'aftersale-svc')?.score).toBe(4.62);
    const renamed = r.indicators.find((i) => i.label.startsWith('发货后仅退款处理时长'));
    expect(renamed).toMatchObject({ score: 4.7, value: 8.5, unit: 'hours', dimensionId: 'aftersale-svc' });
  });

  it('rejects 99999% as a value and says why', () => {
    const r = read(page((h) => h.replace('<span>0.85%</span>', '<span>99999%</span>')));
    expect(ind(r, 'quality-refund-rate')).toMatchObject({ value: null, score: 4.1 });
    expect(r.problems.join()).toContain('99999%');
    expect(r.status).toBe('partial');
  });

  it('clips a 160-character score cell into a problem instead of losing the page', () => {
    const r = read(page((h) => h.replace('<span>4.10</span>', `<span>${'4'.repeat(80)}.${'1'.repeat(79)}</span>`)));
    expect(r.status).toBe('partial');
    expect(r.overall).toBe(4.31);
    expect(ind(r, 'quality-refund-rate')?.score).toBeNull();
    expect(r.problems.every((p) => p.length <= 160)).toBe(true);
  });

  it('keeps the shop name apart from the shop id in adjacent spans', () => {
    const r = read(htmlDocument(`<header><span>店铺名称：山野小铺</span><span>店铺ID：1234567</span></header>${cards(THREE).replace(/^<!--.*?-->/s, '')}`));
    expect(r.shop).toEqual({ id: '1234567', name: '山野小铺' });
  });

  it('never takes a decoy for the value: peer average, week-on-week change, target, tooltip, hidden', () => {
    const r = read(page((h) => h
      .replace('<span>0.85%</span>', '<span role="tooltip">1.11%</span><span style="display:none">2.22%</span><span>0.85%</span>')
      .replace('<div class="kv__q"><span>得分</span><span>4.10</span></div>', '<div class="kv__q"><span>较上周</span><span>+0.30</span><span>目标</span><span>4.80</span><span>得分</span><span>4.10</span></div>')));
    expect(ind(r, 'quality-refund-rate')).toMatchObject({ score: 4.1, value: 0.85 });
  });

  it('reads a malformed URL path without throwing', () => {
    const r = readScorePage(page(), new URL('https://s.kwaixiaodian.com/zone/%E4%B8/score'), DEFAULT_RULES);
    expect(r.overall).toBe(4.31);
  });
});
