import { useState } from 'preact/hooks';
import { userTermSchema, type Severity, type UserTerm } from '@/lib/compliance/finding';
import type { Translate } from '@/lib/i18n';
import { formatTermList, parseAllowList, parseTermList } from '@/lib/options/word-list-io';
import type { Settings } from '@/lib/store/settings';
import { download, readFile } from './files';
import { Toggle } from './fields';

const SCOPES = ['global', 'food', 'cosmetics', 'health', 'apparel', 'digital'] as const;
const DEFAULT_CATEGORIES = ['', 'general', 'food', 'cosmetics', 'health', 'apparel', 'digital'] as const;
const categoryKey = (id: (typeof DEFAULT_CATEGORIES)[number]) =>
  id === '' ? 'category.none' : id === 'general' || id === 'health' ? (`category.${id}` as const) : (`scope.${id}` as const);

type Words = Settings['words'];

function AddTerm({ onAdd, existing, tr }: { onAdd: (t: UserTerm) => void; existing: readonly UserTerm[]; tr: Translate }) {
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
    if (!parsed.success) return setError(parsed.error.issues.map((i) => (i.path[0] === 'term' ? tr('words.termRequired') : i.message)).join('; '));
    if (existing.some((t) => t.term === parsed.data.term)) return setError(tr('words.duplicate', { term: parsed.data.term }));
    setError(null);
    onAdd(parsed.data);
    setTerm(''); setReason(''); setSuggestions('');
  };
  return (
    <form class="add-term" onSubmit={add} aria-label={tr('words.addForm')}>
      <label>{tr('words.term')}<input value={term} onInput={(e) => setTerm(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'add-term-err' : undefined} /></label>
      <label>{tr('words.severity')}
        <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
          {(['high', 'medium', 'low'] as const).map((s) => <option key={s} value={s}>{tr(`severity.${s}`)}</option>)}
        </select>
      </label>
      <label>{tr('words.reason')}<input value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
      <label>{tr('words.suggestionsInput')}<input value={suggestions} onInput={(e) => setSuggestions(e.currentTarget.value)} /></label>
      <button type="submit" class="button">{tr('words.add')}</button>
      {error && <p id="add-term-err" class="field__error" role="alert">{error}</p>}
    </form>
  );
}

export function WordLists({ words, save, tr }: { words: Words; save: (w: Words) => void; tr: Translate }) {
  const [importErrors, setImportErrors] = useState<{ line: number; message: string }[] | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const [allowText, setAllowText] = useState(words.allowList.join('\n'));
  const disabled = new Set(words.disabledCategories ?? []);

  const importTerms = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFile(file, tr);
    if (!read.ok) { setImportErrors([{ line: 0, message: read.error }]); return; }
    const res = parseTermList(read.text, tr);
    if (!res.ok) { setImportErrors(res.errors); setImportNote(null); return; }
    setImportErrors(null);
    const merged = [...words.userTerms.filter((t) => !res.value.some((n) => n.term === t.term)), ...res.value];
    save({ ...words, userTerms: merged });
    setImportNote(tr('words.imported', { n: res.value.length }));
  };
  const saveAllow = () => {
    const res = parseAllowList(allowText, tr);
    if (!res.ok) return setImportErrors(res.errors);
    save({ ...words, allowList: res.value });
  };

  return (
    <>
      <h3>{tr('words.custom')}</h3>
      <AddTerm tr={tr} existing={words.userTerms} onAdd={(t) => save({ ...words, userTerms: [...words.userTerms, t] })} />
      {words.userTerms.length > 0 ? (
        <table class="terms">
          <caption class="sr-only">{tr('words.listCaption')}</caption>
          <thead><tr><th scope="col">{tr('words.term')}</th><th scope="col">{tr('words.severityShort')}</th><th scope="col">{tr('words.reason')}</th><th scope="col">{tr('words.suggestions')}</th><th scope="col"><span class="sr-only">{tr('words.actions')}</span></th></tr></thead>
          <tbody>
            {words.userTerms.map((t) => (
              <tr key={t.term}>
                <th scope="row">{t.term}</th><td>{tr(`severity.${t.severity}`)}</td><td>{t.reason ?? ''}</td><td>{(t.suggestions ?? []).join(tr('punct.list'))}</td>
                <td><button type="button" class="link-button" onClick={() => save({ ...words, userTerms: words.userTerms.filter((x) => x.term !== t.term) })}>{tr('words.delete')}<span class="sr-only">{tr('punct.colon')}{t.term}</span></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="muted">{tr('words.none')}</p>}
      <div class="io-row">
        <label class="file-label">{tr('words.import')}<input type="file" accept=".tsv,.csv,.txt,text/tab-separated-values,text/csv,text/plain" onChange={(e) => void importTerms(e.currentTarget.files?.[0])} /></label>
        <button type="button" class="button button--ghost" onClick={() => download(`${tr('file.words')}.tsv`, formatTermList(words.userTerms, tr), 'text/tab-separated-values')}>{tr('words.export')}</button>
      </div>
      {importErrors && (
        <div class="notice notice--error" role="alert">
          <p>{tr('options.importFailed')}</p>
          <ul>{importErrors.slice(0, 20).map((e) => <li key={`${e.line}-${e.message}`}>{e.line > 0 ? tr('options.atLine', { line: e.line }) : ''}{e.message}</li>)}</ul>
        </div>
      )}
      {importNote && <p role="status">{importNote}</p>}

      <h3><label for="allow-list">{tr('words.allowList')}</label></h3>
      <textarea id="allow-list" rows={4} value={allowText} onInput={(e) => setAllowText(e.currentTarget.value)} onBlur={saveAllow} />

      <h3>{tr('words.scopes')}</h3>
      <div class="toggles">
        {SCOPES.map((id) => (
          <Toggle key={id} label={tr(`scope.${id}`)} checked={!disabled.has(id)} onChange={(on) => {
            const next = new Set(disabled);
            if (on) next.delete(id); else next.add(id);
            save({ ...words, disabledCategories: [...next] });
          }} />
        ))}
      </div>
      <label class="field">{tr('words.defaultCategory')}
        <select value={words.defaultCategory ?? ''} onChange={(e) => {
          const v = e.currentTarget.value;
          const { defaultCategory: _, ...rest } = words;
          save(v ? { ...rest, defaultCategory: v } : rest);
        }}>
          {DEFAULT_CATEGORIES.map((id) => <option key={id} value={id}>{tr(categoryKey(id))}</option>)}
        </select>
      </label>
    </>
  );
}
