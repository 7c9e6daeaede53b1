import { en } from './en';
import { zh, type Messages } from './zh';
import { enCatalog } from './catalog/en';
import { zhCatalog, type CatalogKey } from './catalog/zh';
import { formatIcu, type Params } from './icu';

export type Lang = 'zh' | 'en';
export type { Messages, CatalogKey, Params };
export { formatIcu };

const TABLES: Record<Lang, Messages> = { zh, en };
const CATALOGS: Record<Lang, Record<CatalogKey, string>> = { zh: zhCatalog, en: enCatalog };

/** BCP 47 tag for Intl and for <html lang>. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * UI strings. Our own tables rather than chrome.i18n so the merchant can switch language in
 * options without changing the browser's; Chinese is the default everywhere.
 */
export function messages(lang: Lang = 'zh'): Messages {
  return TABLES[lang];
}

/** t(key, params): one catalogue string in ICU form, plurals through Intl.PluralRules. */
export type Translate = (key: CatalogKey, params?: Params) => string;

export function translator(lang: Lang = 'zh'): Translate {
  const locale = LOCALES[lang];
  return (key, params) => formatIcu(locale, CATALOGS[lang][key] ?? zhCatalog[key], params);
}

/** Every catalogue, for the completeness test. */
export const CATALOG_TABLES = CATALOGS;
export const MESSAGE_TABLES = TABLES;

/** Sets the document language so screen readers pronounce the page in the merchant's choice. */
export function applyDocumentLang(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = LOCALES[lang];
}

/** 2026/11/23 10:42 or "Nov 23, 2026, 10:42", in the merchant's local time. */
export function formatDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', hour12: false }).format(d);
}

/** "3 小时前" / "3 hours ago": the largest whole unit, from seconds to days. */
export function formatAgo(lang: Lang, iso: string, now: number): string {
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return '—';
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]];
  for (const [unit, size] of units) if (Math.abs(ms) >= size) return rtf.format(Math.round(ms / size), unit);
  return rtf.format(0, 'minute');
}
