import { describe, expect, it } from 'vitest';
import { hasNewMerchantEvidence } from '@/lib/pages/new-merchant-reader';
import { readNewMerchantPage } from '@/tests/support/readers';
import { newMerchantReadingSchema, type NewMerchantReading } from '@/lib/pages/new-merchant-reading';
import { fixtureDocument, htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/shop/newmerchant/score');

const taskTable = (r: NewMerchantReading) => r.tasks.map((t) => [t.label, t.group, t.state, t.progress && [t.progress.current, t.progress.target, t.progress.unit]]);

describe('readNewMerchantPage on a shop in the new-merchant phase', async () => {
  const reading = readNewMerchantPage(await fixtureDocument('new-merchant'), url);

  it('reads the score, shop age and valid orders as shown', () => {
    expect(newMerchantReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading.status).toBe('ok');
    expect(reading.score).toBe(4.28);
    expect(reading.shopAgeDays).toBe(23);
    expect(reading.validOrders).toBe(12);
    expect(reading.shop).toEqual({ id: '8800123', name: '阿青手作' });
    expect(reading.missing).toEqual([]);
    expect(reading.problems).toEqual([]);
  });

  it('reads the phase as the page states it', () => {
    expect(reading.phase?.status).toBe('in-phase');
    expect(reading.phase?.text).toContain('剩余67天');
  });

  it('reads all ten tasks with their group, state and progress', () => {
    expect(taskTable(reading)).toEqual([
      ['发布原创挂车短视频', 'basic', 'not-started', [0, 1, '条']],
      ['完成货架任务', 'basic', 'done', [3, 3, null]],
      ['累计发布商品数≥10个', 'basic', 'in-progress', [2, 10, null]],
      ['创建分销计划数≥2个', 'basic', 'not-started', [0, 2, '个']],
      ['累计直播时长≥3小时', 'advanced', 'in-progress', [1.5, 3, '小时']],
      ['直播间上架商品数≥10个', 'advanced', 'done', [10, 10, '个']],
      ['开通退货补运费', 'advanced', 'done', null],
      ['短视频累计播放≥1000次', 'advanced', 'done', [1286, 1000, '次']],
      ['完成首笔分销成交', 'advanced', 'not-started', [0, 1, '单']],
      ['店铺关注人数≥50人', 'advanced', 'in-progress', [32, 50, '人']],
    ]);
  });

  it('matches known tasks to the rule pack and carries the ones it does not know', () => {
    const ids = reading.tasks.map((t) => t.id);
    expect(ids.slice(0, 6)).toEqual(['original-video', 'shelf-task', 'publish-10-products', 'distribution-plans', 'live-hours', 'live-room-10-products']);
    expect(ids).toContain('unknown:开通退货补运费');
    expect(ids).toContain('unknown:店铺关注人数≥50人');
  });

  it('reads the five core indicators, keeping 暂无数据 unknown rather than 0', () => {
    expect(reading.coreIndicators.map((c) => [c.label, c.value, c.unit, c.score])).toEqual([
      ['商品品质退款率', 0.8, 'percent', 4.2],
      ['商品质量差评率', 0, 'percent', 5],
      ['承诺发货及时率', 95.5, 'percent', 4.35],
      ['3分钟回复率', 82.6, 'percent', 4.6],
      ['平台求助率', null, null, null],
    ]);
    expect(reading.coreIndicators[4]!.raw).toBe('暂无数据');
  });
});

describe('readNewMerchantPage on a shop past the phase', async () => {
  const reading = readNewMerchantPage(await fixtureDocument('new-merchant-graduated'), url);

  it('reads score, age and orders printed inline, and the switch to the formal score', () => {
    expect(reading.status).toBe('ok');
    expect(reading.score).toBe(4.66);
    expect(reading.shopAgeDays).toBe(95);
    expect(reading.validOrders).toBe(31);
    expect(reading.phase?.status).toBe('graduated');
    expect(reading.phase?.text).toContain('正式购物体验分');
  });

  it('reads the tasks from a flat layout, resolving 未完成 by the progress figure', () => {
    expect(taskTable(reading)).toEqual([
      ['发布原创挂车短视频', 'basic', 'done', [1, 1, '条']],
      ['完成货架任务', 'basic', 'done', [3, 3, null]],
      ['累计发布商品数≥10个', 'basic', 'in-progress', [8, 10, null]],
      ['创建分销计划数≥2个', 'basic', 'not-started', [0, 2, '个']],
      ['累计直播时长≥3小时', 'advanced', 'done', [3, 3, '小时']],
      ['直播间上架商品数≥10个', 'advanced', 'done', [10, 10, '个']],
      ['开通退货补运费', 'advanced', 'not-started', null],
      ['短视频累计播放≥1000次', 'advanced', 'in-progress', [640, 1000, '次']],
      ['完成首笔分销成交', 'advanced', 'done', [1, 1, '单']],
      ['店铺关注人数≥50人', 'advanced', 'done', [50, 50, '人']],
    ]);
  });

  it('reads the core indicators from a table', () => {
    expect(reading.coreIndicators.map((c) => [c.id, c.value, c.score])).toEqual([
      ['quality-refund-rate', 0.42, 4.7], ['quality-bad-review-rate', 0.31, 4.62], ['promised-ship-rate', 98.1, 4.81],
      ['reply-3min', 88, 4.75], ['platform-help-rate', 0.5, 4.58],
    ]);
  });
});

describe('readNewMerchantPage tolerates how the back office prints things', () => {
  it('reads full-width figures, odd spacing and titles without brackets', () => {
    const doc = htmlDocument(`
      <div class="s"><div>新商体验分：</div><div>４.３０ 分</div></div>
      <div class="m"><p>开店天数：２３天</p><p>有效订单： １２ 单</p></div>
      <div class="g"><div>基础任务 4选2</div>
        <div class="r"><span>累计发布商品数 &gt;= 10 个</span><i>５／１０</i><b>进行中</b></div>
        <div class="r"><span>完成货架任务（+0.06分）</span><b>已 完 成</b></div>
      </div>`);
    const r = readNewMerchantPage(doc, url);
    expect(r.score).toBe(4.3);
    expect(r.shopAgeDays).toBe(23);
    expect(r.validOrders).toBe(12);
    expect(r.tasks.map((t) => [t.id, t.state, t.progress?.current ?? null])).toEqual([
      ['publish-10-products', 'in-progress', 5],
      ['shelf-task', 'done', null],
    ]);
    expect(r.status).toBe('partial'); // no 进阶任务, no core indicators
    expect(r.missing).toContain('进阶任务');
  });

  it('gives an unknown task the same id however the page spaces or widens its name', () => {
    const page = (name: string) => htmlDocument(`<div><div>进阶任务</div><ul><li><span>${name}</span><span>未开始</span></li></ul></div>`);
    const a = readNewMerchantPage(page('店铺关注人数≥50人'), url).tasks[0]!;
    const b = readNewMerchantPage(page('店铺关注人数 ≥ ５０ 人'), url).tasks[0]!;
    expect(a.id).toBe(b.id);
    expect(b).toMatchObject({ group: 'advanced', state: 'not-started', label: '店铺关注人数 ≥ ５０ 人' });
  });

  it('still finds known tasks by name when the page has no group titles', () => {
    const doc = htmlDocument(`<div><div>新商体验分</div><div>4.41</div></div>
      <ul><li><span>累计直播时长≥3小时</span><span>已完成</span></li><li><span>神秘新任务</span><span>进行中</span></li></ul>`);
    const r = readNewMerchantPage(doc, url);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0]).toMatchObject({ id: 'live-hours', group: null, state: 'done' });
  });
});

