import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Glance } from '@/components/Glance';
import { assess } from '@/lib/engine/assess';
import { messages } from '@/lib/i18n';
import { DEFAULT_RULES } from '@/lib/rules';
import { reading } from '../factories';

const t = messages('zh');
const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => { document.body.innerHTML = ''; });

describe('the popup glance', () => {
  const a = assess(reading(), DEFAULT_RULES, { healthLine: 4.5 });
  const readAt = new Date(a.readAt).getTime();

  it('shows meters with accessible names and values', () => {
    const el = host();
    render(<Glance glance={{ assessment: a, attempt: null, newMerchant: null }} t={t} now={readAt + 60_000} />, el);
    const overall = el.querySelector('[role="meter"][aria-label="购物体验分"]')!;
    expect(overall.getAttribute('aria-valuenow')).toBe('4.31');
    expect(overall.getAttribute('aria-valuetext')).toContain('低于4.50');
    expect(el.querySelectorAll('[role="meter"]').length).toBe(4);
    expect(el.textContent).not.toContain(t.stale);
  });

  it('says which dimensions are not read yet when the page rendered only one tab', () => {
    const el = host();
    const partial = assess(reading({ status: 'partial', unreadDimensions: ['物流体验', '售后服务'] }), DEFAULT_RULES, { healthLine: 4.5 });
    render(<Glance glance={{ assessment: partial, attempt: null, newMerchant: null }} t={t} now={readAt + 60_000} />, el);
    expect(el.querySelector('[role="note"]')?.textContent).toBe(t.unreadDims('物流体验、售后服务'));
  });

  it('warns when the reading is more than a day old', () => {
    const el = host();
    render(<Glance glance={{ assessment: a, attempt: null, newMerchant: null }} t={t} now={readAt + 25 * 3_600_000} />, el);
    expect(el.querySelector('[role="status"]')?.textContent).toBe(t.stale);
  });

  it('tells a new user which page to open', () => {
    const el = host();
    render(<Glance glance={{ assessment: null, attempt: null, newMerchant: null }} t={t} />, el);
    expect(el.textContent).toContain('还没有读取到体验分');
    expect(el.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/s\.kwaixiaodian\.com\//);
  });

  it('names what could not be read, and shows no score', () => {
    const el = host();
    const attempt = { status: 'unreadable' as const, readAt: a.readAt, url: a.url, missing: ['售后'], problems: ['商品：「abc分」不是有效的分数'] };
    render(<Glance glance={{ assessment: null, attempt, newMerchant: null }} t={t} />, el);
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('未找到：售后');
    expect(alert.textContent).toContain('abc分');
    expect(el.querySelectorAll('[role="meter"]').length).toBe(0);
  });
});
