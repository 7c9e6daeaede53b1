import { NEW_MERCHANT_RULES, type NewMerchantRules } from '../rules/new-merchant';

export type PhaseStatus = 'in-phase' | 'graduated' | 'unknown';

export interface PhaseFigures { shopAgeDays: number | null; validOrders: number | null }

export interface PhaseVerdict {
  status: PhaseStatus;
  /** Days the shop stays in the phase after today (0 on day 90); null unless in the phase. */
  daysLeft: number | null;
  /** Valid orders still to go before the formal score takes over (1 at 29); null unless in the phase. */
  ordersLeft: number | null;
  /** Why, in words a merchant understands. */
  reasons: string[];
}

type PhaseRules = NewMerchantRules['phase'];

const known = (n: number | null): n is number => n !== null && Number.isFinite(n) && n >= 0;

/**
 * In the new-merchant phase iff the shop is at most 90 days old AND has fewer than 30 valid
 * orders (DOMAIN.md §2). Either limit passed is enough to leave; staying in needs both
 * figures, so a missing figure gives 'unknown' rather than a guess.
 */
export function phaseOf({ shopAgeDays, validOrders }: PhaseFigures, rules: PhaseRules = NEW_MERCHANT_RULES.phase): PhaseVerdict {
  const age = known(shopAgeDays) ? shopAgeDays : null;
  const orders = known(validOrders) ? validOrders : null;
  const reasons: string[] = [];
  if (age !== null && age > rules.maxAgeDays) reasons.push(`开店已${age}天，超过${rules.maxAgeDays}天`);
  if (orders !== null && orders >= rules.orderLimit) reasons.push(`有效订单已${orders}单，达到${rules.orderLimit}单`);
  if (reasons.length > 0) return { status: 'graduated', daysLeft: null, ordersLeft: null, reasons };
  if (age !== null && orders !== null) {
    return {
      status: 'in-phase',
      daysLeft: rules.maxAgeDays - age,
      ordersLeft: rules.orderLimit - orders,
      reasons: [`开店${age}天（不超过${rules.maxAgeDays}天），有效订单${orders}单（少于${rules.orderLimit}单）`],
    };
  }
  if (age === null) reasons.push('页面上没有读到开店天数');
  if (orders === null) reasons.push('页面上没有读到有效订单数');
  return { status: 'unknown', daysLeft: null, ordersLeft: null, reasons };
}

export interface OrderFacts { paidYuan: number; isGift: boolean }

/** An order counts towards the 30 only when the buyer actually paid more than 2 yuan and it is not a gift. */
export function isValidOrder({ paidYuan, isGift }: OrderFacts, rules: PhaseRules = NEW_MERCHANT_RULES.phase): boolean {
  if (!Number.isFinite(paidYuan)) return false;
  if (isGift && !rules.giftsCount) return false;
  return paidYuan > rules.validOrderMinPaidYuan;
}
