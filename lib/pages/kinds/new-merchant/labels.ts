import { NEW_MERCHANT_SCORE_LABELS, SHOP_AGE_LABELS, VALID_ORDER_LABELS } from '../../../rules/new-merchant-rules';
import type { NewMerchantRules, TaskGroup } from '../../../rules/new-merchant';
import { SHOP_LABELS } from '../../kit/shop';
import { buildDict, type LabelDict, type LabelMeaning } from '../../kit/tokens';
import { DECOY_WORDS, SCORE_WORDS, VALUE_WORDS } from '../score/labels';
import type { TaskState } from './reading';

/**
 * Every label the 新商体验分 reader knows, with where it is seen. DOMAIN.md §2 (S1, a
 * third-party article: the module shows the score, 基础任务 4选2 and 进阶任务 6选2 at +0.06 each,
 * five core indicators, and the phase ends at 90 days or 30 valid orders); the words around them
 * are the ordinary antd ones the demo pages and the zoo layouts model (Tag, Button, Steps, List).
 * The rule pack (lib/rules/new-merchant.ts) names the score, shop age, valid orders, groups,
 * known tasks and core indicators.
 */

/** Task states as the page prints them: a tag, a plain word, or a disabled button. 未完成 says nothing about starting. */
export const STATE_WORDS: ReadonlyArray<readonly [string, TaskState | 'undone']> = [
  ['已完成', 'done'], ['已达成', 'done'], ['已达标', 'done'], ['已开通', 'done'], ['已领取', 'done'],
  ['进行中', 'in-progress'],
  ['未开始', 'not-started'], ['待开始', 'not-started'], ['未开通', 'not-started'],
  ['未完成', 'undone'], ['未达成', 'undone'], ['未达标', 'undone'],
];

/**
 * Buttons of a task row. 去完成 and its kin mean the task is not done yet (started or not: the
 * progress figure says which). 查看 says nothing by itself: the figure decides.
 */
export const ACTION_WORDS: ReadonlyArray<readonly [string, 'undone' | 'none']> = [
  ['去完成', 'undone'], ['去发布', 'undone'], ['去创建', 'undone'], ['去直播', 'undone'], ['去开通', 'undone'], ['去设置', 'undone'],
  ['去上架', 'undone'], ['去开播', 'undone'], ['立即完成', 'undone'], ['立即开通', 'undone'], ['去做任务', 'undone'], ['去提升', 'undone'],
  ['查看', 'none'], ['查看详情', 'none'], ['详情', 'none'],
];

/** Tags beside the score or a task: they annotate, they never fence a label off its value. */
export const TAG_WORDS = ['新商期', '新商考核期', '考核中', '新商专享', '新商', '最终', '近30天', '实时', 'ⓘ', '说明', '规则说明'];

/** Sub-labels whose numbers are never the shop's own score: changes, targets and lines. */
export const NM_DECOY_WORDS = [...DECOY_WORDS, '较前日', '报名线', '活动线', '预估', '预计', '满分', '任务加分', '已获加分', '最高可加'];

export const GROUP_NAMES: Record<TaskGroup, string> = { basic: '基础任务', advanced: '进阶任务' };

/** Columns of a core-indicator table, decoys first. */
export const CORE_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['decoy', ['同行', '行业', '均值', '平均', '优秀', '较上', '较昨', '环比', '同比', '目标', '达标线', '变化', '趋势']],
  ['score', ['得分', '分数', '评分']],
  ['value', ['指标值', '数值', '当前值', '店铺值', '本店', '表现', '近30天']],
  ['name', ['指标', '核心指标', '指标名称', '考核指标', '项目']],
];

export function newMerchantDict(rules: NewMerchantRules): LabelDict {
  const e: Array<readonly [string, LabelMeaning]> = [];
  for (const l of NEW_MERCHANT_SCORE_LABELS) e.push([l, { role: 'nm-score', name: NEW_MERCHANT_SCORE_LABELS[0]! }]);
  for (const l of SHOP_AGE_LABELS) e.push([l, { role: 'age', name: SHOP_AGE_LABELS[0]! }]);
  for (const l of VALID_ORDER_LABELS) e.push([l, { role: 'orders', name: VALID_ORDER_LABELS[0]! }]);
  for (const c of rules.coreIndicators) for (const l of c.labels) e.push([l, { role: 'core', id: c.id, name: c.labels[0]! }]);
  for (const g of rules.groups) for (const l of g.labels) e.push([l, { role: 'group', id: g.group, name: g.labels[0]! }]);
  for (const l of SCORE_WORDS) e.push([l, { role: 'score', name: l }]);
  for (const l of VALUE_WORDS) e.push([l, { role: 'value', name: l }]);
  for (const l of NM_DECOY_WORDS) e.push([l, { role: 'decoy', name: l }]);
  for (const [l, s] of STATE_WORDS) e.push([l, { role: 'state', id: s, name: l }]);
  for (const [l, s] of ACTION_WORDS) e.push([l, { role: 'action', id: s, name: l }]);
  for (const l of TAG_WORDS) e.push([l, { role: 'status', name: l }]);
  e.push(...SHOP_LABELS);
  return buildDict(e);
}
