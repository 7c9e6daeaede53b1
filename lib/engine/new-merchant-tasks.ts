import type { NewMerchantTaskReading, TaskProgress, TaskState } from '../pages/new-merchant-reading';
import { NEW_MERCHANT_RULES, type NewMerchantRules, type NewMerchantTaskRule, type TaskGroup } from '../rules/new-merchant';
import type { BonusSummary } from './new-merchant-bonus';

export interface RankOptions { weakAtLive: boolean }

/** A task with its group settled: the page's group first, the rule pack's as fallback. */
export interface ResolvedTask {
  id: string;
  label: string;
  group: TaskGroup | null;
  state: TaskState | null;
  progress: TaskProgress | null;
  rule: NewMerchantTaskRule | null;
  /** The bonus the page shows beside the task (「+0.06分」), when it shows one: it wins over the rule pack's. */
  shownBonus?: number | null;
  /** False for tasks suggested from the rule pack because the page listed none. */
  seenOnPage: boolean;
}

export interface NextTask {
  id: string;
  label: string;
  group: TaskGroup | null;
  state: TaskState | null;
  progress: TaskProgress | null;
  bonus: number;
  advice: string;
  guideUrl: string | null;
  /** Known to the rule pack (so the advice is specific). */
  known: boolean;
  needsLive: boolean | null;
  seenOnPage: boolean;
}

const UNKNOWN_ADVICE = '这个任务我们还没有收录具体做法：请按页面上的任务说明完成。它和同组任务一样，每组最多计2项加分。';

export function resolveTasks(tasks: readonly NewMerchantTaskReading[], rules: NewMerchantRules = NEW_MERCHANT_RULES): ResolvedTask[] {
  if (tasks.length === 0) {
    // The page listed no tasks (not read, or hidden): suggest the ones we know, state unknown.
    return rules.tasks.map((rule) => ({ id: rule.id, label: rule.labels[0]!, group: rule.group, state: null, progress: null, rule, seenOnPage: false }));
  }
  return tasks.map((t) => {
    const rule = rules.tasks.find((r) => r.id === t.id) ?? null;
    return { id: t.id, label: t.label, group: t.group ?? rule?.group ?? null, state: t.state, progress: t.progress, rule, shownBonus: t.bonus ?? null, seenOnPage: true };
  });
}

/**
 * Sort key by effort. Default: the article's order (original videos and live hours first).
 * A shop weak at live selling starts with the quick non-live tasks (10 products, 2
 * distribution plans), then other non-live ones, and leaves live tasks for last.
 */
function effortKey(rule: NewMerchantTaskRule, { weakAtLive }: RankOptions): number[] {
  return weakAtLive ? [rule.quickWin ? 0 : 1, rule.needsLive ? 1 : 0, rule.effortRank] : [rule.effortRank];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * What to do next: tasks not yet done, in groups that still have a counted slot (a group
 * with two completed tasks earns nothing more), easiest first. Tasks the rule pack does not
 * know keep the page's order after the known ones: we cannot judge their effort.
 */
export function rankNextTasks(tasks: readonly ResolvedTask[], bonus: BonusSummary, options: RankOptions, rules: NewMerchantRules = NEW_MERCHANT_RULES): NextTask[] {
  const full = new Set(bonus.groups.filter((g) => g.slotsLeft === 0).map((g) => g.group));
  const open = tasks.filter((t) => t.state !== 'done' && !(t.group !== null && full.has(t.group)));
  const known = open.filter((t) => t.rule !== null).sort((a, b) => compareKeys(effortKey(a.rule!, options), effortKey(b.rule!, options)));
  const unknown = open.filter((t) => t.rule === null);
  return [...known, ...unknown].map((t) => ({
    id: t.id, label: t.label, group: t.group, state: t.state, progress: t.progress,
    bonus: t.shownBonus ?? t.rule?.bonus ?? rules.taskBonus,
    advice: t.rule?.advice ?? UNKNOWN_ADVICE,
    guideUrl: t.rule?.guideUrl ?? null,
    known: t.rule !== null,
    needsLive: t.rule?.needsLive ?? null,
    seenOnPage: t.seenOnPage,
  }));
}
