import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Glance } from '@/components/Glance';
import { messages } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import '@/components/ui.css';

const t = messages('zh');

function Popup() {
  const [glance, setGlance] = useState<ResponseOf<'glance/get'> | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    send({ type: 'glance/get' }).then(setGlance, () => setError(true));
  }, []);
  return (
    <main class="popup">
      <h1 class="app-title">{t.appName}</h1>
      {error ? <p role="alert">{t.loadError}</p> : glance ? <Glance glance={glance} t={t} /> : <p role="status">{t.loading}</p>}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
