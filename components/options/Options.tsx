import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { exportSettingsJson, importSettingsJson } from '@/lib/options/settings-io';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, takeSettingsNotice, type Settings } from '@/lib/store/settings';
import { download, readFile } from './files';
import { numberIn, Section, TextSetting, Toggle, type Check } from './fields';
import { RulesOverrides } from './RulesOverrides';
import { WordLists } from './WordLists';
import { EditorWords } from './EditorWords';
import { editorMessages } from '@/lib/i18n/editor';

function targetsCheck(text: string): Check<number[]> {
  const parts = text.split(/[,，、\s]+/).filter(Boolean);
  const values: number[] = [];
  for (const p of parts) {
    const r = numberIn(3, 5)(p);
    if (!r.ok) return { ok: false, error: `「${p}」：${r.error}` };
    values.push(r.value);
  }
  if (values.length > 5) return { ok: false, error: '最多 5 个目标' };
  return { ok: true, value: values.sort((a, b) => a - b) };
}

function ClearHistory() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (asking) {
    return (
      <div class="confirm" role="group" aria-label="确认清除历史">
        <p>确定清除全部历史记录？此操作不能撤销。</p>
        <button type="button" class="button button--danger" onClick={() => send({ type: 'history/clear' }).then(() => { setAsking(false); setDone('历史记录已清除'); }, () => setDone('清除失败，请重试'))}>确定清除</button>
        <button type="button" class="button button--ghost" onClick={() => setAsking(false)}>取消</button>
      </div>
    );
  }
  return (
    <>
      <button type="button" class="button button--ghost" onClick={() => { setDone(null); setAsking(true); }}>清除历史记录…</button>
      {done && <p role="status">{done}</p>}
    </>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [importErrors, setImportErrors] = useState<{ line: number; message: string }[] | null>(null);

  const reload = () => loadSettings().then((o) => setSettings(o.settings));
  useEffect(() => {
    void reload().then(() => takeSettingsNotice().then(setNotice));
    return onSettingsChanged(() => void reload()); // another tab changed them
  }, []);

  if (!settings) return <p role="status">加载中…</p>;
  const save = async (next: Settings) => {
    const res = await saveSettings(next);
    if (res.ok) { setSettings(res.settings); setStatus('已保存'); } else setStatus(`没有保存：${res.error}`);
  };
  const t = settings.thresholds;

  const importAll = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFile(file);
    const res = read.ok ? importSettingsJson(read.text) : { ok: false as const, errors: [{ line: 0, message: read.error }] };
    if (!res.ok) { setImportErrors(res.errors); return; }
    setImportErrors(null);
    await save(res.value);
    setStatus('已导入全部设置');
  };

  return (
    <>
      {notice && <p class="notice notice--warn" role="alert">{notice}</p>}
      <p class="save-status" role="status" aria-live="polite">{status}</p>
      <Section id="opt-lines" title="分数线与目标">
        <TextSetting label="健康线（维度、指标低于此分即提示）" value={t.healthLine} defaultValue={DEFAULT_SETTINGS.thresholds.healthLine} format={String} check={numberIn(3, 5)} onSave={(v) => save({ ...settings, thresholds: { ...t, healthLine: v } })} />
        <TextSetting label="活动线（新商专属活动、快分销）" value={t.activityLine} defaultValue={DEFAULT_SETTINGS.thresholds.activityLine} format={String} check={numberIn(3, 5)} onSave={(v) => save({ ...settings, thresholds: { ...t, activityLine: v } })} />
        <TextSetting label="目标分（逗号分隔）" value={t.targets} defaultValue={DEFAULT_SETTINGS.thresholds.targets} format={(v) => v.join(', ')} check={targetsCheck} onSave={(v) => save({ ...settings, thresholds: { ...t, targets: v } })} />
      </Section>
      <Section id="opt-badge" title="图标与提醒">
        <Toggle label="总分达标但有维度低于健康线时，图标显示橙色" checked={settings.badge.warnOnDimensions} onChange={(v) => save({ ...settings, badge: { warnOnDimensions: v } })} />
        <Toggle label="维度跌破健康线时弹出系统通知" checked={settings.alerts.notify} onChange={(v) => save({ ...settings, alerts: { notify: v } })} />
        <Toggle label="每天提醒查看五项核心指标（新商）" checked={settings.routines.dailyCheck} onChange={(v) => save({ ...settings, routines: { ...settings.routines, dailyCheck: v } })} />
        <Toggle label="每周合规自查提醒" checked={settings.routines.weeklyReview} onChange={(v) => save({ ...settings, routines: { ...settings.routines, weeklyReview: v } })} />
        <Toggle label="店铺不擅长直播：新商任务先推荐上架商品、分销计划等非直播任务" checked={settings.newMerchant.weakAtLive} onChange={(v) => save({ ...settings, newMerchant: { weakAtLive: v } })} />
      </Section>
      <Section id="opt-rules" title="权重与估算区间">
        <RulesOverrides settings={settings} save={save} />
      </Section>
      <Section id="opt-words" title="违禁词">
        <WordLists words={settings.words} save={(words) => save({ ...settings, words })} />
      </Section>
      <Section id="opt-editor-words" title={editorMessages(settings.language).options.title}>
        <EditorWords settings={settings} save={save} />
      </Section>
      <Section id="opt-history" title="历史记录">
        <TextSetting label="保留天数" value={settings.history.retentionDays} defaultValue={DEFAULT_SETTINGS.history.retentionDays} format={String} check={numberIn(7, 1095, true)} onSave={(v) => save({ ...settings, history: { retentionDays: v } })} />
        <ClearHistory />
      </Section>
      <Section id="opt-io" title="导入与导出">
        <div class="io-row">
          <button type="button" class="button button--ghost" onClick={() => download('体验分助手设置.json', exportSettingsJson(settings), 'application/json')}>导出全部设置</button>
          <label class="file-label">导入全部设置（JSON）<input type="file" accept=".json,application/json" onChange={(e) => void importAll(e.currentTarget.files?.[0])} /></label>
        </div>
        {importErrors && (
          <div class="notice notice--error" role="alert">
            <p>导入失败，设置没有改变：</p>
            <ul>{importErrors.map((e) => <li key={e.message}>{e.line > 0 ? `第 ${e.line} 行：` : ''}{e.message}</li>)}</ul>
          </div>
        )}
      </Section>
      <Section id="opt-lang" title="语言 Language">
        <label class="field">界面语言 Interface language
          <select value={settings.language} onChange={(e) => save({ ...settings, language: e.currentTarget.value === 'en' ? 'en' : 'zh' })}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </Section>
    </>
  );
}
