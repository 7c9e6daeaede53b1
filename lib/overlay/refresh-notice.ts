import { REFRESH_MESSAGES, type RefreshMessages } from '../i18n/refresh';

/**
 * After the extension is updated or reloaded, this page's old content script has dead APIs.
 * We never reload the merchant's tab (unsaved form input would be lost); we say so instead,
 * in a small shadow-root notice they can dismiss.
 */
export function showRefreshNotice(doc: Document, t: RefreshMessages = REFRESH_MESSAGES[doc.documentElement.lang.startsWith('en') ? 'en' : 'zh']): void {
  if (doc.querySelector('kwaishop-copilot-notice')) return;
  const host = doc.createElement('kwaishop-copilot-notice');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `
    .n { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; max-width: 320px; box-sizing: border-box;
         background: #fff; color: #1f1f1f; border: 1px solid #ffd591; border-left: 4px solid #d46b08; border-radius: 6px;
         box-shadow: 0 6px 16px rgba(0,0,0,.16); padding: 10px 12px; font: 13px/1.5 -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; }
    .n p { margin: 0 0 6px; }
    button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid #d9d9d9; border-radius: 4px; background: #fff; cursor: pointer; }
    button:focus-visible { outline: 2px solid #1677ff; outline-offset: 1px; }`;
  const box = doc.createElement('div');
  box.className = 'n';
  box.setAttribute('role', 'status');
  const text = doc.createElement('p');
  text.textContent = t.refresh;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t.refreshOk;
  close.addEventListener('click', () => host.remove());
  box.append(text, close);
  root.append(style, box);
  doc.documentElement.append(host);
}
