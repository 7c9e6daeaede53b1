import type { Assessment } from './assessment-schema';

export interface BadgeState { text: string; color: string; title: string }

export const BADGE_COLORS = { good: '#237804', below: '#cf1322', unknown: '#8c8c8c' } as const;

/** Toolbar badge: the overall score as text (fits the 4-character badge), coloured by the line. */
export function badgeFor(assessment: Assessment | null, unreadable: boolean): BadgeState {
  if (unreadable && !assessment) return { text: '?', color: BADGE_COLORS.unknown, title: '无法读取购物体验分页面' };
  const value = assessment?.overall.value ?? null;
  if (!assessment || value === null) return { text: '', color: BADGE_COLORS.unknown, title: '打开购物体验分页面以读取分数' };
  const below = value < assessment.healthLine;
  return {
    text: value.toFixed(2),
    color: below ? BADGE_COLORS.below : BADGE_COLORS.good,
    title: `购物体验分 ${value.toFixed(2)}${below ? `，低于${assessment.healthLine}` : ''}`,
  };
}
