import type { TaskState } from '../pages/new-merchant-reading';
import { NEW_MERCHANT_RULES, type NewMerchantRules, type TaskGroup } from '../rules/new-merchant';

export interface BonusTask { group: TaskGroup | null; state: TaskState | null }

export interface GroupBonus {
  group: TaskGroup;
  label: string;
  offered: number;
  /** How many completed tasks earn the bonus in this group (2). */
  cap: number;
  done: number;
  /** Completed tasks that earn the bonus: min(done, cap). */
  counted: number;
  slotsLeft: number;
  earned: number;
  open: number;
}

export interface BonusSummary {
  perTask: number;
  max: number;
  earned: number;
  open: number;
  groups: GroupBonus[];
  /** Completed tasks we could not place in a group: not counted, since the cap is per group. */
  ungroupedDone: number;
}

/** Bonus figures are multiples of 0.01; rounding keeps 3 × 0.06 from printing as 0.18000000000000002. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * +0.06 per completed task, but only two count in each group (4选2, 6选2): a third completed
 * task in a group adds nothing, so the whole bonus tops out at +0.24.
 */
export function bonusOf(tasks: readonly BonusTask[], rules: NewMerchantRules = NEW_MERCHANT_RULES): BonusSummary {
  const groups: GroupBonus[] = rules.groups.map((g) => {
    const done = tasks.filter((t) => t.group === g.group && t.state === 'done').length;
    const counted = Math.min(done, g.counted);
    const slotsLeft = g.counted - counted;
    return {
      group: g.group, label: g.labels[0]!, offered: g.offered, cap: g.counted, done, counted, slotsLeft,
      earned: round2(counted * rules.taskBonus), open: round2(slotsLeft * rules.taskBonus),
    };
  });
  const max = round2(rules.groups.reduce((s, g) => s + g.counted, 0) * rules.taskBonus);
  const earned = round2(groups.reduce((s, g) => s + g.earned, 0));
  return {
    perTask: rules.taskBonus, max, earned, open: round2(max - earned), groups,
    ungroupedDone: tasks.filter((t) => t.group === null && t.state === 'done').length,
  };
}

/**
 * What each task added: completed tasks count in page order up to the group's cap (+0.06
 * each); a completed task past the cap added nothing, and the checklist says so.
 */
export function contributions<T extends { group: TaskGroup | null; state: TaskState | null }>(tasks: readonly T[], rules: NewMerchantRules = NEW_MERCHANT_RULES): (number | null)[] {
  const used = new Map<TaskGroup, number>();
  return tasks.map((t) => {
    if (t.state !== 'done') return null;
    if (!t.group) return 0;
    const cap = rules.groups.find((g) => g.group === t.group)?.counted ?? 0;
    const n = used.get(t.group) ?? 0;
    used.set(t.group, n + 1);
    return n < cap ? rules.taskBonus : 0;
  });
}
