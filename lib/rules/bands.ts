import type { Band } from './schema';

/**
 * Default estimation bands (raw value → score), used only when the page shows a raw value
 * but no score. They are our estimates, not the platform's formula (which is not public,
 * DOMAIN.md §1.4): every view marks banded scores 「估算」, and options can change them.
 * Anchors: 4.5 sits at the targets the guides name (3-minute reply ≥80 %, ship within 48 h).
 */
const INF = Number.MAX_SAFE_INTEGER;
const lowRate: Band[] = [{ limit: 0.1, score: 5 }, { limit: 0.3, score: 4.8 }, { limit: 0.5, score: 4.6 }, { limit: 0.8, score: 4.4 }, { limit: 1.2, score: 4.2 }, { limit: 2, score: 3.9 }, { limit: INF, score: 3.5 }];
const disputeRate: Band[] = [{ limit: 0.01, score: 5 }, { limit: 0.05, score: 4.7 }, { limit: 0.1, score: 4.5 }, { limit: 0.3, score: 4 }, { limit: INF, score: 3.5 }];
const pickupRate: Band[] = [{ limit: 0.5, score: 5 }, { limit: 1, score: 4.7 }, { limit: 2, score: 4.4 }, { limit: 5, score: 4 }, { limit: INF, score: 3.5 }];
const replyRate: Band[] = [{ limit: 95, score: 5 }, { limit: 90, score: 4.8 }, { limit: 85, score: 4.6 }, { limit: 80, score: 4.5 }, { limit: 70, score: 4.2 }, { limit: 60, score: 3.9 }, { limit: 0, score: 3.5 }];
const goodRating: Band[] = [{ limit: 95, score: 5 }, { limit: 90, score: 4.8 }, { limit: 85, score: 4.6 }, { limit: 80, score: 4.5 }, { limit: 70, score: 4.1 }, { limit: 0, score: 3.6 }];
const onTime: Band[] = [{ limit: 99, score: 5 }, { limit: 98, score: 4.8 }, { limit: 97, score: 4.6 }, { limit: 95, score: 4.4 }, { limit: 90, score: 4 }, { limit: 0, score: 3.5 }];
const refundHours: Band[] = [{ limit: 12, score: 5 }, { limit: 24, score: 4.8 }, { limit: 36, score: 4.6 }, { limit: 48, score: 4.4 }, { limit: 72, score: 4 }, { limit: INF, score: 3.5 }];
const returnHours: Band[] = [{ limit: 48, score: 5 }, { limit: 72, score: 4.8 }, { limit: 96, score: 4.6 }, { limit: 120, score: 4.4 }, { limit: 168, score: 4 }, { limit: INF, score: 3.5 }];
const deliveryHours: Band[] = [{ limit: 36, score: 5 }, { limit: 48, score: 4.7 }, { limit: 60, score: 4.4 }, { limit: 72, score: 4.1 }, { limit: INF, score: 3.6 }];
const competitiveness: Band[] = [{ limit: 1.1, score: 5 }, { limit: 1, score: 4.7 }, { limit: 0.9, score: 4.4 }, { limit: 0.8, score: 4 }, { limit: 0, score: 3.5 }];

export const DEFAULT_BANDS: Record<string, Band[]> = {
  'goods-bad-review': lowRate,
  'goods-quality-refund-first': lowRate,
  'reply-3min': replyRate,
  'service-good-rating': goodRating,
  'ship-on-time': onTime,
  'abnormal-pickup': pickupRate,
  'refund-only-duration': refundHours,
  'return-refund-duration': returnHours,
  'merchant-dispute': disputeRate,
  'live-report': lowRate,
  'quality-refund-rate': lowRate,
  'quality-bad-review-rate': lowRate,
  'promised-ship-rate': onTime,
  'ship-to-sign-hours': deliveryHours,
  'logistics-complaint-rate': lowRate,
  'logistics-competitiveness': competitiveness,
  'post-ship-refund-duration': refundHours,
  'return-refund-complete-duration': returnHours,
  'platform-help-rate': lowRate,
};
