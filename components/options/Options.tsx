import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { exportSettingsJson, importSettingsJson } from '@/lib/options/settings-io';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, takeSettingsNotice, type Settings, type SettingsNotice } from '@/lib/store/settings';
import { download, readFile } from './files';
import { numberIn, Section, TextSetting, Toggle, type Check } from './fields';
import { RulesOverrides } from './RulesOverrides';
import { WordLists } from './WordLists';
import { applyDocumentLang, translator, type CatalogKey, type Params, type Translate } from '@/lib/i18n';
import { EditorWords } from './EditorWords';
import { editorMessages } from '@/lib/i18n/editor';

function targetsCheck(tr: Translate, text: string): Check<number[]> {
  const parts = text.split(/[,，、\s]+/).filter(Boolean);
  const values: number[] = [];
  for (const p of parts) {
    const r = numberIn(3, 5, false, tr)(p);
    if (!r.ok) return { ok: false, error: tr('options.fieldError', { part: p, error: r.error }) };
    values.push(r.value);
  }
  if (values.length > 5) return { ok: false, error: tr('options.targetsMax', { max: 5 }) };
  return { ok: true, value: values.sort((a, b) => a - b) };
}

function ClearHistory({ tr }: { tr: Translate }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (asking) {
    return (
      <div class="confirm" role="group" aria-label={tr('options.clearConfirmGroup')}>
        <p>{tr('options.clearConfirm')}</p>
        <button type="button" class="button button--danger" onClick={() => send({ type: 'history/clear' }).then(() => { setAsking(false); setDone(tr('options.cleared')); }, () => setDone(tr('options.clearFailed')))}>{tr('options.clearYes')}</button>
        <button type="button" class="button button--ghost" onClick={() => setAsking(false)}>{tr('options.cancel')}</button>
      </div>
    );
  }
  return (
    <>
      <button type="button" class="button button--ghost" onClick={() => { setDone(null); setAsking(true); }}>{tr('options.clearAsk')}</button>
      {done && <p role="status">{done}</p>}
    </>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  // Kept as a key, not text, so switching the language re-renders the last status in the new one.
  const [status, setStatus] = useState<{ key: CatalogKey; params?: Params } | null>(null);
  const [importErrors, setImportErrors] = useState<{ line: number; message: string }[] | null>(null);

  const reload = () => loadSettings().then((o) => setSettings(o.settings));
  useEffect(() => {
    void reload().then(() => takeSettingsNotice().then(setNotice));
    return onSettingsChanged(() => void reload()); // another tab changed them
  }, []);

  // The page follows the saved language; <html lang> and the title follow it too.
  const tr = translator(settings?.language ?? 'zh');
  useEffect(() => {
    if (!settings) return;
    applyDocumentLang(settings.language);
    document.title = tr('options.docTitle');
  }, [settings?.language]);
  const title = <h1 class="app-title">{tr('options.title')}</h1>;
  if (!settings) return <>{title}<p role="status">{tr('options.loading')}</p></>;
  const save = async (next: Settings) => {
    const res = await saveSettings(next);
    if (res.ok) { setSettings(res.settings); setStatus({ key: 'options.saved' }); } else setStatus({ key: 'options.notSaved', params: { error: res.error } });
  };
  const t = settings.thresholds;

  const importAll = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFile(file, tr);
    const res = read.ok ? importSettingsJson(read.text, tr) : { ok: false as const, errors: [{ line: 0, message: read.error }] };
    if (!res.ok) { setImportErrors(res.errors); return; }
    setImportErrors(null);
    await save(res.value);
    setStatus({ key: 'options.importedAll' });
  };

  return (
    <>
      {title}
      {notice && <p class="notice notice--warn" role="alert">{notice.kind === 'migrated' ? tr('options.settingsMigrated', { from: notice.from }) : tr('options.settingsReset', { problem: notice.problem })}</p>}
      <p class="save-status" role="status" aria-live="polite">{status ? tr(status.key, status.params) : ''}</p>
      <Section id="opt-lines" title={tr('options.sec.lines')}>
        <TextSetting label={tr('options.healthLine')} value={t.healthLine} defaultValue={DEFAULT_SETTINGS.thresholds.healthLine} format={String} tr={tr} check={numberIn(3, 5, false, tr)} onSave={(v) => save({ ...settings, thresholds: { ...t, healthLine: v } })} />
        <TextSetting label={tr('options.activityLine')} value={t.activityLine} defaultValue={DEFAULT_SETTINGS.thresholds.activityLine} format={String} tr={tr} check={numberIn(3, 5, false, tr)} onSave={(v) => save({ ...settings, thresholds: { ...t, activityLine: v } })} />
        <TextSetting label={tr('options.targets')} value={t.targets} defaultValue={DEFAULT_SETTINGS.thresholds.targets} format={(v) => v.join(', ')} tr={tr} check={(text) => targetsCheck(tr, text)} onSave={(v) => save({ ...settings, thresholds: { ...t, targets: v } })} />
      </Section>
      <Section id="opt-badge" title={tr('options.sec.badge')}>
        <Toggle label={tr('options.badgeWarn')} checked={settings.badge.warnOnDimensions} onChange={(v) => save({ ...settings, badge: { warnOnDimensions: v } })} />
        <Toggle label={tr('options.notify')} checked={settings.alerts.notify} onChange={(v) => save({ ...settings, alerts: { notify: v } })} />
        <Toggle label={tr('options.dailyCheck')} checked={settings.routines.dailyCheck} onChange={(v) => save({ ...settings, routines: { ...settings.routines, dailyCheck: v } })} />
        <Toggle label={tr('options.weeklyReview')} checked={settings.routines.weeklyReview} onChange={(v) => save({ ...settings, routines: { ...settings.routines, weeklyReview: v } })} />
        <Toggle label={tr('options.weakAtLive')} checked={settings.newMerchant.weakAtLive} onChange={(v) => save({ ...settings, newMerchant: { weakAtLive: v } })} />
      </Section>
      <Section id="opt-queue" title={tr('options.sec.queue')}>
        <Toggle label={tr('options.queueBadge')} checked={settings.queue.badge} onChange={(v) => save({ ...settings, queue: { ...settings.queue, badge: v } })} />
        <TextSetting label={tr('options.queueRemind')} hint={tr('options.queueRemindHint')} value={settings.queue.remindBeforeMinutes} defaultValue={DEFAULT_SETTINGS.queue.remindBeforeMinutes} format={String} tr={tr} check={numberIn(0, 1440, true, tr)} onSave={(v) => save({ ...settings, queue: { ...settings.queue, remindBeforeMinutes: v } })} />
        <Toggle label={tr('options.queueDaily')} checked={settings.queue.dailySummary} onChange={(v) => save({ ...settings, queue: { ...settings.queue, dailySummary: v } })} />
        <Toggle label={tr('options.chatBadge')} checked={settings.queue.chatBadge} onChange={(v) => save({ ...settings, queue: { ...settings.queue, chatBadge: v } })} />
        <Toggle label={tr('options.chatNotify')} checked={settings.queue.chatNotify} onChange={(v) => save({ ...settings, queue: { ...settings.queue, chatNotify: v } })} />
      </Section>
      <Section id="opt-rules" title={tr('options.sec.rules')}>
        <RulesOverrides settings={settings} save={save} tr={tr} />
      </Section>
      <Section id="opt-words" title={tr('options.sec.words')}>
        <WordLists words={settings.words} save={(words) => save({ ...settings, words })} tr={tr} />
      </Section>
      <Section id="opt-editor-words" title={editorMessages(settings.language).options.title}>
        <EditorWords settings={settings} save={save} />
      </Section>
      <Section id="opt-history" title={tr('options.sec.history')}>
        <TextSetting label={tr('options.retention')} value={settings.history.retentionDays} defaultValue={DEFAULT_SETTINGS.history.retentionDays} format={String} tr={tr} check={numberIn(7, 1095, true, tr)} onSave={(v) => save({ ...settings, history: { retentionDays: v } })} />
        <ClearHistory tr={tr} />
      </Section>
      <Section id="opt-io" title={tr('options.sec.io')}>
        <div class="io-row">
          <button type="button" class="button button--ghost" onClick={() => download(`${tr('file.settings')}.json`, exportSettingsJson(settings), 'application/json')}>{tr('options.exportAll')}</button>
          <label class="file-label">{tr('options.importAll')}<input type="file" accept=".json,application/json" onChange={(e) => void importAll(e.currentTarget.files?.[0])} /></label>
        </div>
        {importErrors && (
          <div class="notice notice--error" role="alert">
            <p>{tr('options.importFailed')}</p>
            <ul>{importErrors.map((e) => <li key={e.message}>{e.line > 0 ? tr('options.atLine', { line: e.line }) : ''}{e.message}</li>)}</ul>
          </div>
        )}
      </Section>
      <Section id="opt-lang" title={tr('options.sec.lang')}>
        <label class="field">{tr('options.langLabel')}
          <select value={settings.language} onChange={(e) => save({ ...settings, language: e.currentTarget.value === 'en' ? 'en' : 'zh' })}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </Section>
    </>
  );
}
