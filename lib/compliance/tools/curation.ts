/**
 * Editorial decisions applied to shared/domain/banned-terms.tsv by
 * generate-lexicon.ts. The TSV says where a term comes from; this file says
 * how much it matters to a Kuaishou merchant and what to write instead.
 *
 * Severity policy:
 * - high: will be punished in any listing where it applies (clear
 *   superlatives, medical claims on ordinary goods, state endorsements…);
 * - medium: usually a violation, but sometimes provable or context-dependent;
 * - low: generic words that are only risky in some contexts, single
 *   characters, and words that need a human to look (一天, 首次, 最后, 特价…).
 * Generic words the TSV lists only for health (推荐, 安全, 热销, 试用…) stay
 * scoped to health, so they never fire elsewhere.
 */
import type { ListingCategory, Severity, TermKind } from '../finding';
import type { ReasonKey } from '../reasons';

export type Scope = 'global' | Exclude<ListingCategory, 'general'>;

/** Placeholder rows in the TSV (XX = any number or name) rewritten to a matchable core, or dropped when another row covers them. */
export const TEMPLATE_REWRITES: Readonly<Record<string, string | null>> = {
  XX天见效: '天见效',
  XX周期见效: '周期见效',
  XX网独家: '网独家',
  '全国X大品牌之一': null, // 大品牌之一 is its own row
  国家XX领导人推荐: null, // 领导人推荐
  国家XX机关推荐: null, // 机关推荐
};

/** Short source tags (DOMAIN.md source list) by substring of the TSV source column. */
export const SOURCE_TAGS: ReadonlyArray<readonly [string, string]> = [
  ['new-merchant-score-guide', 'S1'],
  ['1997', 'S25'],
  ['Tit1e', 'S21'],
  ['es3344520', 'S22'],
  ['greasyfork', 'S23'],
  ['shbk5', 'S24'],
  ['化妆品命名规定', 'S27'],
  ['禁用语清单', 'S28'],
  ['食品安全法', 'S31'],
  ['保健食品广告审查', 'S32'],
  ['新广告法违禁词', 'S33'],
  ['xiaohongshu', 'S36'],
  ['Douyin car', 'S37'],
  ['medical', 'S40'],
  ['public GitHub code', 'S38'],
];

/** TSV kind `other` (and a few mis-kinded rows) split into the kinds the UI explains. */
const KIND_GROUPS: ReadonlyArray<readonly [TermKind, readonly string[]]> = [
  [
    'superstition',
    [
      '冥器', '旺夫', '旺子', '带来好运气', '增强第六感', '逢凶化吉', '避凶', '辟邪', '防小人', '化解小人', '增加事业运',
      '招财进宝', '健康富贵', '提升运气', '有助事业', '护身', '平衡正负能量', '消除精神压力', '调和气压', '时来运转',
      '万事亨通', '旺人', '旺财', '旺宅', '镇宅', '消灾', '挡灾', '助吉避凶', '转富招福', '鬼', '妖精', '卦', '邪', '魂',
    ],
  ],
  [
    'authority',
    [
      '国家领导人推荐', '国家机关推荐', '国家机关专供', '特供', '国宴专用', '政协用酒', '人民大会堂', '全国人大',
      '领导人推荐', '机关推荐', '专供', '人民币图样', '国家领导人', '扁鹊', '华佗', '张仲景', '李时珍',
      '评比', '排序', '指定', '推荐', '选用', '获奖',
    ],
  ],
  [
    'inducement',
    [
      '点击领奖', '恭喜获奖', '全民免单', '点击有惊喜', '点击获取', '点击转身', '点击试穿', '点击翻转', '领取奖品', '抢爆',
      '再不抢就没了', '错过就没机会了', '万人疯抢', '全民疯抢', '卖疯了', '抢疯了', '全民抢购', '倒计时', '趁现在', '仅限',
      '几天几夜', '周年庆', '特惠趴', '购物大趴', '闪购', '品牌团', '精品团', '单品团', '点击领红包', '疯抢', '卖爆', '爆单',
      '热销', '抢购', '试用', '免费赠送',
    ],
  ],
  [
    'diversion',
    ['微信', '微信号', 'vx', '卫星', '加V', '私信我', '私我', '进群自取', '评论区领', '二维码', '加微信', '私下交易', '绕过平台', 'QQ'],
  ],
  ['false-claim', ['专家推荐', '老字号', '中国驰名商标', '中国驰名', '驰名商标', '解码', '数码', '智能', '红外线']],
];

