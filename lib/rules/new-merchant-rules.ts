import type { NewMerchantRules, NewMerchantTaskRule } from './new-merchant';
import { DEFAULT_THRESHOLDS } from './thresholds';

/*
 * The 新商体验分 rule pack as data, without zod: the new-merchant reader runs in a page's
 * content script, which carries no zod (issue 11). The pack is checked against its schema
 * (lib/rules/new-merchant.ts) by tests/unit/rules/packs.test.ts, so a broken pack still fails
 * loudly, in the test run rather than on a merchant's page.
 */

/** 快分销 commission rule (DOMAIN.md §1.5, S18): what a distribution plan has to set. */
const DISTRIBUTION_RULE_URL = 'https://edu.kwaixiaodian.com/rule/web/detail?id=mB1L9k7Oza';

const TASK_BONUS = 0.06;

/**
 * Only the six tasks S1 names. The page shows ten; the other four are carried by the reader
 * as unknown tasks rather than guessed here, so we never give advice for a task we made up.
 */
const TASKS: NewMerchantTaskRule[] = [
  {
    id: 'original-video', group: 'basic', labels: ['发布原创挂车短视频', '发布原创短视频', '发布挂车短视频'],
    bonus: TASK_BONUS, effortRank: 1, needsLive: false, quickWin: false,
    advice: '自己拍几条实测商品的短视频（试穿、试吃、上手演示），拍清细节并挂上商品链接；不要搬运别人的内容，必须原创。',
  },
  {
    id: 'live-hours', group: 'advanced', labels: ['累计直播时长≥3小时', '累计直播时长>=3小时', '累计直播时长满3小时', '累计直播时长'],
    bonus: TASK_BONUS, effortRank: 2, needsLive: true, quickWin: false,
    advice: '每天开播约1小时，三天左右就能攒够3小时；讲清使用场景和售后保障，直播中挂上几款商品。',
  },
  {
    id: 'shelf-task', group: 'basic', labels: ['完成货架任务', '货架任务'],
    bonus: TASK_BONUS, effortRank: 3, needsLive: false, quickWin: false,
    advice: '把商品页整理好：标题放两三个准确的搜索词，主图突出卖点，详情页写清材质、尺寸等参数，减少因描述不清产生的退货。',
  },
  {
    id: 'publish-10-products', group: 'basic', labels: ['累计发布商品数≥10个', '累计发布商品数>=10个', '累计发布商品≥10个', '累计发布商品数'],
    bonus: TASK_BONUS, effortRank: 4, needsLive: false, quickWin: true,
    advice: '再上架几款商品凑满10个，信息填完整；不需要直播，适合先做。',
  },
  {
    id: 'distribution-plans', group: 'basic', labels: ['创建分销计划数≥2个', '创建分销计划数>=2个', '创建分销计划≥2个', '创建分销计划数'],
    bonus: TASK_BONUS, effortRank: 5, needsLive: false, quickWin: true,
    advice: '在快分销里为两款商品各建一个分销计划、设好佣金，让达人帮你带货；操作快，不需要直播。',
    guideUrl: DISTRIBUTION_RULE_URL,
  },
  {
    id: 'live-room-10-products', group: 'advanced', labels: ['直播间上架商品数≥10个', '直播间上架商品数>=10个', '直播间上架商品≥10个', '直播间上架商品数'],
    bonus: TASK_BONUS, effortRank: 6, needsLive: true, quickWin: false,
    advice: '开播前排好商品组合（引流款加利润款），在直播间购物车里上架满10款，开播时口播引导点购物车。',
  },
];

export const NEW_MERCHANT_RULES: NewMerchantRules = {
  version: 1,
  // S1: 90 天内、订单量<30 单；有效订单 = 实付>2元且非赠品。
  phase: { maxAgeDays: 90, orderLimit: 30, validOrderMinPaidYuan: 2, giftsCount: false },
  taskBonus: TASK_BONUS,
  groups: [
    { group: 'basic', labels: ['基础任务'], offered: 4, counted: 2 },
    { group: 'advanced', labels: ['进阶任务'], offered: 6, counted: 2 },
  ],
  tasks: TASKS,
  thresholds: [
    { id: 'activity', score: DEFAULT_THRESHOLDS.activityLine, label: '新商专属活动 / 快分销 报名线', unlocks: ['新商专属活动', '快分销'] },
    { id: 'target', score: DEFAULT_THRESHOLDS.targets[0], label: '阶段目标', unlocks: [] },
    { id: 'stretch', score: DEFAULT_THRESHOLDS.targets[1], label: '进阶目标', unlocks: [] },
  ],
  coreIndicators: [
    { id: 'quality-refund-rate', labels: ['商品品质退款率', '品质退款率'], indicatorId: 'quality-refund-rate', confirmed: true },
    { id: 'quality-bad-review-rate', labels: ['商品质量差评率', '质量差评率'], indicatorId: 'quality-bad-review-rate', confirmed: true },
    { id: 'promised-ship-rate', labels: ['承诺发货及时率', '及时发货率', '发货及时率'], indicatorId: 'promised-ship-rate', confirmed: false },
    { id: 'reply-3min', labels: ['3分钟回复率', '三分钟回复率', 'IM3分钟回复率'], indicatorId: 'reply-3min', confirmed: false },
    { id: 'platform-help-rate', labels: ['平台求助率'], indicatorId: 'platform-help-rate', confirmed: false },
  ],
};

/** Labels of the score block on the 新商体验分 module. */
export const NEW_MERCHANT_SCORE_LABELS = ['新商体验分', '当前新商体验分', '新商体验分得分'];
export const SHOP_AGE_LABELS = ['开店天数', '已开店天数', '开店时长', '店铺开店天数'];
export const VALID_ORDER_LABELS = ['有效订单', '有效订单数', '有效订单量', '累计有效订单', '累计有效订单数'];

