import type { Lang } from './index';

/**
 * The update notice's two strings, both languages, on their own: the always-on detector shows
 * this notice and must not carry the editor's whole table (lib/i18n/editor.ts spreads these in).
 */
export type RefreshMessages = { refresh: string; refreshOk: string };

export const REFRESH_MESSAGES: Record<Lang, RefreshMessages> = {
  zh: {
    refresh: '快手小店体验分助手已更新。保存好正在编辑的内容后刷新页面，即可继续读取分数和检查违禁词。',
    refreshOk: '知道了',
  },
  en: {
    refresh: 'Kwaishop Score Copilot was updated. Save what you are editing, then reload the page to keep reading scores and checking words.',
    refreshOk: 'Got it',
  },
};