export const KIND_OVERRIDES: ReadonlyMap<string, TermKind> = new Map(
  KIND_GROUPS.flatMap(([kind, terms]) => terms.map((t) => [t, kind] as const)),
);

/** Severity overrides; key is `term` (any scope) or `scope:term`. */
const SEVERITY_GROUPS: ReadonlyArray<readonly [Severity, readonly string[]]> = [
  ['high', ['绝对有效', '质量免检', '国家免检', '无需国家质量检测', '免抽检', 'cosmetics:特效']],
  [
    'low',
    [
      // generic or context-dependent absolute words
      '最', '一天', '仅有', '国家', '首次', '最后', '高级', '优秀', '精准', '精确', '奢侈', '资深', '领袖', '巨星', '著名',
      '掌门人', '确保', '寸土寸金', '不可再生', '不可复制', '百分百', '百分之百', '100%', '压轴', '空前', '绝后', '绝版',
      '首发', '独创', '极具',
      // false claims that are often true and provable
      '正品', '高档',
      // price and promotion words that are only risky when untrue
      '秒杀', '限时秒杀', '特价', '抄底', '抄底价', '仅限今日', '随时结束',
      // inducement words common in honest promotions
      '点击获取', '点击转身', '点击试穿', '点击翻转', '抢爆', '万人疯抢', '全民疯抢', '卖疯了', '抢疯了', '全民抢购', '倒计时',
      '趁现在', '仅限', '几天几夜', '周年庆', '特惠趴', '购物大趴', '闪购', '品牌团', '精品团', '单品团', '疯抢', '卖爆', '爆单',
      // diversion words with innocent readings
      '卫星', '私我', 'wx',
      // superstition that reads as a plain wish
      '健康富贵', '有助事业', '消除精神压力', '万事亨通',
      // cosmetics: single characters and words with everyday meanings
      'cosmetics:鬼', 'cosmetics:卦', 'cosmetics:邪', 'cosmetics:魂', 'cosmetics:妖精', 'cosmetics:解码', 'cosmetics:数码',
      'cosmetics:智能', 'cosmetics:红外线', 'cosmetics:因子', 'cosmetics:消除', 'cosmetics:清除', 'cosmetics:新生',
      'cosmetics:更生', 'cosmetics:润燥', 'cosmetics:单方',
      // apparel and the rarely relevant education / investment rows
      'apparel:真皮', '高考升学率', '高考移民', '升值', '投资价值',
    ],
  ],
  [
    'medium',
    [
      '最大', '最新', '最先', '最全', '最具', '最爱', '最赚', '最底', '最先享受', '一流', '万能', '不可多得', '世所罕见',
      '千金难求', '稀世珍宝', '屈指可数', '之王', '冠军', '名牌', '大牌', '完美', '尖端', '巅峰', '至尊', '至臻', '臻品', '臻致',
      '臻席', '致极', '鼎级', '鼎冠', '定鼎', '翘楚之作', '王牌', '王者', '永久', '无敌', '无双', '独家', '首个', '首款', '首家',
      '首位', '首席', '绝佳', '极佳', '极致', '领先', '领导者', '缔造者', '问鼎', '金牌', '全网独家', '网独家', '全解决',
      '无死角', '前所未有', '史无前例', '前无古人', '绝无仅有', '无人能及', '非此莫属', '首屈一指', '超甲级', '超赚',
      '仅此一次', '仅此一款', '遥遥领先', '领先上市', '国际品质', '国家品质', '大品牌之一', '绝无',
      '祖传', 'global:特效', '纯天然', '专家推荐', '老字号', '中国驰名商标', '中国驰名', '驰名商标',
      '跳楼价', '亏本甩卖', '大亏特亏', '随时涨价', '马上涨价', '马上降价', '再不买就没了', '白拿', '白送', '免费领取',
      '点击领奖', '恭喜获奖', '领取奖品', '全民免单', '点击领红包', '点击有惊喜', '再不抢就没了', '错过就没机会了',
      '微信', '微信号', 'vx', 'QQ', '私信我', '进群自取', '评论区领', '二维码', 'v信', '薇信',
      '专供', '人民币图样',
      'global:失眠', 'global:消毒', 'global:杀菌', 'global:抗菌', 'global:除菌', 'global:灭菌', 'global:防菌',
      'food:非转基因更安全',
      'health:安全', 'health:保险公司', 'health:不反复', 'health:精确', 'health:家庭必备', 'health:评比', 'health:排序',
      'health:指定', 'health:推荐', 'health:选用', 'health:获奖', 'health:热销', 'health:抢购', 'health:试用',
      'health:免费赠送',
      'cosmetics:全面', 'cosmetics:高效', 'cosmetics:全方位', 'cosmetics:超强', 'cosmetics:特级', 'cosmetics:免疫',
      'cosmetics:病毒', 'cosmetics:淋巴', 'cosmetics:基因', 'cosmetics:激素', 'cosmetics:荷尔蒙', 'cosmetics:黑眼圈',
      'cosmetics:红血丝', 'cosmetics:镇定', 'cosmetics:镇静', 'cosmetics:安神', 'cosmetics:除湿', 'cosmetics:医生',
      'cosmetics:医师', 'cosmetics:大夫', 'cosmetics:中医', 'cosmetics:军医', 'cosmetics:药师', 'cosmetics:郎中',
      'cosmetics:护士', 'cosmetics:专科', 'cosmetics:愈合', 'cosmetics:内分泌', 'cosmetics:疤痕', 'cosmetics:痤疮',
      'cosmetics:脚气', 'cosmetics:方剂', 'cosmetics:汉方', 'cosmetics:韩方', 'cosmetics:藏方', 'cosmetics:苗方',
      'cosmetics:蒙方', 'cosmetics:维方', 'cosmetics:古方', 'cosmetics:秘方', 'cosmetics:验方', 'cosmetics:祖方',
      'cosmetics:柔敏', 'cosmetics:舒敏', 'cosmetics:缓敏', 'cosmetics:褪敏', 'cosmetics:扁鹊', 'cosmetics:华佗',
      'cosmetics:张仲景', 'cosmetics:李时珍', 'cosmetics:微整', 'cosmetics:复活', 'cosmetics:再生', 'cosmetics:重生',
      'cosmetics:整肤', 'cosmetics:抗疲劳', 'cosmetics:高渗透', 'cosmetics:激活', 'cosmetics:安全', 'cosmetics:无毒',
      'cosmetics:提高肌肤抗刺激', 'cosmetics:化解死细胞', 'cosmetics:平皱', 'cosmetics:采用新型着色机理永不褪色',
      'cosmetics:更新肌肤', 'cosmetics:阻断黑色素的形成', 'cosmetics:阻碍黑色素的形成', 'cosmetics:舒眠',
      'cosmetics:纯天然',
      '包过', '保过', '一次通过', '一次通关', '一本书学会', '一套题学会', '不用学直接选', '看到直接选', '升值回报', '立马升值',
      '投资回报',
    ],
  ],
];

