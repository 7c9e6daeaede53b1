import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Messages } from '@/lib/i18n';
import { pageCaptureSchema } from '@/lib/pages/capture-schema';

/**
 * When a page could not be read: export its sanitised structure (labels, values, layout; no
 * buyer data, no form contents) for a bug report. Nothing is sent anywhere; it is a file.
 */
export function ExportCapture({ url, t }: { url: string; t: Messages }) {
  const [note, setNote] = useState<string | null>(null);
  const exportIt = async () => {
    try {
      const tabs = await browser.tabs.query({ url: '*://*.kwaixiaodian.com/*' });
      const tab = tabs.find((x) => x.url === url) ?? tabs.find((x) => x.active);
      if (tab?.id === undefined) return setNote(t.captureNoTab);
      const capture = pageCaptureSchema.parse(await browser.tabs.sendMessage(tab.id, { type: 'page/capture' }));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(capture, null, 1)], { type: 'application/json' }));
      a.download = `${translator(t.lang)('file.capture', { page: new URL(capture.page).pathname.replace(/\W+/g, '-').slice(0, 40) })}.json`;
      a.click();
      setNote(t.captureDone);
    } catch {
      setNote(t.captureNoTab);
    }
  };
  return (
    <>
      <button type="button" class="button button--ghost" onClick={() => void exportIt()}>{t.captureButton}</button>
      {note && <p role="status" class="muted">{note}</p>}
    </>
  );
}
