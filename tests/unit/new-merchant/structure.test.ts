import { describe, expect, it } from 'vitest';
import { hasNewMerchantEvidence, newMerchantUrlHint } from '@/lib/pages/kinds/new-merchant/page';
import { readNewMerchantPage } from '@/tests/support/readers';
import { newMerchantReadingSchema } from '@/lib/pages/kinds/new-merchant/reading';
import { htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/shop/newmerchant/score');

describe('the 新商体验分 page detector', () => {
  it('takes the route as a hint and never throws on a malformed path', () => {
    expect(newMerchantUrlHint(url)).toBe(true);
    expect(newMerchantUrlHint(new URL('https://s.kwaixiaodian.com/zone/%E6%96%B0%E5%95%86'))).toBe(true);
    expect(() => newMerchantUrlHint(new URL('https://s.kwaixiaodian.com/zone/%E4%B8/score'))).not.toThrow();
    expect(newMerchantUrlHint(new URL('https://s.kwaixiaodian.com/zone/home'))).toBe(false);
  });

  it('needs the label on the page itself, not only in the side menu', () => {
    expect(hasNewMerchantEvidence(htmlDocument('<nav><a>新商体验分</a></nav><main>首页</main>'))).toBe(false);
    expect(hasNewMerchantEvidence(htmlDocument('<nav><a>新商体验分</a></nav><main><h1>新商体验分</h1></main>'))).toBe(true);
  });
});

describe('tasks read by their structure', () => {
  const page = (rows: string) => htmlDocument(`<div><span>新商体验分</span> <span>新商期</span> <b>4.28</b></div>
    <div class="g"><div class="t">进阶任务 6选2</div><ul>${rows}</ul></div>`);

  it('keeps a row whose only state is a 去完成 button, telling started from not started by its figure', () => {
    const r = readNewMerchantPage(page(`
      <li><div>累计直播时长≥3小时</div><div>开播累计满3小时</div><span>1.5/3小时</span><button class="ant-btn">去完成</button></li>
      <li><div>直播间上架商品数≥10个</div><span>0/10个</span><button class="ant-btn">去上架</button></li>`), url);
    expect(r.score).toBe(4.28);
    expect(r.tasks.map((t) => [t.id, t.state, t.progress?.current])).toEqual([['live-hours', 'in-progress', 1.5], ['live-room-10-products', 'not-started', 0]]);
  });

  it('keeps an unknown task with its group and 未开通 state, its name apart from the description line', () => {
    const r = readNewMerchantPage(page(`
      <li><div class="n">开通极速退款</div><div class="d">小额订单自动同意退款</div><span class="ant-tag">未开通</span></li>
      <li><div class="n">开通退货补运费</div><div class="d">买家退货时由平台补贴运费</div><span class="ant-tag">已开通</span></li>`), url);
    expect(r.tasks.map((t) => [t.id, t.label, t.group, t.state, t.progress])).toEqual([
      ['unknown:开通极速退款', '开通极速退款', 'advanced', 'not-started', null],
      ['unknown:开通退货补运费', '开通退货补运费', 'advanced', 'done', null],
    ]);
  });

  it('uses the bonus the page shows, and reads a task from its progress figure alone', () => {
    const r = readNewMerchantPage(page(`
      <li><span>店铺关注人数≥50人</span><span>32/50人</span><span>+0.06分</span></li>
      <li><span>短视频累计播放≥1000次</span><span>1,286/1,000次</span></li>`), url);
    expect(r.tasks.map((t) => [t.label, t.state, t.bonus ?? null])).toEqual([['店铺关注人数≥50人', 'in-progress', 0.06], ['短视频累计播放≥1000次', 'done', null]]);
    expect(newMerchantReadingSchema.safeParse(r).success).toBe(true);
  });

  it('still parses a reading stored before tasks carried a bonus', () => {
    const stored = { ...readNewMerchantPage(page('<li><span>开通极速退款</span><span class="ant-tag">未开通</span></li>'), url) };
    stored.tasks = stored.tasks.map(({ bonus: _bonus, ...t }) => t);
    expect(newMerchantReadingSchema.safeParse(stored).success).toBe(true);
  });

  it('reads a known task that stands alone in its group (a single card, not a list)', () => {
    const doc = htmlDocument(`<section><div class="h">基础任务</div><div class="card"><div class="n">完成货架任务</div><div class="d">完善商品标题主图与详情页</div><span>3/3</span></div></section>
      <section><div class="h">进阶任务</div><div class="card"><div class="n">累计直播时长≥3小时</div><span class="ant-tag">进行中</span><span>1.5/3小时</span></div></section>`);
    const r = readNewMerchantPage(doc, url);
    expect(r.tasks.map((t) => [t.id, t.group, t.state, t.progress?.current])).toEqual([['shelf-task', 'basic', 'done', 3], ['live-hours', 'advanced', 'in-progress', 1.5]]);
  });
});
