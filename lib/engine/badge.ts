import type { Assessment } from './assessment-schema';

export interface BadgeState { text: string; color: string; title: string }

export const BADGE_COLORS = { good: '#237804', warn: '#d46b08', below: '#cf1322', unknown: '#8c8c8c' } as const;

/**
 * Toolbar badge: the overall score as text (fits the 4-character badge), coloured by the line:
 * green at or above it, red below it, orange when the overall is fine but a dimension is not
 * (the early warning the merchant can switch off in options).
 */
export function badgeFor(assessment: Assessment | null, unreadable: boolean, warnOnDimensions = true): BadgeState {
  if (unreadable && !assessment) return { text: '?', color: BADGE_COLORS.unknown, title: '无法读取购物体验分页面' };
  const value = assessment?.overall.value ?? null;
  if (!assessment || value === null) return { text: '', color: BADGE_COLORS.unknown, title: '打开购物体验分页面以读取分数' };
  const line = assessment.healthLine;
  const weakDims = assessment.dimensions.filter((d) => d.belowLine === true).map((d) => d.label);
  const below = value < line;
  const color = below ? BADGE_COLORS.below : warnOnDimensions && weakDims.length ? BADGE_COLORS.warn : BADGE_COLORS.good;
  const parts = [`购物体验分 ${value.toFixed(2)}${below ? `，低于${line}` : ''}`];
  if (weakDims.length) parts.push(`低于${line}的维度：${weakDims.join('、')}`);
  return { text: value.toFixed(2), color, title: parts.join('\n') };
}

/** A new shop's badge: 新商体验分, coloured by the activity line (4.40 unlocks 新商专属活动 and 快分销). */
export function newMerchantBadge(a: { score: number | null }, activityLine: number): BadgeState {
  if (a.score === null) return { text: '', color: BADGE_COLORS.unknown, title: '新商体验分：暂无数据' };
  const below = a.score < activityLine;
  return {
    text: a.score.toFixed(2),
    color: below ? BADGE_COLORS.below : BADGE_COLORS.good,
    title: `新商体验分 ${a.score.toFixed(2)}${below ? `，低于${activityLine}（新商专属活动、快分销报名线）` : ''}`,
  };
}
