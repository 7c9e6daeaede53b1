/**
 * A small status chip in an open shadow root (role=status), fixed at the top centre of the
 * viewport, clear of the workbench's session list (left), chat and send box (centre, bottom) and
 * order panel (right). Click-through: it never takes a click, a key or focus from the chat UI,
 * and it never touches the page's own DOM beyond its one host element on <html>.
 */
export interface StatusChip {
  /** Shows this text (its accessible name is `label`); writes only when something changed. */
  update(text: string, label: string, tone: 'calm' | 'warn' | 'alert'): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.chip { position: fixed; top: 6px; left: 50%; transform: translateX(-50%); z-index: 2147483000; box-sizing: border-box;
  max-width: 360px; padding: 2px 10px; border-radius: 11px; border: 1px solid; pointer-events: none; user-select: none;
  font: 600 12px/16px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.calm { color: #135200; background: #f6ffed; border-color: #95de64; }
.warn { color: #873800; background: #fff7e6; border-color: #d46b08; }
.alert { color: #a8071a; background: #fff1f0; border-color: #cf1322; }
@media (forced-colors: active) { .chip { color: CanvasText; background: Canvas; border-color: CanvasText; } }`;

export const CHIP_TAG = 'kwaishop-copilot-chats';

export function createStatusChip(doc: Document): StatusChip {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let last = '';
  return {
    update(text, label, tone) {
      const key = `${text}|${label}|${tone}`;
      if (key === last && host?.isConnected) return;
      last = key;
      if (!host || !host.isConnected) {
        host = doc.createElement(CHIP_TAG);
        host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483000 !important; pointer-events: none !important;');
        const root = host.attachShadow({ mode: 'open' });
        const style = doc.createElement('style');
        style.textContent = STYLE;
        box = doc.createElement('div');
        box.setAttribute('role', 'status');
        root.append(style, box);
        doc.documentElement.append(host);
      }
      box!.className = `chip ${tone}`;
      box!.setAttribute('aria-label', label);
      box!.textContent = text;
    },
    remove() {
      host?.remove();
      host = null;
      last = '';
    },
  };
}
