import type { RulePack } from '../../../rules';
import { OVERALL_LABELS } from '../../../rules/dimensions';
import { SHOP_LABELS } from '../../kit/shop';
import { buildDict, type LabelDict, type LabelMeaning } from '../../kit/tokens';

/**
 * Every label the 购物体验分 reader knows, with where it is seen. The rule pack names the
 * dimensions and indicators of both generations; the rest are the words that say which slot a
 * number fills. Evidence: DOMAIN.md §1.2 (S2's five-dimension table, S3's three-dimension cards:
 * `cardData.baseValue` is the dimension score, `portalIndexScoreVO` the indicator's score and
 * `portalIndexValueVO` its raw value), and the antd tables and cards the zoo layouts model.
 */

/** Sub-labels: the next numbers are a score. 维度得分 on dimension cards, 指标得分 on indicator rows. */
export const SCORE_WORDS = ['得分', '指标得分', '分数', '评分', '维度得分', '当前得分', '考核得分', '本店得分'];
/** Sub-labels: the next numbers are the shop's own raw value. */
export const VALUE_WORDS = ['指标值', '数值', '当前值', '店铺值', '表现值', '本店', '本店值', '我的店铺', '店铺表现', '近30天指标值'];
/** Sub-labels whose numbers are never the shop's: comparisons, targets and changes. */
export const DECOY_WORDS = [
  '同行均值', '行业均值', '同行平均', '行业平均', '同行平均值', '行业平均值', '优秀商家', '优秀值', '行业优秀', '同行优秀', '优秀线',
  '较上周', '较昨日', '较上期', '较上月', '环比', '同比', '目标', '目标值', '目标分', '达标线', '及格线', '行业TOP', '同行TOP', '均值', '上期', '排名', '超过同行',
];
export const PERIOD_WORDS = ['统计周期', '考核周期', '数据周期', '统计时间', '更新时间', '数据更新时间', '考核时间'];
/** Tags beside a value: they change no slot. 门槛不达标 is S2's gate wording. */
export const GATE_WORDS: ReadonlyArray<readonly [string, 'met' | 'not-met']> = [
  ['门槛不达标', 'not-met'], ['不达标', 'not-met'], ['未达标', 'not-met'], ['门槛未达标', 'not-met'],
  ['门槛达标', 'met'], ['已达标', 'met'], ['达标', 'met'],
];
const TAG_WORDS = ['优秀', '良好', '较差', '待提升', '需提升', '需关注', '门槛', '门槛指标', '考核中', '正常', 'ⓘ', '查看详情', '详情', '去提升', '查看攻略', '提分攻略'];
export const FLOOR_WORDS = ['合作商家楼层', '合作商家'];

/** Column headers by meaning, decoys first (行业均值 holds 值; 维度得分 holds 得分). */
export const SCORE_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['decoy', ['同行', '行业', '均值', '平均', '优秀', '较上', '较昨', '环比', '同比', '目标', '达标线', '上周', '上期', '排名', '变化', '趋势']],
  ['dimension-score', ['维度得分', '维度分']],
  ['gate', ['门槛', '是否达标', '考核结果', '达标情况']],
  ['score', ['得分', '分数', '评分']],
  ['value', ['指标值', '数值', '当前值', '店铺值', '本店', '表现', '近30天']],
  ['dimension', ['考核维度', '维度', '评价维度']],
  ['name', ['指标', '考核指标', '指标名称', '考核项', '项目']],
];
export const PARTNER_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['decoy', ['较上', '环比', '变化', '排名']],
  ['score', ['购物体验分', '体验分', '综合得分', '得分', '评分']],
  ['name', ['合作商家', '商家名称', '店铺名称', '商家', '店铺']],
];

export function scoreDict(rules: RulePack): LabelDict {
  const e: Array<readonly [string, LabelMeaning]> = [];
  for (const l of OVERALL_LABELS) e.push([l, { role: 'overall', name: OVERALL_LABELS[0]! }]);
  for (const d of rules.dimensions) for (const l of d.labels) e.push([l, { role: 'dimension', id: d.id, name: d.labels[0]! }]);
  for (const i of rules.indicators) for (const l of i.labels) e.push([l, { role: 'indicator', id: i.id, name: i.labels[0]! }]);
  for (const l of SCORE_WORDS) e.push([l, { role: 'score', name: l }]);
  for (const l of VALUE_WORDS) e.push([l, { role: 'value', name: l }]);
  for (const l of DECOY_WORDS) e.push([l, { role: 'decoy', name: l }]);
  for (const l of PERIOD_WORDS) e.push([l, { role: 'period', name: l }]);
  for (const [l, gate] of GATE_WORDS) e.push([l, { role: 'status', id: gate, name: l }]);
  for (const l of TAG_WORDS) e.push([l, { role: 'status', name: l }]);
  for (const l of FLOOR_WORDS) e.push([l, { role: 'floor', name: FLOOR_WORDS[0]! }]);
  e.push(...SHOP_LABELS);
  return buildDict(e);
}
