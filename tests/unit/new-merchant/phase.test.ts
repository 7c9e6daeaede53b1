import { describe, expect, it } from 'vitest';
import { isValidOrder, phaseOf } from '@/lib/engine/new-merchant';

describe('phaseOf: who still gets 新商体验分', () => {
  it('keeps a shop in the phase on day 90 and takes it out on day 91', () => {
    expect(phaseOf({ shopAgeDays: 90, validOrders: 5 }).status).toBe('in-phase');
    expect(phaseOf({ shopAgeDays: 91, validOrders: 5 }).status).toBe('graduated');
  });

  it('keeps a shop in the phase at 29 valid orders and takes it out at 30', () => {
    expect(phaseOf({ shopAgeDays: 10, validOrders: 29 }).status).toBe('in-phase');
    expect(phaseOf({ shopAgeDays: 10, validOrders: 30 }).status).toBe('graduated');
  });

  it('says how long and how many orders remain inside the phase', () => {
    expect(phaseOf({ shopAgeDays: 90, validOrders: 29 })).toMatchObject({ daysLeft: 0, ordersLeft: 1 });
    expect(phaseOf({ shopAgeDays: 23, validOrders: 12 })).toMatchObject({ status: 'in-phase', daysLeft: 67, ordersLeft: 18 });
  });

  it('says unknown when a figure needed to stay in the phase is missing, and never assumes', () => {
    expect(phaseOf({ shopAgeDays: null, validOrders: 12 }).status).toBe('unknown');
    expect(phaseOf({ shopAgeDays: 90, validOrders: null }).status).toBe('unknown');
    expect(phaseOf({ shopAgeDays: null, validOrders: null }).status).toBe('unknown');
    expect(phaseOf({ shopAgeDays: Number.NaN, validOrders: 3 }).status).toBe('unknown');
    expect(phaseOf({ shopAgeDays: 10, validOrders: -1 }).status).toBe('unknown');
    const v = phaseOf({ shopAgeDays: null, validOrders: null });
    expect(v.daysLeft).toBeNull();
    expect(v.ordersLeft).toBeNull();
    expect(v.reasons.join()).toContain('开店天数');
  });

  it('knows the shop has left the phase when either limit is passed, even if the other figure is unknown', () => {
    expect(phaseOf({ shopAgeDays: 95, validOrders: null }).status).toBe('graduated');
    expect(phaseOf({ shopAgeDays: null, validOrders: 31 }).status).toBe('graduated');
    expect(phaseOf({ shopAgeDays: 95, validOrders: 31 }).reasons).toHaveLength(2);
  });
});

describe('isValidOrder: what counts towards the 30 orders', () => {
  it('counts an order paid above 2 yuan that is not a gift', () => {
    expect(isValidOrder({ paidYuan: 2.01, isGift: false })).toBe(true);
    expect(isValidOrder({ paidYuan: 9.9, isGift: false })).toBe(true);
  });

  it('does not count an order paid exactly 2 yuan or less', () => {
    expect(isValidOrder({ paidYuan: 2, isGift: false })).toBe(false);
    expect(isValidOrder({ paidYuan: 0.01, isGift: false })).toBe(false);
    expect(isValidOrder({ paidYuan: 0, isGift: false })).toBe(false);
  });

  it('does not count a gift, whatever was paid', () => {
    expect(isValidOrder({ paidYuan: 50, isGift: true })).toBe(false);
  });

  it('does not count an order whose amount is not a number', () => {
    expect(isValidOrder({ paidYuan: Number.NaN, isGift: false })).toBe(false);
    expect(isValidOrder({ paidYuan: Number.POSITIVE_INFINITY, isGift: false })).toBe(false);
  });
});
