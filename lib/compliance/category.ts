import { listingCategorySchema, type ListingCategory } from './finding';

/**
 * Map a back-office category path (`食品饮料 > 休闲零食`, `医药保健 > 保健食品`)
 * to the lexicon's categories. Paths are matched by keyword, most specific
 * family first: 保健食品 is health even though it contains 食品, and 个护
 * products (shampoo, toothpaste) are regulated like cosmetics.
 */
const RULES: ReadonlyArray<readonly [ListingCategory, RegExp]> = [
  ['health', /保健|医药|医疗|药品|药房|器械|营养品|膳食补充|滋补|计生|隐形眼镜/],
  ['cosmetics', /美妆|护肤|彩妆|化妆|香水|面膜|个护|个人护理|洗护|洗发|护发|美容|口腔护理|身体护理|美发/],
  ['apparel', /服饰|服装|女装|男装|童装|内衣|鞋|箱包|配饰|袜|运动服|汉服|帽/],
  ['food', /食品|饮料|零食|生鲜|粮油|酒|茶叶|冲饮|水果|蔬菜|肉|海鲜|乳品|奶粉|调味|特产|糕点|坚果|方便速食|米面|蛋/],
  ['digital', /数码|手机|电脑|耳机|家电|电器|3c|相机|摄影|智能设备|电子|办公设备|游戏机|平板/i],
];

/** Plain names that may be passed instead of a path. */
const ALIASES: Readonly<Record<string, ListingCategory>> = {
  通用: 'general',
  普通: 'general',
  食品: 'food',
  化妆品: 'cosmetics',
  保健: 'health',
  保健食品: 'health',
  服饰: 'apparel',
  数码: 'digital',
};

// Lint calls map the same few paths over and over; remember recent answers.
const recent = new Map<string, ListingCategory>();

export function categoryFromPath(path: string): ListingCategory {
  if (typeof path !== 'string') return 'general';
  const hit = recent.get(path);
  if (hit) return hit;
  const category = mapPath(path);
  if (recent.size >= 64) recent.clear();
  recent.set(path, category);
  return category;
}

function mapPath(path: string): ListingCategory {
  const trimmed = path.trim().slice(0, 500);
  if (trimmed === '') return 'general';
  const direct = listingCategorySchema.safeParse(trimmed.toLowerCase());
  if (direct.success) return direct.data;
  const alias = ALIASES[trimmed];
  if (alias) return alias;
  for (const [category, re] of RULES) if (re.test(trimmed)) return category;
  return 'general';
}