export const SEVERITY_OVERRIDES: ReadonlyMap<string, Severity> = new Map(
  SEVERITY_GROUPS.flatMap(([sev, keys]) => keys.map((k) => [k, sev] as const)),
);

/** Global medical words are legitimate on approved drugs and devices, so in health they drop to a hint. */
export const SEVERITY_IN: ReadonlyMap<string, Partial<Record<ListingCategory, Severity>>> = new Map([
  ['global:medical', { health: 'low' }],
]);

/** Reason overrides by `term` or `scope:term`; everything else follows reasonFor() in the generator. */
export const REASON_OVERRIDES: ReadonlyMap<string, ReasonKey> = new Map<string, ReasonKey>([
  ['极品', 'ad9-jipin'],
  ['最', 'absolute-single'],
  ['人民币图样', 'currency-image'],
  ['绝对有效', 'guarantee'],
  ['质量免检', 'inspection-exempt'],
  ['国家免检', 'inspection-exempt'],
  ['无需国家质量检测', 'inspection-exempt'],
  ['免抽检', 'inspection-exempt'],
  ['专家推荐', 'honour'],
  ['老字号', 'honour'],
  ['中国驰名商标', 'honour'],
  ['中国驰名', 'honour'],
  ['驰名商标', 'honour'],
  ['food:减肥功效', 'food-function'],
  ['food:非转基因更安全', 'food-gmo'],
  ['food:替代母乳', 'breast-milk'],
  ['cosmetics:肤螨灵', 'cos-naming-drug'],
  ...['扁鹊', '华佗', '张仲景', '李时珍'].map((t) => [`cosmetics:${t}`, 'cos-naming-physician'] as [string, ReasonKey]),
  ...['解码', '数码', '智能', '红外线'].map((t) => [`cosmetics:${t}`, 'cos-naming-tech'] as [string, ReasonKey]),
  ...['鬼', '妖精', '卦', '邪', '魂'].map((t) => [`cosmetics:${t}`, 'cos-naming-superstition'] as [string, ReasonKey]),
  ...['包过', '保过', '一次通过', '一次通关', '一本书学会', '一套题学会', '不用学直接选', '看到直接选', '高考升学率', '高考移民'].map(
    (t) => [t, 'ad24-education'] as [string, ReasonKey],
  ),
  ...['升值', '升值回报', '立马升值', '投资价值', '投资回报'].map((t) => [t, 'ad25-investment'] as [string, ReasonKey]),
  ...['无效退款', '保险公司', '保险公司保险', '保险公司承保', '零风险', '无毒副作用', '无依赖', '安全', '无副作用', '毒副作用小',
    '安全无毒副作用', '完全无副作用', '比手术安全', '100%有效', '安全预防'].map((t) => [`health:${t}`, 'health-guarantee'] as [string, ReasonKey]),
  ...['不反复', '三天即愈', '根治', '包治百病', '一盒见效', '彻底康复', '痊愈', '立马见效', '适合所有症状', '疗效最佳', '药到病除',
    '有效率', '治愈率'].map((t) => [`health:${t}`, 'health-cure'] as [string, ReasonKey]),
  ...['最新技术', '最高科学', '最先进制法', '最先进科学', '国家级产品', '填补国内空白', '唯一', '精确', '最高技术', '最进步制法'].map(
    (t) => [`health:${t}`, 'health-tech'] as [string, ReasonKey],
  ),
  ...['祖传秘方', '天然药品'].map((t) => [`health:${t}`, 'health-secret'] as [string, ReasonKey]),
  ...['评比', '排序', '指定', '推荐', '选用', '获奖'].map((t) => [`health:${t}`, 'health-endorse'] as [string, ReasonKey]),
  ...['热销', '抢购', '试用', '免费赠送', '家庭必备', '免费治疗'].map((t) => [`health:${t}`, 'health-promo'] as [string, ReasonKey]),
]);

