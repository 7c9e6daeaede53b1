import { translator, type Lang } from '../i18n';
import type { Assessment } from './assessment-schema';

export interface BadgeState { text: string; color: string; title: string }

export const BADGE_COLORS = { good: '#237804', warn: '#d46b08', below: '#cf1322', unknown: '#8c8c8c' } as const;

/**
 * Toolbar badge: the overall score as text (fits the 4-character badge), coloured by the line:
 * green at or above it, red below it, orange when the overall is fine but a dimension is not
 * (the early warning the merchant can switch off in options).
 */
export function badgeFor(assessment: Assessment | null, unreadable: boolean, warnOnDimensions = true, lang: Lang = 'zh'): BadgeState {
  const tr = translator(lang);
  if (unreadable && !assessment) return { text: '?', color: BADGE_COLORS.unknown, title: tr('badge.unreadable') };
  const value = assessment?.overall.value ?? null;
  if (!assessment || value === null) return { text: '', color: BADGE_COLORS.unknown, title: tr('badge.empty') };
  const line = assessment.healthLine;
  const weakDims = assessment.dimensions.filter((d) => d.belowLine === true).map((d) => d.label);
  const below = value < line;
  const color = below ? BADGE_COLORS.below : warnOnDimensions && weakDims.length ? BADGE_COLORS.warn : BADGE_COLORS.good;
  const parts = [tr('badge.score', { value: value.toFixed(2), below, line: line.toFixed(2) })];
  if (weakDims.length) parts.push(tr('badge.weakDims', { line: line.toFixed(2), dims: weakDims.join(tr('punct.list')) }));
  return { text: value.toFixed(2), color, title: parts.join('\n') };
}

/** A new shop's badge: 新商体验分, coloured by the activity line (4.40 unlocks 新商专属活动 and 快分销). */
export function newMerchantBadge(a: { score: number | null }, activityLine: number, lang: Lang = 'zh'): BadgeState {
  const tr = translator(lang);
  if (a.score === null) return { text: '', color: BADGE_COLORS.unknown, title: tr('badge.nmEmpty') };
  const below = a.score < activityLine;
  return {
    text: a.score.toFixed(2),
    color: below ? BADGE_COLORS.below : BADGE_COLORS.good,
    title: tr('badge.nmScore', { value: a.score.toFixed(2), below, line: activityLine.toFixed(2) }),
  };
}
