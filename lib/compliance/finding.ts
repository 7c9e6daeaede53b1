import { z } from 'zod';
import { FIELD_ORDER, SEVERITIES, type Severity } from './ranks';

/**
 * Shared schemas for the compliance engine. The messaging layer validates
 * requests and responses with these, so they are the contract between the
 * background worker and the UI: change them with care.
 */

export const severitySchema = z.enum(SEVERITIES);
export { SEVERITY_RANK, type Severity } from './ranks';

/** Listing categories the lexicon distinguishes (see category.ts for path mapping). */
export const listingCategorySchema = z.enum(['general', 'food', 'cosmetics', 'health', 'apparel', 'digital']);
export type ListingCategory = z.infer<typeof listingCategorySchema>;

export const fieldSchema = z.enum(FIELD_ORDER);
export { FIELD_ORDER, type Field } from './ranks';

/** Kinds of lexicon terms. */
export const termKindSchema = z.enum([
  'absolute', // 极限词 / superlatives
  'false-claim', // unverifiable or false claims, honours, 免检
  'medical', // medical or efficacy claims
  'price', // price comparisons and urgency about price
  'diversion', // 站外导流: contact details, private deals
  'superstition', // 迷信
  'inducement', // 诱导: fake prizes, artificial urgency
  'authority', // state organs, leaders, endorsements
]);
export type TermKind = z.infer<typeof termKindSchema>;

/** Kinds of findings: lexicon kinds plus the structural listing rules. */
export const findingKindSchema = z.enum([
  ...termKindSchema.options,
  'user', // a merchant's own term
  'length', // field too long
  'notice', // a required notice is missing
  'repetition', // keyword stuffing in the title
  'missing-info', // buyer parameters missing from the detail
  'input', // input was capped or unusable
]);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const findingSchema = z.object({
  /** UTF-16 offset in the original field text, inclusive. */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset in the original field text, exclusive. Equal to start for field-level findings. */
  end: z.number().int().nonnegative(),
  field: fieldSchema,
  /** The original text covered by [start, end) (shortened with … when very long). */
  text: z.string(),
  /** Stable id of the rule, e.g. `word/absolute`, `claim/food/medical`, `listing/title-length`. */
  ruleId: z.string(),
  kind: findingKindSchema,
  severity: severitySchema,
  /** Why this is risky, in Chinese, for the merchant. */
  reason: z.string(),
  /**
   * Words that may replace [start, end) as they are (a fix button each). Lexicon
   * replacements are checked to pass the lint in the field and category they are offered in.
   */
  replacements: z.array(z.string()),
  /** What to do instead, in Chinese, for the merchant to read; never written into the listing. */
  advice: z.array(z.string()),
  /** Deleting [start, end) is itself a fix (the card offers 「删除此词」). */
  deletable: z.boolean().optional(),
  /** The lexicon or user term that matched, in normalised form. */
  term: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const lintRequestSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  shortTitle: z.string().optional(),
  sellingPoint: z.string().optional(),
  /** A back-office category path (`食品饮料 > 休闲零食`) or a ListingCategory id. */
  category: z.string().optional(),
});
export type LintRequest = z.infer<typeof lintRequestSchema>;

export const userTermSchema = z.object({
  term: z.string().trim().min(1).max(64),
  severity: severitySchema,
  reason: z.string().max(500).optional(),
  suggestions: z.array(z.string().max(100)).max(20).optional(),
  /** ListingCategory ids or category paths; absent or empty means every category. */
  categories: z.array(z.string().max(200)).max(20).optional(),
});
export type UserTerm = z.infer<typeof userTermSchema>;

export const lintSettingsSchema = z.object({
  userTerms: z.array(userTermSchema).max(2000).default([]),
  allowList: z.array(z.string().max(64)).max(5000).default([]),
  /**
   * Switch off parts of the engine. Each string may be a lexicon scope
   * (`global`, `food`, `cosmetics`, `health`, `apparel`, `digital`), a kind
   * (`diversion`, `superstition`, `notice`, `missing-info`…) or the first
   * segment of a rule id (`word`, `claim`, `listing`, `notice`, `param`).
   */
  disabledCategories: z.array(z.string().max(64)).max(100).optional(),
  /** Category used when a request carries none. */
  defaultCategory: z.string().max(200).optional(),
});
export type LintSettings = z.infer<typeof lintSettingsSchema>;
export type LintSettingsInput = z.input<typeof lintSettingsSchema>;

/** Chinese labels for the UI. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { high: '高风险', medium: '中风险', low: '提示' };
export const KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  absolute: '极限词',
  'false-claim': '虚假或无法证实的宣称',
  medical: '医疗或功效宣称',
  price: '价格用语',
  diversion: '站外导流',
  superstition: '迷信用语',
  inducement: '诱导用语',
  authority: '借用权威',
  user: '自定义词',
  length: '字数超限',
  notice: '缺少必要提示',
  repetition: '关键词堆砌',
  'missing-info': '缺少商品参数',
  input: '输入过长或无效',
};
