import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { editorMessages } from '@/lib/i18n/editor';
import type { Lang } from '@/lib/i18n';
import { currentSettings, onSettingsChanged, saveSettings, type Settings } from '@/lib/store/settings';
import { warn } from '@/lib/log';

const HOUR_MS = 3_600_000;
const BACK_OFFICE_HOST = /(^|\.)kwaixiaodian\.com$/;

/**
 * The popup's control over the editor marks: on or off for the current back-office host,
 * and a one-hour snooze (with resume). Shown only when the active tab is the back office.
 */
export function EditorMarksControl({ lang }: { lang: Lang }) {
  const t = editorMessages(lang).popup;
  const [host, setHost] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      try {
        const h = tab?.url ? new URL(tab.url).host : '';
        if (BACK_OFFICE_HOST.test(h)) setHost(h);
      } catch { /* not a URL we can read: nothing to control */ }
    }, (error: unknown) => warn('popup editor control', error));
    const load = () => void currentSettings().then(setSettings, (error: unknown) => warn('popup editor control', error));
    load();
    return onSettingsChanged(load);
  }, []);
  if (!host || !settings) return null;
  const on = !settings.editor.offHosts.includes(host);
  const snoozed = settings.editor.snoozeUntil > Date.now();
  const save = (editor: Partial<Settings['editor']>) => void saveSettings({ ...settings, editor: { ...settings.editor, ...editor } }).then((r) => { if (r.ok) setSettings(r.settings); });
  const until = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { hour: '2-digit', minute: '2-digit' }).format(settings.editor.snoozeUntil);
  return (
    <div class="editor-marks-control">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => save({ offHosts: e.currentTarget.checked ? settings.editor.offHosts.filter((h) => h !== host) : [...settings.editor.offHosts, host].slice(-50) })} />
        {' '}{t.siteOn(host)}
      </label>
      {on && (snoozed ? (
        <p role="status">{t.snoozedUntil(until)} <button type="button" class="button button--ghost" onClick={() => save({ snoozeUntil: 0 })}>{t.resume}</button></p>
      ) : (
        <button type="button" class="button button--ghost" onClick={() => save({ snoozeUntil: Date.now() + HOUR_MS })}>{t.snooze}</button>
      ))}
    </div>
  );
}
