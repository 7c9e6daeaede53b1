import { describe, expect, it } from 'vitest';
import { readImPage } from '@/tests/support/readers';
import { parseChatCountdown, parseMessageTime } from '@/lib/pages/kinds/im/times';
import { htmlDocument } from '../helpers';

const IM = new URL('https://im.kwaixiaodian.com/workbench');
const now = new Date('2026-12-02T02:00:00Z'); // 10:00 China time

function list(n: number, left: (i: number) => number): string {
  const cards: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = left(i);
    cards.push(`<div class="c"><span>买家${i}</span><span>${l <= 0 ? '已超时' : `${Math.floor(l / 60) ? `${Math.floor(l / 60)}分` : ''}${l % 60}秒后超时`}</span><div>第${i}条消息</div></div>`);
  }
  return `<div class="g"><div>待回复 (${n})</div>${cards.join('')}</div>`;
}

describe('IM workbench reader', () => {
  it('reads a session list of 2,000 cards whole, every count right', () => {
    const left = (i: number) => (i % 4 === 0 ? -5 : i % 4 === 1 ? 30 : 120 + (i % 50));
    const reading = readImPage(htmlDocument(list(2000, left)), IM, { now });
    expect(reading.status).toBe('ok');
    expect(reading.counts).toEqual({ waiting: 2000, dueSoon: 500, overdue: 500 });
  });

  it('a list longer than the cap is read up to it and says so', () => {
    const reading = readImPage(htmlDocument(list(6100, () => 100)), IM, { now });
    expect(reading.counts.waiting).toBe(6000);
    expect(reading.problems.some((p) => p.includes('6000'))).toBe(true);
  });

  it('a garbled countdown is reported, counted as waiting, never as due or overdue', () => {
    const reading = readImPage(htmlDocument(`<div><div>待回复</div><div class="c"><span>甲</span><span>NaN秒后超时</span></div><div class="c"><span>乙</span><span>30秒后超时</span></div></div>`), IM, { now });
    expect(reading.counts).toEqual({ waiting: 2, dueSoon: 1, overdue: 0 });
    expect(reading.status).toBe('partial');
    expect(reading.problems.join()).toContain('倒计时读不懂');
  });

  it('an empty list is a reading of zero, a page with no list is unreadable', () => {
    expect(readImPage(htmlDocument('<div>会话列表</div><div>暂无会话</div>'), IM, { now })).toMatchObject({ status: 'ok', counts: { waiting: 0, dueSoon: 0, overdue: 0 } });
    expect(readImPage(htmlDocument('<div>欢迎使用客服工作台</div>'), IM, { now }).status).toBe('unreadable');
  });

  it('countdowns and message times as the workbench prints them', () => {
    expect(parseChatCountdown('2分10秒后超时')).toEqual({ ok: true, seconds: 130, overdue: false });
    expect(parseChatCountdown('02:10后超时')).toEqual({ ok: true, seconds: 130, overdue: false });
    expect(parseChatCountdown('已超时1分20秒')).toEqual({ ok: true, seconds: -80, overdue: true });
    expect(parseChatCountdown('超时倒计时')).toBeNull();
    expect(parseChatCountdown('还剩2分钟了怎么还不回')).toBeNull();
    expect(parseMessageTime('09:58:30', now)).toBe('2026-12-02T01:58:30.000Z');
    expect(parseMessageTime('23:10', now)).toBe('2026-12-01T15:10:00.000Z'); // later than now: yesterday
    expect(parseMessageTime('3分钟前', now)).toBe('2026-12-02T01:57:00.000Z');
    expect(parseMessageTime('10:30之前能发吗', now)).toBeNull();
  });
});
