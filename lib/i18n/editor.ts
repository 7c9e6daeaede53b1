import type { Field, FindingKind, Severity } from '../compliance/finding';
import { formatIcu } from './icu';
import type { Lang } from './index';
import { REFRESH_MESSAGES } from './refresh';

const plural = (pattern: string, n: number) => formatIcu('en', pattern, { n });

/**
 * In-page strings of the editor warnings (card, badge, list markers, screen-reader
 * announcements, the update notice), both languages. Kept apart from the popup/panel tables
 * so the content side loads only what it draws.
 */
const zh = {
  group: '违禁词检查',
  field: { title: '商品标题', shortTitle: '短标题', sellingPoint: '商品卖点', detail: '商品详情' } as Record<Field, string>,
  severity: { high: '高风险', medium: '中风险', low: '提示' } as Record<Severity, string>,
  kind: {
    absolute: '极限词', 'false-claim': '虚假或无法证实的宣称', medical: '医疗或功效宣称', price: '价格用语', diversion: '站外导流',
    superstition: '迷信用语', inducement: '诱导用语', authority: '借用权威', user: '自定义词', length: '字数超限', notice: '缺少必要提示',
    repetition: '关键词堆砌', 'missing-info': '缺少商品参数', input: '输入过长或无效',
  } as Record<FindingKind, string>,
  noFindings: '未发现违禁词',
  /** The length as the badge shows it when the page has no counter of its own; the same words start the name's tail. */
  length: (count: string) => `字数 ${count}`,
  badgeLabel: (field: string, summary: string, count: string | null, over: boolean) => `${field}：${summary}${count ? ` 字数 ${count}${over ? '，超出上限' : ''}` : ''}`,
  cardLabel: (text: string) => `违禁词提示：${text}`,
  where: (field: string, kind: string) => `在「${field}」中 · ${kind}`,
  advice: (text: string) => `建议：${text}`,
  replaceWith: (word: string) => `改为「${word}」`,
  deleteWord: '删除此词',
  ignoreHere: '本商品忽略',
  ignoreHereNew: '本次编辑忽略',
  allowAlways: '始终允许此词',
  prev: '上一个',
  next: '下一个',
  close: '关闭',
  of: (i: number, n: number) => `${i}/${n}`,
  textChanged: '这段文字已经改动，提示已关闭。',
  fixed: (from: string, to: string) => (to ? `已将「${from}」改为「${to}」` : `已删除「${from}」`),
  ignored: (w: string) => `已忽略「${w}」`,
  allowed: (w: string) => `已允许「${w}」`,
  undo: '撤销',
  found: (n: number, words: string) => `发现 ${n} 处违禁词或风险用语：${words}`,
  listLabel: '违禁词提示',
  /** A list marker's accessible name: which product, how many, the worst term and its level. */
  listMarkerLabel: (title: string, n: number, worst: string, level: string) => `${title}：${n} 处违禁词，最严重：${worst}（${level}）`,
  ...REFRESH_MESSAGES.zh,
  sep: '、',
  options: {
    title: '忽略与允许的词',
    ignoredTitle: '按商品忽略的词',
    ignoredNone: '还没有按商品忽略的词。在商品编辑页的提示卡上点「本商品忽略」即可添加；新建、尚未保存的商品只在本次编辑中忽略。',
    product: (id: string) => `商品 ${id}`,
    allowedTitle: '始终允许的词',
    allowedNone: '还没有始终允许的词。',
    undo: (w: string) => `撤销「${w}」`,
    undone: (w: string) => `已撤销「${w}」`,
  },
  popup: {
    siteOn: (host: string) => `在 ${host} 标出违禁词`,
    snooze: '暂停违禁词提示 1 小时',
    snoozedUntil: (time: string) => `违禁词提示已暂停，到 ${time} 恢复`,
    resume: '立即恢复',
  },
};
export type EditorMessages = typeof zh;

const en: EditorMessages = {
  group: 'Banned-word check',
  field: { title: 'Product title', shortTitle: 'Short title', sellingPoint: 'Selling point', detail: 'Product details' },
  severity: { high: 'High risk', medium: 'Medium risk', low: 'Hint' },
  kind: {
    absolute: 'Superlative', 'false-claim': 'False or unprovable claim', medical: 'Medical or efficacy claim', price: 'Price wording',
    diversion: 'Off-platform contact', superstition: 'Superstition', inducement: 'Pressure or prize wording', authority: 'Borrowed authority',
    user: 'Your own term', length: 'Too long', notice: 'Required notice missing', repetition: 'Keyword stuffing',
    'missing-info': 'Product details missing', input: 'Input too long or unusable',
  },
  noFindings: 'No banned words',
  length: (count) => `length ${count}`,
  badgeLabel: (field, summary, count, over) => `${field}: ${summary}${count ? ` length ${count}${over ? ', over the limit' : ''}` : ''}`,
  cardLabel: (text) => `Banned-word warning: ${text}`,
  where: (field, kind) => `In “${field}” · ${kind}`,
  advice: (text) => `Advice: ${text}`,
  replaceWith: (word) => `Change to “${word}”`,
  deleteWord: 'Delete this word',
  ignoreHere: 'Ignore for this product',
  ignoreHereNew: 'Ignore while editing',
  allowAlways: 'Always allow this word',
  prev: 'Previous',
  next: 'Next',
  close: 'Close',
  of: (i, n) => `${i} of ${n}`,
  textChanged: 'This text has changed; the warning was closed.',
  fixed: (from, to) => (to ? `Changed “${from}” to “${to}”` : `Deleted “${from}”`),
  ignored: (w) => `Ignoring “${w}”`,
  allowed: (w) => `Allowed “${w}”`,
  undo: 'Undo',
  found: (n, words) => `${plural('{n, plural, one {# banned or risky phrase} other {# banned or risky phrases}}', n)}: ${words}`,
  listLabel: 'Banned-word hints',
  listMarkerLabel: (title, n, worst, level) => `${title}: ${plural('{n, plural, one {# banned word} other {# banned words}}', n)}, worst: ${worst} (${level})`,
  ...REFRESH_MESSAGES.en,
  sep: ', ',
  options: {
    title: 'Ignored and allowed words',
    ignoredTitle: 'Words ignored per product',
    ignoredNone: 'No words ignored per product yet. Choose “Ignore for this product” on a warning card in the product editor; a new product that is not saved yet ignores words only while you edit it.',
    product: (id) => `Product ${id}`,
    allowedTitle: 'Always allowed words',
    allowedNone: 'No always-allowed words yet.',
    undo: (w) => `Undo “${w}”`,
    undone: (w) => `Undid “${w}”`,
  },
  popup: {
    siteOn: (host) => `Mark banned words on ${host}`,
    snooze: 'Pause banned-word warnings for 1 hour',
    snoozedUntil: (time) => `Banned-word warnings paused until ${time}`,
    resume: 'Resume now',
  },
};

const TABLES: Record<Lang, EditorMessages> = { zh, en };

export function editorMessages(lang: Lang = 'zh'): EditorMessages {
  return TABLES[lang];
}
