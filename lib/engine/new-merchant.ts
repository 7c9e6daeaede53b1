import type { NewMerchantReading } from '../pages/new-merchant-reading';
import { DEFAULT_THRESHOLDS } from '../rules/thresholds';
import { INDICATORS } from '../rules/indicators';
import { NEW_MERCHANT_RULES, type NewMerchantRules, type ThresholdLine } from '../rules/new-merchant';
import { shopKeyOf } from './assess';
import { bonusOf, contributions } from './new-merchant-bonus';
import { gapsFor } from './new-merchant-gaps';
import { phaseOf } from './new-merchant-phase';
import type { NewMerchantAssessment } from './new-merchant-schema';
import { rankNextTasks, resolveTasks } from './new-merchant-tasks';

export { newMerchantAssessmentSchema, type NewMerchantAssessment } from './new-merchant-schema';
export { isValidOrder, phaseOf, type PhaseFigures, type PhaseStatus, type PhaseVerdict } from './new-merchant-phase';
export { bonusOf, type BonusSummary, type GroupBonus } from './new-merchant-bonus';
export { distanceTo, gapsFor, type Gap } from './new-merchant-gaps';
export { rankNextTasks, resolveTasks, type NextTask, type ResolvedTask } from './new-merchant-tasks';

export interface NewMerchantOptions {
  /** The shop struggles with live selling: quick non-live tasks first, live tasks last. */
  weakAtLive?: boolean;
  /** The merchant's own lines (options page); DEFAULT_THRESHOLDS otherwise. */
  activityLine?: number;
  targets?: readonly number[];
  healthLine?: number;
}

function linesFor(rules: NewMerchantRules, options: NewMerchantOptions): ThresholdLine[] {
  return rules.thresholds.map((l) => {
    if (l.id === 'activity' && options.activityLine !== undefined) return { ...l, score: options.activityLine };
    if (l.id === 'target' && options.targets?.[0] !== undefined) return { ...l, score: options.targets[0] };
    if (l.id === 'stretch' && options.targets?.[1] !== undefined) return { ...l, score: options.targets[1] };
    return l;
  });
}

/**
 * Everything the popup says about a new shop: whether it is still in the phase, the task
 * bonus earned and still open, how far each line is and whether tasks alone can get there,
 * and what to do next. Pure: the same reading and options always give the same answer.
 */
export function assessNewMerchant(reading: NewMerchantReading, options: NewMerchantOptions = {}, rules: NewMerchantRules = NEW_MERCHANT_RULES): NewMerchantAssessment {
  const figures = phaseOf({ shopAgeDays: reading.shopAgeDays, validOrders: reading.validOrders }, rules.phase);
  // The page's own statement is the platform's word; our figures only fill in when it is silent.
  const stated = reading.phase?.status ?? null;
  const status = stated ?? figures.status;
  const reasons = [...figures.reasons];
  if (stated && figures.status !== 'unknown' && figures.status !== stated) {
    reasons.push(`页面显示${stated === 'graduated' ? '已转为正式体验分' : '仍在新商期'}，与开店天数和有效订单推算的结果不同，以页面为准`);
  }
  const inPhase = status === 'in-phase';

  const tasks = resolveTasks(reading.tasks, rules);
  const bonus = bonusOf(tasks, rules);
  // Past the phase the tasks no longer add anything: nothing is open, nothing to suggest.
  const open = status === 'graduated' ? 0 : bonus.open;
  const nextTasks = status === 'graduated' ? [] : rankNextTasks(tasks, bonus, { weakAtLive: options.weakAtLive ?? false }, rules);

  const added = contributions(tasks, rules);
  const checklistTasks = tasks.filter((t) => t.seenOnPage).map((t) => ({ t, added: added[tasks.indexOf(t)] ?? null }));
  const checklist = [
    ...rules.groups.map((g) => ({ group: g.group, label: g.labels[0]!, cap: g.counted, items: checklistTasks.filter(({ t }) => t.group === g.group) })),
    { group: null, label: '其他任务', cap: 0, items: checklistTasks.filter(({ t }) => t.group === null) },
  ]
    .filter((g) => g.items.length > 0)
    .map(({ items, ...g }) => ({
      ...g,
      tasks: items.slice(0, 30).map(({ t, added: a }) => ({ id: t.id, label: t.label, state: t.state, progress: t.progress, known: t.rule !== null, added: a })),
    }));

  const healthLine = options.healthLine ?? DEFAULT_THRESHOLDS.healthLine;
  const coreIndicators = reading.coreIndicators.map((c) => {
    const rule = rules.coreIndicators.find((r) => r.id === c.id);
    const ind = rule?.indicatorId ? INDICATORS.find((i) => i.id === rule.indicatorId) : undefined;
    return {
      ...c,
      belowLine: c.score === null ? null : c.score < healthLine,
      advice: ind?.advice.slice(0, 200) ?? null,
      guideUrl: ind?.guideUrl ?? null,
    };
  });

  return {
    kind: 'new-merchant',
    shopKey: shopKeyOf(reading.shop).slice(0, 120),
    shopName: reading.shop.name,
    readAt: reading.readAt,
    url: reading.url,
    status: reading.status,
    score: reading.score,
    phase: {
      status,
      source: stated ? 'page' : figures.status === 'unknown' ? null : 'figures',
      shopAgeDays: reading.shopAgeDays,
      validOrders: reading.validOrders,
      daysLeft: inPhase ? figures.daysLeft : null,
      ordersLeft: inPhase ? figures.ordersLeft : null,
      pageText: reading.phase?.text ?? null,
      reasons: reasons.slice(0, 10),
    },
    bonus: { ...bonus, open },
    thresholds: gapsFor(reading.score, open, linesFor(rules, options)),
    nextTasks: nextTasks.slice(0, 30),
    checklist,
    coreIndicators,
    healthLine,
    missing: reading.missing,
    problems: reading.problems,
  };
}