/**
 * A few homophone spellings used to divert buyers (DOMAIN §4.4: 微信 → vx /
 * 卫星). Not in the TSV, added here so the diversion family is complete.
 */
export const EXTRA_ROWS: ReadonlyArray<{ term: string; scope: Scope; kind: TermKind; source: string }> = [
  { term: 'v信', scope: 'global', kind: 'diversion', source: 'curated (S36 homophones)' },
  { term: '薇信', scope: 'global', kind: 'diversion', source: 'curated (S36 homophones)' },
  { term: 'wx', scope: 'global', kind: 'diversion', source: 'curated (S36 homophones)' },
];

/**
 * What to write instead; key is `scope:term` (preferred) or `term`. The generator splits
 * each list: words that can stand in the term's place become `replacements` (fix buttons),
 * anything that reads as advice (isAdviceLike) becomes the entry's `advice` (text only). A
 * replacement that itself contains a lexicon term where the entry applies is dropped.
 */
export const SUGGESTIONS: Readonly<Record<string, readonly string[]>> = {
  最好: ['优质', '好用'],
  最佳: ['优选', '出色'],
  最优: ['优选', '优质'],
  最优秀: ['优秀品质', '出色'],
  最高级: ['高品质', '品质上乘'],
  最高档: ['高品质', '质感出众'],
  最高端: ['高品质', '质感出众'],
  最高: ['较高（写明具体数值）'],
  最低: ['较低（写明具体数值）'],
  最大: ['大容量', '加大款（写明具体尺寸）'],
  最新: ['新款', '新品'],
  最先进: ['新工艺', '工艺升级'],
  最受欢迎: ['人气款', '热门款'],
  最流行: ['流行款', '时下流行'],
  最时尚: ['时尚', '潮流款'],
  最舒适: ['舒适', '穿着舒适'],
  最爱: ['喜爱', '心仪之选'],
  最便宜: ['实惠价', '价格实惠'],
  最低价: ['优惠价', '实惠价'],
  全网最低价: ['超值价', '实惠价'],
  史上最低价: ['超值价', '活动优惠价'],
  时尚最低价: ['时尚好价', '实惠价'],
  全网最: ['删除“全网最”，改为具体卖点'],
  第一: ['热门', '口碑好'],
  销量第一: ['热卖', '人气款'],
  全网销量第一: ['热卖款', '人气款'],
  全国第一: ['广受好评'],
  全网第一: ['广受好评', '人气款'],
  排名第一: ['人气款'],
  行业第一: ['专业品质'],
  第一品牌: ['知名品牌（须有依据）', '品牌'],
  首选: ['优选', '推荐选择'],
  顶级: ['高品质', '精选'],
  顶尖: ['高品质', '精选'],
  极品: ['精品', '优品'],
  极致: ['用心', '细致'],
  国家级: ['删除“国家级”，如有认证请写明认证名称和编号'],
  国家级产品: ['优质产品', '删除“国家级”，如有认证请写明认证名称和编号'],
  世界级: ['国际标准（写明标准名称）'],
  唯一: ['特别', '特色'],
  独家: ['特色', '自有'],
  独一无二: ['独特', '与众不同'],
  永久: ['持久', '经久耐用'],
  万能: ['多用途', '多功能'],
  完美: ['出色', '精致'],
  绝对: ['非常', '十分'],
  绝对有效: ['写明实际作用，并提供检测或试用依据'],
  一流: ['优质', '品质好'],
  至尊: ['尊享', '高品质'],
  王者: ['实力款', '人气款'],
  王牌: ['招牌', '主打款'],
  冠军: ['人气款', '热卖款'],
  性价比之王: ['高性价比', '超值'],
  金牌: ['优质', '招牌'],
  名牌: ['品牌（写明品牌名称）'],
  大牌: ['品牌（写明品牌名称）', '同等品质'],
  '100%': ['写明具体成分或比例，如“棉含量95%以上”', '纯棉（附成分标签）'],
  百分百: ['写明具体比例或检测结果'],
  纯天然: ['天然成分（写明成分和比例）'],
  正品: ['品牌授权（附授权证明）', '官方授权'],
  特效: ['写明具体作用，去掉“特效”'],
  祖传: ['传统工艺', '老工艺'],
  高档: ['质感好', '精致'],
  高级: ['质感', '精致'],
  秒杀: ['限时优惠', '活动价'],
  限时秒杀: ['限时优惠', '活动价（写明活动时间）'],
  特价: ['优惠价', '活动价'],
  跳楼价: ['清仓优惠价', '活动价'],
  亏本甩卖: ['清仓优惠', '换季特惠'],
  秒杀全网: ['超值价', '实惠价'],
  不会更便宜了: ['实惠价', '超值价'],
  疯抢: ['热卖', '人气款'],
  抢疯了: ['热卖中', '人气款'],
  卖爆: ['热卖', '人气款'],
  爆单: ['热卖', '人气款'],
  倒计时: ['活动截止时间：（写明具体日期）'],
  微信: ['请通过平台客服联系'],
  加微信: ['请通过平台客服联系'],
  微信号: ['请通过平台客服联系'],
  vx: ['请通过平台客服联系'],
  QQ: ['请通过平台客服联系'],
  二维码: ['删除站外二维码，使用平台客服'],
  私信我: ['联系平台客服'],
  减肥: ['修身显瘦（服饰）', '删除减肥功效，描述材质或使用感受'],
  'food:减肥': ['低脂', '轻食'],
  'cosmetics:减肥': ['紧致', '删除瘦身功效宣称'],
  'food:治疗': ['删除疾病相关表述，写配料、口感和食用方法'],
  'food:治愈': ['删除疾病相关表述'],
  'food:消炎': ['删除疾病相关表述'],
  'food:杀菌': ['删除功效表述（如为工艺可写“巴氏杀菌工艺”并注明）'],
  减肥功效: ['低脂', '轻食'],
  瘦身: ['紧致线条（仅限描述使用感受）', '修身（服饰）'],
  治疗: ['护理', '呵护'],
  治愈: ['舒缓', '放松'],
  消炎: ['舒缓', '清爽'],
  抗炎: ['舒缓'],
  杀菌: ['清洁', '清洁除污'],
  抗菌: ['清洁', '洁净'],
  除菌: ['清洁', '洁净'],
  消毒: ['清洁（如为消毒产品，须有卫生许可）'],
  排毒: ['清爽', '轻盈'],
  增强免疫力: ['营养均衡', '补充营养'],
  提高免疫力: ['营养均衡', '补充营养'],
  助眠: ['舒适', '放松'],
  失眠: ['删除病症描述，改写使用场景，如“夜间使用”'],
  活血: ['舒适', '温暖'],
  解毒: ['清爽'],
  抗敏: ['温和', '适合多种肤质'],
  脱敏: ['温和'],
  壮阳: ['删除该词'],
  降血压: ['删除功效宣称，可写配料和营养成分'],
  降血糖: ['删除功效宣称，可写“低糖”（须符合标准）'],
  降血脂: ['删除功效宣称，可写“低脂”（须符合标准）'],
  抗癌: ['删除该词'],
  防癌: ['删除该词'],
  药妆: ['护肤品', '功效型护肤品（须完成功效评价）'],
  医生: ['专业人士'],
  生发: ['滋养头皮', '强韧发根'],
  去除皱纹: ['淡化细纹（须有功效评价）'],
  祛除皱纹: ['淡化细纹（须有功效评价）'],
  丰胸: ['删除该词'],
  安全: ['温和', '写明检测项目和结果'],
  推荐: ['删除推荐字样'],
  热销: ['删除促销字样'],
  真皮: ['头层牛皮（写明具体皮料并留存证明）'],
  辟邪: ['寓意美好（描述材质和工艺）'],
  招财进宝: ['寓意吉祥（描述材质和工艺）'],
  旺夫: ['删除该词，描述材质和工艺'],
  特供: ['删除该词'],
  专供: ['删除该词'],
  升值: ['删除升值暗示，描述材质、工艺和品相'],
  投资价值: ['删除投资暗示，描述材质、工艺和品相'],
};

/** Fallback advice (and, for prices, replacements) when a term has none of its own. */
export const KIND_SUGGESTIONS: Readonly<Record<TermKind, readonly string[]>> = {
  absolute: ['删除该词，改为具体、可证实的描述'],
  'false-claim': ['删除或改为可证实的具体描述，并保留证明材料'],
  medical: ['删除功效宣称，只描述成分、口感或使用感受'],
  price: ['写明真实的活动价格和活动时间'],
  diversion: ['删除站外联系方式，引导买家使用平台客服'],
  superstition: ['删除寓意或运势宣称，改为描述材质、工艺或外观'],
  inducement: ['删除催促或中奖字样，如实写明活动规则'],
  authority: ['删除借用权威或推荐的表述'],
};

/**
 * Kinds where deleting the word leaves an honest listing (a superlative, hype, a borrowed
 * endorsement): the card offers 「删除此词」. Not medical claims (the claim usually lives on in
 * the words around it), prices (a price word needs a price) or diversion (the contact detail
 * beside the word stays). Entries whose own advice starts with 删除 are deletable too.
 */
export const DELETABLE_KINDS: ReadonlySet<TermKind> = new Set<TermKind>(['absolute', 'false-claim', 'superstition', 'inducement', 'authority']);
