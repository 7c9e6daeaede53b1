import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EditorMarksControl } from '@/components/EditorMarksControl';
import { Glance } from '@/components/Glance';
import { messages, type Lang } from '@/lib/i18n';
import { currentSettings } from '@/lib/store/settings';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import '@/components/ui.css';


const PANEL_PATH = '/sidepanel.html' as '/popup.html';

function Popup() {
  const [glance, setGlance] = useState<ResponseOf<'glance/get'> | null>(null);
  const [error, setError] = useState(false);
  const [windowId, setWindowId] = useState<number | undefined>();
  const [lang, setLang] = useState<Lang>('zh');
  const t = messages(lang);
  useEffect(() => {
    send({ type: 'glance/get' }).then(setGlance, () => setError(true));
    currentSettings().then((s) => setLang(s.language), () => undefined);
    // Known before the click: sidePanel.open() must run inside the user gesture, with no await before it.
    browser.windows.getCurrent().then((w) => setWindowId(w.id), () => undefined);
  }, []);
  const openPanel = () => {
    if (browser.sidePanel?.open && windowId !== undefined) {
      browser.sidePanel.open({ windowId }).then(() => window.close(), () => void browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) }));
    } else {
      void browser.tabs.create({ url: browser.runtime.getURL(PANEL_PATH) });
    }
  };
  return (
    <main class="popup">
      <h1 class="app-title">{t.appName}</h1>
      {error ? <p role="alert">{t.loadError}</p> : glance ? <Glance glance={glance} t={t} /> : <p role="status">{t.loading}</p>}
      {glance && (
        <div class="popup-actions">
          <button type="button" class="button" onClick={openPanel}>{t.openPanel}</button>
        </div>
      )}
      <EditorMarksControl lang={lang} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
