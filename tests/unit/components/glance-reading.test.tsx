import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Glance } from '@/components/Glance';
import { meterScale } from '@/components/ScoreMeter';
import { assess } from '@/lib/engine/assess';
import { messages } from '@/lib/i18n';
import { DEFAULT_RULES } from '@/lib/rules';
import { reading } from '../factories';

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => { document.body.innerHTML = ''; });

const glanceOf = (over = {}) => ({ assessment: assess(reading(over), DEFAULT_RULES, { healthLine: 4.5 }), attempt: null, newMerchant: null });

describe('reading the glance', () => {
  it('puts 4.21, 4.36 and 4.62 far apart on a 4.0–5.0 bar, with the line marked at 4.50', () => {
    expect(meterScale(4.62, 4.5)).toEqual({ min: 4, max: 5 });
    const el = host();
    render(<Glance glance={glanceOf()} t={messages('zh')} />, el);
    const widths = [...el.querySelectorAll<HTMLElement>('.meter__fill')].map((f) => parseFloat(f.style.width));
    // 4.31 overall on 0–5 was 86 %; on 4.0–5.0 it is 31 %, so a tenth is a tenth of the bar.
    expect(widths[0]).toBeCloseTo(31, 0);
    const line = el.querySelector<HTMLElement>('.meter__line')!;
    expect(parseFloat(line.style.left)).toBeCloseTo(50, 0);
    expect(el.querySelector('.meter__linelabel')?.textContent).toBe('4.50');
  });

  it('starts lower when a score is below 4, so nothing falls off the bar', () => {
    expect(meterScale(3.62, 4.5).min).toBeLessThanOrEqual(3.5);
  });

  it('says the gap in words, for the eye and for the screen reader', () => {
    const el = host();
    render(<Glance glance={glanceOf()} t={messages('zh')} />, el);
    const overall = el.querySelector('[role="meter"][aria-label="购物体验分"]')!;
    expect(overall.getAttribute('aria-valuenow')).toBe('4.31');
    expect(overall.getAttribute('aria-valuetext')).toContain('比线低 0.19 分');
    expect(overall.textContent).toContain('比线低 0.19 分');
  });

  it('in English: English gap, no Chinese comma, the source named as the page with the URL as its link', () => {
    const el = host();
    render(<Glance glance={glanceOf()} t={messages('en')} />, el);
    const overall = el.querySelector('[role="meter"][aria-label="Shopping experience score"]')!;
    expect(overall.getAttribute('aria-valuetext')).toBe('4.31, Below 4.50, 0.19 below the line');
    const link = [...el.querySelectorAll('a')].find((a) => a.textContent === '购物体验分 page')!;
    expect(link.getAttribute('href')).toMatch(/^https?:\/\/s\.kwaixiaodian\.com\//);
    expect(el.textContent).not.toMatch(/kwaixiaodian\.com/); // the raw URL is the link, not the text
  });

  it('marks below-the-line indicators with text, not colour alone', () => {
    const el = host();
    render(<Glance glance={glanceOf()} t={messages('zh')} />, el);
    const items = [...el.querySelectorAll('.weakest li')];
    const below = items.filter((li) => li.querySelector('.is-below'));
    expect(below.length).toBeGreaterThan(0);
    for (const li of below) expect(li.textContent).toContain('低于线');
  });

  it('keeps a shop name with a space whole', () => {
    const el = host();
    render(<Glance glance={glanceOf({ shop: { id: '7654321', name: 'Sunny Fruit 小林' } })} t={messages('zh')} />, el);
    expect(el.querySelector('.shop__name')?.textContent).toBe('Sunny Fruit 小林');
    expect(el.querySelector('.shop')?.textContent).toContain('店铺ID 7654321');
  });
});
