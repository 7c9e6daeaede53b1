import type { z } from 'zod';
import type { Lang } from '../i18n';

/**
 * Why a settings value was refused, in the merchant's language. The schema carries no
 * messages of its own: zod's issue codes and limits are turned into words here, so an
 * English merchant importing a bad file reads English (the options fields check their own
 * input first, lib/i18n catalogue `check.*`; this is for imports, storage and the last guard
 * in saveSettings).
 */
type Issue = z.core.$ZodIssue;

const WORDS = {
  zh: {
    type: (expected: string) => `应为${TYPE_ZH[expected] ?? expected}`,
    min: (n: number | bigint, origin: string) => (origin === 'array' ? `至少 ${n} 项` : origin === 'string' ? `至少 ${n} 个字` : `不能低于 ${n}`),
    max: (n: number | bigint, origin: string) => (origin === 'array' ? `最多 ${n} 项` : origin === 'string' ? `最多 ${n} 个字` : `不能高于 ${n}`),
    value: '取值不在允许范围内',
    format: '格式不对',
    keys: (keys: string[]) => `无法识别的项：${keys.join('、')}`,
    other: '内容无效',
    root: '整体',
    sep: '；',
    oldVersion: (detail: string) => `旧版设置无法识别：${detail}`,
    newerVersion: (v: number) => `设置来自更新的版本（${v}），本版本无法读取`,
  },
  en: {
    type: (expected: string) => `should be ${TYPE_EN[expected] ?? expected}`,
    min: (n: number | bigint, origin: string) => (origin === 'array' ? `needs at least ${n} items` : origin === 'string' ? `needs at least ${n} characters` : `cannot be below ${n}`),
    max: (n: number | bigint, origin: string) => (origin === 'array' ? `allows at most ${n} items` : origin === 'string' ? `allows at most ${n} characters` : `cannot be above ${n}`),
    value: 'is not an allowed value',
    format: 'has the wrong format',
    keys: (keys: string[]) => `unknown entries: ${keys.join(', ')}`,
    other: 'is not valid',
    root: 'the whole file',
    sep: '; ',
    oldVersion: (detail: string) => `Settings from an older version could not be read: ${detail}`,
    newerVersion: (v: number) => `These settings come from a newer version (${v}) that this one cannot read`,
  },
} satisfies Record<Lang, unknown>;

const TYPE_ZH: Record<string, string> = { number: '数字', string: '文字', boolean: '开关（true/false）', array: '列表', object: '一组设置', int: '整数' };
const TYPE_EN: Record<string, string> = { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a group of settings', int: 'a whole number' };

function describeOne(issue: Issue, lang: Lang): string {
  const w = WORDS[lang];
  switch (issue.code) {
    case 'invalid_type': return w.type(issue.expected);
    case 'too_small': return w.min(issue.minimum, issue.origin);
    case 'too_big': return w.max(issue.maximum, issue.origin);
    case 'invalid_value': return w.value;
    case 'invalid_format': return w.format;
    case 'unrecognized_keys': return w.keys(issue.keys);
    default: return w.other;
  }
}

/** "thresholds.healthLine: 不能高于 5；…", at most `max` characters. */
export function describeIssues(issues: readonly Issue[], lang: Lang, max = 300): string {
  const w = WORDS[lang];
  const text = issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : w.root}: ${describeOne(i, lang)}`)
    .join(w.sep);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function oldVersionProblem(issues: readonly Issue[], lang: Lang): string {
  return WORDS[lang].oldVersion(describeIssues(issues, lang, 200));
}

export function newerVersionProblem(version: number, lang: Lang): string {
  return WORDS[lang].newerVersion(version);
}

/** The language a stored or imported value asks for, when it says so; Chinese otherwise. */
export function languageOf(raw: unknown): Lang {
  return raw && typeof raw === 'object' && (raw as { language?: unknown }).language === 'en' ? 'en' : 'zh';
}
