import { en } from './en';
import { zh, type Messages } from './zh';

export type Lang = 'zh' | 'en';
export type { Messages };

const TABLES: Record<Lang, Messages> = { zh, en };

/**
 * UI strings. Our own tables rather than chrome.i18n so the merchant can switch language in
 * options without changing the browser's; Chinese is the default everywhere.
 */
export function messages(lang: Lang = 'zh'): Messages {
  return TABLES[lang];
}