describe('readNewMerchantPage on broken and hostile pages', () => {
  it('says unreadable and names the problems when every value is garbage, with no 0 for unknowns', () => {
    const doc = htmlDocument(`
      <div class="a"><div>新商体验分</div><div>NaN分</div></div>
      <div class="b"><span>开店天数</span><span>abc天</span></div>
      <div class="c"><span>有效订单</span><span>--</span></div>
      <div class="d"><div>商品品质退款率</div><div>指标值</div><div>%%</div></div>`);
    const r = readNewMerchantPage(doc, url);
    expect(r.status).toBe('unreadable');
    expect(r.score).toBeNull();
    expect(r.shopAgeDays).toBeNull();
    expect(r.validOrders).toBeNull();
    expect(r.tasks).toEqual([]);
    expect(r.problems.join('\n')).toContain('NaN分');
    expect(r.problems.join('\n')).toContain('abc天');
    expect(r.coreIndicators[0]).toMatchObject({ value: null, score: null });
    expect(newMerchantReadingSchema.safeParse(r).success).toBe(true);
  });

  it('does not mistake the menu entry for the module', async () => {
    const r = readNewMerchantPage(await fixtureDocument('home'), url);
    expect(r.status).toBe('unreadable');
    expect(r.score).toBeNull();
    expect(r.tasks).toEqual([]);
  });

  it('does not read the 购物体验分 page as a new shop', async () => {
    const r = readNewMerchantPage(await fixtureDocument('score-three'), url);
    expect(r.status).toBe('unreadable');
    expect(r.score).toBeNull();
    expect(r.shopAgeDays).toBeNull();
  });

  it('never throws, and keeps every list and string within bounds on a hostile page', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<li><span>${'假'.repeat(i % 50 + 2)}任务${i}</span><span>${i}/10</span><span>进行中</span></li>`).join('');
    const doc = htmlDocument(`
      <div>新商体验分</div><div>${'<b>'.repeat(2000)}4.5${'</b>'.repeat(2000)}</div>
      <div><div>进阶任务（6选2）</div><ul>${rows}</ul></div>
      <img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>
      <div><span>开店天数</span><span>99999999天</span></div>`);
    let r: NewMerchantReading | undefined;
    expect(() => { r = readNewMerchantPage(doc, url); }).not.toThrow();
    expect(newMerchantReadingSchema.safeParse(r).success).toBe(true);
    expect(r!.tasks.length).toBeLessThanOrEqual(30);
    expect(r!.shopAgeDays).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  }, 20_000); // 2000 nested elements are slow to build in happy-dom on a busy machine

  it('turns a failing DOM into an unreadable reading instead of an exception', () => {
    // Fails wherever a reader touches it: the page index starts from `body`, older readers queried.
    const broken = { get body(): never { throw new Error('boom'); }, querySelectorAll: () => { throw new Error('boom'); } } as unknown as ParentNode;
    const r = readNewMerchantPage(broken, url);
    expect(r.status).toBe('unreadable');
    expect(r.problems[0]).toContain('boom');
    expect(newMerchantReadingSchema.safeParse(r).success).toBe(true);
  });
});

describe('hasNewMerchantEvidence', () => {
  it('is true on the module, in or past the phase', async () => {
    expect(hasNewMerchantEvidence(await fixtureDocument('new-merchant'))).toBe(true);
    expect(hasNewMerchantEvidence(await fixtureDocument('new-merchant-graduated'))).toBe(true);
  });

  it('is false where only the side menu mentions it', async () => {
    expect(hasNewMerchantEvidence(await fixtureDocument('home'))).toBe(false);
    expect(hasNewMerchantEvidence(await fixtureDocument('score-three'))).toBe(false);
  });
});
