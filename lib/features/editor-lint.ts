import { browser } from 'wxt/browser';
import { editorMessages } from '../i18n/editor';
import { send } from '../messaging/client';
import { readContentRequest } from '../messaging/content-protocol';
import { findEditorFields, type FieldRef } from '../pages/editor-fields';
import { readsOn } from '../pages/hosts';
import { onSettingsChanged } from '../store/settings-changed';
import { loadPageSettings, type PageSettings } from './page-settings';
import { createErrorSink } from './error-sink';
import { EditorSession, type EditorTransport } from './editor-session';
import type { Feature } from './registry';
import { watchDom } from './watch-dom';

const EDITOR_HINT = /\/goods\/.*(release|edit|add)|\/item\/.*edit/i;
const FEATURE = 'editor-lint';

/** The shortcut's message from the worker (manifest `commands`, see entrypoints/background.ts). */
export const CARD_AT_CARET = 'editor/card-at-caret';

/** The extension's messaging as the session's transport. */
const transport: EditorTransport = {
  lint: async (request, productKey) => (await send({ type: 'lint/request', request, productKey })).findings,
  ignore: async (productKey, term) => { await send({ type: 'words/ignore', productKey, term }); },
  allow: async (term) => { await send({ type: 'words/allow', term }); },
  report: async (url, findings) => { await send({ type: 'page/findings', report: { kind: 'editor', url, at: new Date().toISOString(), findings, flagged: [] } }); },
};

/** Marks are off on this host, or snoozed for now (both set from the popup). */
export function marksPaused(settings: Pick<PageSettings, 'editor'>, host: string, now: number): boolean {
  return settings.editor.offHosts.includes(host) || settings.editor.snoozeUntil > now;
}

/**
 * Banned-word warnings in the product editor. Forms render in steps (React first, the rich
 * editor after it), so the fields are looked for as the page settles, and the session is
 * rebuilt when a field appears or is replaced, and dropped when the form goes (SPA
 * navigation away from it); the watch itself is bounded.
 */
export const editorLintFeature: Feature = {
  id: FEATURE,
  include: (url) => readsOn('editor', url),
  init({ document, url, signal }) {
    const hinted = EDITOR_HINT.test(url.pathname);
    let session: EditorSession | null = null;
    let current: FieldRef[] = [];
    let settings: PageSettings | null = null;
    let dead = false;
    const same = (a: FieldRef[], b: FieldRef[]) => a.length === b.length && a.every((f, i) => f.el === b[i]!.el);
    const drop = () => { session?.destroy(); session = null; current = []; };
    // The extension was updated under this tab: no stale marks stay behind, nothing restarts.
    const errors = createErrorSink(document, { onDead: () => { dead = true; drop(); }, lang: () => settings?.language ?? 'zh' });
    // Chinese IME: nothing is checked or redrawn between compositionstart and compositionend.
    const ime = { composing: false };
    const onStart = () => { ime.composing = true; };
    const onEnd = () => { ime.composing = false; };
    document.addEventListener('compositionstart', onStart, true);
    document.addEventListener('compositionend', onEnd, true);
    let snoozeTimer: ReturnType<typeof setTimeout> | undefined;
    const sync = () => {
      if (signal.aborted || dead) return;
      clearTimeout(snoozeTimer);
      const fields = findEditorFields(document);
      const isForm = fields.some((f) => f.field === 'title') && (hinted || fields.length >= 2);
      const paused = settings ? marksPaused(settings, url.host, Date.now()) : true;
      if (settings && settings.editor.snoozeUntil > Date.now()) snoozeTimer = setTimeout(sync, Math.min(settings.editor.snoozeUntil - Date.now() + 50, 3_600_000));
      if (!isForm || paused || location.href !== url.href) { if (session) drop(); return; }
      if (same(fields, current) && session?.alive) return;
      session?.destroy();
      current = fields;
      session = new EditorSession(fields, url, signal, { transport, errors, t: editorMessages(settings?.language ?? 'zh'), ime });
    };
    const load = () => loadPageSettings().then((s) => { settings = s; sync(); }, (error: unknown) => errors(FEATURE, error));
    void load();
    // Options changes (a new custom term, the allow list, ignores) and the popup's on/off apply at once.
    const offSettings = onSettingsChanged(() => { void load().then(() => session?.checkNow()); });
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      // Only our own extension (the worker for the shortcut, the side panel) may ask.
      if (sender.id !== browser.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type === CARD_AT_CARET) return Promise.resolve({ ok: session?.openAtCaret() ?? false });
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const req = readContentRequest(message);
      if (req?.type !== 'editor/reveal' || !session) return undefined;
      session.reveal(req.field, req.start, req.end);
      return Promise.resolve({ ok: true });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      drop();
      clearTimeout(snoozeTimer);
      document.removeEventListener('compositionstart', onStart, true);
      document.removeEventListener('compositionend', onEnd, true);
      // With the extension gone these APIs may throw: the marks are already off the page.
      try { browser.runtime.onMessage.removeListener(onMessage); offSettings(); } catch (error) { errors(FEATURE, error); }
    }, { once: true });
    watchDom(document, sync, signal, { debounceMs: 200, maxMs: 30_000 });
  },
};
