import { z } from 'zod';

/**
 * Rule pack for 新商体验分 (DOMAIN.md §2). Almost everything here rests on one third-party
 * article (S1), so it is data, validated at load, and easy to correct when the real page
 * says otherwise. Advice is written in our own words from the facts S1 gives.
 */

export const taskGroupSchema = z.enum(['basic', 'advanced']);
export type TaskGroup = z.infer<typeof taskGroupSchema>;

export const newMerchantTaskRuleSchema = z.object({
  id: z.string().min(1).max(60),
  /**
   * S1 lists 累计发布商品数 and 创建分销计划数 under 基础任务 but DOMAIN.md calls that
   * unclear; the group the page shows wins, this is only the fallback.
   */
  group: taskGroupSchema,
  /** Visible task names; the first is the canonical one. Compared after foldLabel. */
  labels: z.array(z.string().min(1).max(40)).min(1),
  bonus: z.number().positive().max(1),
  /** 1 = do first. The article's order: original videos and live hours first. */
  effortRank: z.number().int().positive(),
  /** Needs live selling: a shop weak at live selling does these last. */
  needsLive: z.boolean(),
  /** 「操作简单且耗时短」 per S1: a shop weak at live selling does these first. */
  quickWin: z.boolean(),
  advice: z.string().min(1).max(200),
  guideUrl: z.url().optional(),
});
export type NewMerchantTaskRule = z.infer<typeof newMerchantTaskRuleSchema>;

export const groupRuleSchema = z.object({
  group: taskGroupSchema,
  labels: z.array(z.string().min(1)).min(1),
  /** Tasks on offer in the group (4选2 → 4). */
  offered: z.number().int().positive(),
  /** Completed tasks that earn the bonus (4选2 → 2); a third one earns nothing. */
  counted: z.number().int().positive(),
});
export type GroupRule = z.infer<typeof groupRuleSchema>;

export const coreIndicatorRuleSchema = z.object({
  id: z.string().min(1),
  labels: z.array(z.string().min(1).max(40)).min(1),
  /** The matching 购物体验分 indicator in lib/rules/indicators.ts, for its advice. */
  indicatorId: z.string().min(1).nullable(),
  /** S1 names two of the five; the other three are DOMAIN.md's inference. */
  confirmed: z.boolean(),
});
export type CoreIndicatorRule = z.infer<typeof coreIndicatorRuleSchema>;

export const thresholdLineSchema = z.object({
  id: z.enum(['activity', 'target', 'stretch']),
  score: z.number().min(0).max(5),
  label: z.string().min(1),
  /** What reaching the line opens up, in the platform's words. */
  unlocks: z.array(z.string()),
});
export type ThresholdLine = z.infer<typeof thresholdLineSchema>;

export const newMerchantRulesSchema = z
  .object({
    version: z.number().int().positive(),
    phase: z.object({
      /** In the phase up to and including this shop age. */
      maxAgeDays: z.number().int().positive(),
      /** In the phase while valid orders stay below this. */
      orderLimit: z.number().int().positive(),
      /** A valid order paid strictly more than this, in yuan. */
      validOrderMinPaidYuan: z.number().nonnegative(),
      giftsCount: z.boolean(),
    }),
    taskBonus: z.number().positive(),
    groups: z.array(groupRuleSchema).length(2),
    tasks: z.array(newMerchantTaskRuleSchema).min(1),
    thresholds: z.array(thresholdLineSchema).min(1),
    coreIndicators: z.array(coreIndicatorRuleSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set<string>();
    for (const [i, t] of pack.tasks.entries()) {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `duplicate id ${t.id}` });
      ids.add(t.id);
    }
    for (const g of pack.groups) {
      if (g.counted > g.offered) ctx.addIssue({ code: 'custom', path: ['groups'], message: `${g.group}: counted > offered` });
    }
  });
export type NewMerchantRules = z.infer<typeof newMerchantRulesSchema>;

export { NEW_MERCHANT_RULES, NEW_MERCHANT_SCORE_LABELS, SHOP_AGE_LABELS, VALID_ORDER_LABELS } from './new-merchant-rules';
