/**
 * Lines the product measures against. Defaults only: the options page lets the merchant
 * change them. Sources: DOMAIN.md §1.1 (4.5 per-dimension health line, S2) and §2 (4.40 for
 * 新商专属活动 / 快分销, 4.64 and 4.8 as targets, S1).
 */
export const DEFAULT_THRESHOLDS = {
  healthLine: 4.5,
  activityLine: 4.4,
  targets: [4.64, 4.8],
} as const;

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

/** A reading older than this is shown as stale: the platform recomputes scores daily. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
