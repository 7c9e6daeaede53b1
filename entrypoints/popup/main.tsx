import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EditorMarksControl } from '@/components/EditorMarksControl';
import { Glance } from '@/components/Glance';
import { StoreNotices } from '@/components/StoreNotices';
import { SettingsLink } from '@/components/Fold';
import { applyDocumentLang, messages, translator, type Lang } from '@/lib/i18n';
import { currentSettings } from '@/lib/store/settings';
import { onReadingSaved } from '@/lib/store/changed';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { queueMessages } from '@/lib/i18n/queue';
import '@/components/ui.css';


const PANEL_PATH = '/sidepanel.html' as '/popup.html';

function Popup() {
  const [glance, setGlance] = useState<ResponseOf<'glance/get'> | null>(null);
  const [error, setError] = useState(false);
  const [windowId, setWindowId] = useState<number | undefined>();
  const [lang, setLang] = useState<Lang>('zh');
  const t = messages(lang);
  useEffect(() => { applyDocumentLang(lang); document.title = translator(lang)('popup.docTitle'); }, [lang]);
  useEffect(() => {
    send({ type: 'glance/get' }).then(setGlance, () => setError(true));
    currentSettings().then((s) => setLang(s.language), () => undefined);
    // Known before the click: sidePanel.open() must run inside the user gesture, with no await before it.
    browser.windows.getCurrent().then((w) => setWindowId(w.id), () => undefined);
    // A page read while the popup is open (the score page still rendering) shows without reopening it.
    return onReadingSaved(() => void send({ type: 'glance/get' }).then(setGlance, () => undefined));
  }, []);
  const ack = (id: string) => {
    send({ type: 'notices/ack', id }).then(() => send({ type: 'glance/get' })).then(setGlance, () => setError(true));
  };
  const openPanel = () => {
    // Firefox has no sidePanel API; the same page is its sidebar (sidebar_action in the manifest).
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar?.open) {
      sidebar.open().then(() => window.close(), () => void browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) }));
    } else if (browser.sidePanel?.open && windowId !== undefined) {
      browser.sidePanel.open({ windowId }).then(() => window.close(), () => void browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) }));
    } else {
      void browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) });
    }
  };
  return (
    <main class="popup">
      <h1 class="app-title">{t.appName}</h1>
      {glance && <StoreNotices notices={glance.notices} t={t} onAck={ack} />}
      {error ? <p role="alert">{t.loadError}</p> : glance ? <Glance glance={glance} t={t} /> : <p role="status">{t.loading}</p>}
      {glance?.queue && <p class={`queue-glance ${glance.queue.urgent > 0 ? 'queue-glance--urgent' : ''}`}>{queueMessages(lang).popupUrgent(glance.queue.urgent)}</p>}
      <div class="popup-actions">
        {glance && <button type="button" class="button" onClick={openPanel}>{t.openPanel}</button>}
        <SettingsLink t={t} />
      </div>
      <EditorMarksControl lang={lang} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
