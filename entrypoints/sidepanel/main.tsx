import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Dashboard } from '@/components/Dashboard';
import { StoreNotices } from '@/components/StoreNotices';
import { applyDocumentLang, messages, translator, type Lang } from '@/lib/i18n';
import { currentSettings } from '@/lib/store/settings';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import '@/components/ui.css';


function Panel() {
  const [data, setData] = useState<ResponseOf<'panel/get'> | null>(null);
  const [error, setError] = useState(false);
  const [lang, setLang] = useState<Lang>('zh');
  const t = messages(lang);
  useEffect(() => { applyDocumentLang(lang); document.title = translator(lang)('panel.docTitle'); }, [lang]);
  useEffect(() => {
    const load = () => {
      currentSettings().then((s) => setLang(s.language), () => undefined);
      return send({ type: 'panel/get' }).then(setData, () => setError(true));
    };
    void load();
    // A new reading lands in IndexedDB from the background; refresh when the panel regains focus.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    const onMessage = () => void load();
    browser.storage?.onChanged?.addListener(onMessage);
    return () => { document.removeEventListener('visibilitychange', onVisible); browser.storage?.onChanged?.removeListener(onMessage); };
  }, []);
  return (
    <main class="panel">
      <h1 class="app-title">{t.panelTitle}</h1>
      {data && <StoreNotices notices={data.notices} t={t} onAck={(id) => void send({ type: 'notices/ack', id }).then(() => send({ type: 'panel/get' })).then(setData, () => setError(true))} />}
      {error ? <p role="alert">{t.loadError}</p> : data ? <Dashboard data={data} t={t} /> : <p role="status">{t.loading}</p>}
    </main>
  );
}

render(<Panel />, document.getElementById('app')!);
