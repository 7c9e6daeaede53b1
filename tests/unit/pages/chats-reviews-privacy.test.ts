import { describe, expect, it } from 'vitest';
import { readImPage } from '@/tests/support/readers';
import { readReviewsPage } from '@/tests/support/readers';
import { LAYOUTS as IM_LAYOUTS } from '../../fixtures/zoo/im/layouts';
import { TRUTHS as IM_TRUTHS } from '../../fixtures/zoo/im/truth';
import { LAYOUTS as REVIEW_LAYOUTS } from '../../fixtures/zoo/reviews/layouts';
import { TRUTHS as REVIEW_TRUTHS } from '../../fixtures/zoo/reviews/truth';
import { cn } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument, htmlDocument } from '../helpers';

/**
 * Issue 14 item 5: counts, times and product titles only. The workbench and 评价管理 are full of
 * buyer nicknames, avatars, messages and review texts; none may appear in a reading.
 */
const IM = new URL('https://im.kwaixiaodian.com/workbench');
const REVIEWS = new URL('https://s.kwaixiaodian.com/zone/comment/list');
const leaks = (json: string, secrets: string[]) => secrets.filter((s) => json.includes(s));

describe('privacy: no buyer nickname, avatar or message text in a chat or review reading', () => {
  it('a workbench page full of buyer data gives back counts and times only', () => {
    const doc = htmlDocument(`
      <div class="g"><div class="t">待回复 (2)</div>
        <div class="card"><img src="https://p.kuaishou.com/avatar/ouyang-nana.jpg" alt="欧阳娜娜的头像"><span>欧阳娜娜</span><span>1分05秒后超时</span><div>我手机13812345678，地址北京市朝阳区望京街道6号，还剩2小时要出门</div></div>
        <div class="card"><img src="/a/simayi.png" alt=""><span>司马懿</span><span>已超时</span><div>差评警告！10:30之前不回就投诉</div></div></div>
      <div class="chat"><div>欧阳娜娜</div><div>09:58:01</div><div>在吗？我的快递单号 SF1234567890</div></div>`);
    const reading = readImPage(doc, IM, { now: new Date('2026-12-02T02:00:00Z') });
    expect(reading.counts).toEqual({ waiting: 2, dueSoon: 0, overdue: 1 });
    const json = JSON.stringify(reading);
    expect(leaks(json, ['欧阳娜娜', '司马懿', '13812345678', '望京', '出门', '差评警告', '投诉', 'avatar', 'simayi', 'SF1234567890', '在吗'])).toEqual([]);
    expect(json).not.toMatch(/1[3-9]\d{9}/);
  });

  for (const [truthName, truth] of Object.entries(IM_TRUTHS)) {
    for (const layout of Object.keys(IM_LAYOUTS)) {
      it(`workbench ${layout} / ${truthName}: no nickname, avatar or message`, async () => {
        const reading = readImPage(await fixtureDocument(`zoo-im-${layout}--${truthName}`), IM, { now: new Date(cn(truth.readAt)) });
        expect(reading.counts.waiting).toBeGreaterThan(0);
        expect(leaks(JSON.stringify(reading), truth.sessions.flatMap((x) => [x.buyer.name, x.buyer.message, x.buyer.avatar]))).toEqual([]);
      });
    }
  }
  for (const [truthName, truth] of Object.entries(REVIEW_TRUTHS)) {
    for (const layout of Object.keys(REVIEW_LAYOUTS)) {
      it(`评价管理 ${layout} / ${truthName}: no nickname, avatar or review text`, async () => {
        const reading = readReviewsPage(await fixtureDocument(`zoo-reviews-${layout}--${truthName}`), REVIEWS, { now: new Date(cn(truth.readAt)) });
        expect(reading.reviews.length).toBeGreaterThan(0);
        expect(leaks(JSON.stringify(reading), truth.reviews.flatMap((x) => [x.buyer.name, x.buyer.text, x.buyer.avatar]))).toEqual([]);
      });
    }
  }
});
