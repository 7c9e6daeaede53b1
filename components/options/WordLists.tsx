import { useState } from 'preact/hooks';
import { SEVERITY_LABELS, userTermSchema, type Severity, type UserTerm } from '@/lib/compliance/finding';
import { formatTermList, parseAllowList, parseTermList } from '@/lib/options/word-list-io';
import type { Settings } from '@/lib/store/settings';
import { download, readFile } from './files';
import { Toggle } from './fields';

const SCOPES: { id: string; label: string }[] = [
  { id: 'global', label: '通用（广告法极限词等）' }, { id: 'food', label: '食品' }, { id: 'cosmetics', label: '化妆品' },
  { id: 'health', label: '保健/医疗' }, { id: 'apparel', label: '服饰' }, { id: 'digital', label: '数码' },
];
const DEFAULT_CATEGORIES = [
  { id: '', label: '不指定（按页面读取的类目）' }, { id: 'general', label: '普通商品' }, { id: 'food', label: '食品' },
  { id: 'cosmetics', label: '化妆品' }, { id: 'health', label: '保健食品/医疗' }, { id: 'apparel', label: '服饰' }, { id: 'digital', label: '数码' },
];

type Words = Settings['words'];

function AddTerm({ onAdd, existing }: { onAdd: (t: UserTerm) => void; existing: readonly UserTerm[] }) {
  const [term, setTerm] = useState('');
  const [severity, setSeverity] = useState<Severity>('high');
  const [reason, setReason] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const candidate = {
      term: term.trim(), severity,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(suggestions.trim() ? { suggestions: suggestions.split(/[|、,，]/).map((s) => s.trim()).filter(Boolean) } : {}),
    };
    const parsed = userTermSchema.safeParse(candidate);
    if (!parsed.success) return setError(parsed.error.issues.map((i) => (i.path[0] === 'term' ? '请填写词语（1–64 个字）' : i.message)).join('；'));
    if (existing.some((t) => t.term === parsed.data.term)) return setError(`「${parsed.data.term}」已在列表中`);
    setError(null);
    onAdd(parsed.data);
    setTerm(''); setReason(''); setSuggestions('');
  };
  return (
    <form class="add-term" onSubmit={add} aria-label="添加自定义违禁词">
      <label>词语<input value={term} onInput={(e) => setTerm(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'add-term-err' : undefined} /></label>
      <label>风险等级
        <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
          {(['high', 'medium', 'low'] as const).map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>)}
        </select>
      </label>
      <label>原因<input value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
      <label>建议替换（用 | 分隔）<input value={suggestions} onInput={(e) => setSuggestions(e.currentTarget.value)} /></label>
      <button type="submit" class="button">添加</button>
      {error && <p id="add-term-err" class="field__error" role="alert">{error}</p>}
    </form>
  );
}

export function WordLists({ words, save }: { words: Words; save: (w: Words) => void }) {
  const [importErrors, setImportErrors] = useState<{ line: number; message: string }[] | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const [allowText, setAllowText] = useState(words.allowList.join('\n'));
  const disabled = new Set(words.disabledCategories ?? []);

  const importTerms = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFile(file);
    if (!read.ok) { setImportErrors([{ line: 0, message: read.error }]); return; }
    const res = parseTermList(read.text);
    if (!res.ok) { setImportErrors(res.errors); setImportNote(null); return; }
    setImportErrors(null);
    const merged = [...words.userTerms.filter((t) => !res.value.some((n) => n.term === t.term)), ...res.value];
    save({ ...words, userTerms: merged });
    setImportNote(`已导入 ${res.value.length} 个词语`);
  };
  const saveAllow = () => {
    const res = parseAllowList(allowText);
    if (!res.ok) return setImportErrors(res.errors);
    save({ ...words, allowList: res.value });
  };

  return (
    <>
      <h3>自定义违禁词</h3>
      <AddTerm existing={words.userTerms} onAdd={(t) => save({ ...words, userTerms: [...words.userTerms, t] })} />
      {words.userTerms.length > 0 ? (
        <table class="terms">
          <caption class="sr-only">自定义违禁词列表</caption>
          <thead><tr><th scope="col">词语</th><th scope="col">风险</th><th scope="col">原因</th><th scope="col">建议替换</th><th scope="col"><span class="sr-only">操作</span></th></tr></thead>
          <tbody>
            {words.userTerms.map((t) => (
              <tr key={t.term}>
                <th scope="row">{t.term}</th><td>{SEVERITY_LABELS[t.severity]}</td><td>{t.reason ?? ''}</td><td>{(t.suggestions ?? []).join('、')}</td>
                <td><button type="button" class="link-button" onClick={() => save({ ...words, userTerms: words.userTerms.filter((x) => x.term !== t.term) })}>删除<span class="sr-only">：{t.term}</span></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="muted">还没有自定义词语。</p>}
      <div class="io-row">
        <label class="file-label">导入违禁词（TSV/CSV）<input type="file" accept=".tsv,.csv,.txt,text/tab-separated-values,text/csv,text/plain" onChange={(e) => void importTerms(e.currentTarget.files?.[0])} /></label>
        <button type="button" class="button button--ghost" onClick={() => download('自定义违禁词.tsv', formatTermList(words.userTerms), 'text/tab-separated-values')}>导出违禁词（TSV）</button>
      </div>
      {importErrors && (
        <div class="notice notice--error" role="alert">
          <p>导入失败，设置没有改变：</p>
          <ul>{importErrors.slice(0, 20).map((e) => <li key={`${e.line}-${e.message}`}>{e.line > 0 ? `第 ${e.line} 行：` : ''}{e.message}</li>)}</ul>
        </div>
      )}
      {importNote && <p role="status">{importNote}</p>}

      <h3><label for="allow-list">白名单（每行一个，不会被标记）</label></h3>
      <textarea id="allow-list" rows={4} value={allowText} onInput={(e) => setAllowText(e.currentTarget.value)} onBlur={saveAllow} />

      <h3>检查范围</h3>
      <div class="toggles">
        {SCOPES.map((s) => (
          <Toggle key={s.id} label={s.label} checked={!disabled.has(s.id)} onChange={(on) => {
            const next = new Set(disabled);
            if (on) next.delete(s.id); else next.add(s.id);
            save({ ...words, disabledCategories: [...next] });
          }} />
        ))}
      </div>
      <label class="field">店铺默认类目
        <select value={words.defaultCategory ?? ''} onChange={(e) => {
          const v = e.currentTarget.value;
          const { defaultCategory: _, ...rest } = words;
          save(v ? { ...rest, defaultCategory: v } : rest);
        }}>
          {DEFAULT_CATEGORIES.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </label>
    </>
  );
}
