import { userTermSchema, type UserTerm } from '../compliance/finding';
import { neutraliseCell, restoreCell } from '../spreadsheet-cell';
import { translator, type Translate } from '../i18n';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: { line: number; message: string }[] };

const SEVERITY: Record<string, UserTerm['severity']> = {
  high: 'high', medium: 'medium', low: 'low', 高: 'high', 中: 'medium', 低: 'low', 高风险: 'high', 中风险: 'medium', 提示: 'low', 低风险: 'low',
};
// Header words as the platform's merchants write them; an English header (term …) is read too.
const HEADER_WORD = '词语';
const LIST_SEP = /[|、]/;

function splitLine(line: string, delimiter: string): string[] {
  if (delimiter === '\t') return line.split('\t').map((c) => restoreCell(c.trim()));
  // CSV with quotes: "a,b","c""d"
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) { out.push(cell.trim()); cell = ''; } else cell += ch;
  }
  out.push(cell.trim());
  return out.map(restoreCell);
}

/**
 * Parses a custom-term list as TSV or CSV (词语, 风险等级, 原因, 建议替换, 适用类目; lists
 * separated by | or 、). Every bad line is reported with its number; nothing is returned
 * unless the whole file is good, so an import is all or nothing.
 */
export function parseTermList(text: string, tr: Translate = translator()): ParseResult<UserTerm[]> {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const delimiter = first.includes('\t') ? '\t' : ',';
  const errors: { line: number; message: string }[] = [];
  const terms: UserTerm[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = splitLine(raw, delimiter);
    if (cells[0] === HEADER_WORD || cells[0]?.toLowerCase() === 'term') return; // header row
    const [term = '', sev = '', reason = '', suggestions = '', categories = ''] = cells;
    const severity = SEVERITY[sev.toLowerCase()];
    if (!term) return void errors.push({ line: lineNo, message: tr('io.missingTerm') });
    if (!severity) return void errors.push({ line: lineNo, message: tr('io.badSeverity', { sev: sev || tr('io.empty') }) });
    const candidate = {
      term, severity,
      ...(reason ? { reason } : {}),
      ...(suggestions ? { suggestions: suggestions.split(LIST_SEP).map((s) => s.trim()).filter(Boolean) } : {}),
      ...(categories ? { categories: categories.split(LIST_SEP).map((s) => s.trim()).filter(Boolean) } : {}),
    };
    const parsed = userTermSchema.safeParse(candidate);
    if (!parsed.success) return void errors.push({ line: lineNo, message: parsed.error.issues.map((x) => `${x.path.join('.') || tr('io.content')}${tr('punct.colon')}${x.message}`).join('; ') });
    if (seen.has(parsed.data.term)) return void errors.push({ line: lineNo, message: tr('io.duplicate', { term: parsed.data.term }) });
    seen.add(parsed.data.term);
    terms.push(parsed.data);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: terms };
}

/** One line per term, and a cell no spreadsheet runs as a formula (lib/spreadsheet-cell.ts). */
function tsvCell(s: string): string {
  return neutraliseCell(s.replace(/[\t\r\n]+/g, ' '));
}

export function formatTermList(terms: readonly UserTerm[], tr: Translate = translator()): string {
  const rows = terms.map((t) => [t.term, tr(`tsv.${t.severity}`), t.reason ?? '', (t.suggestions ?? []).join('|'), (t.categories ?? []).join('|')].map(tsvCell).join('\t'));
  return [tr('tsv.header'), ...rows].join('\n') + '\n';
}

/** Allow list: one word per line (a first column of TSV/CSV is accepted too). */
export function parseAllowList(text: string, tr: Translate = translator()): ParseResult<string[]> {
  const errors: { line: number; message: string }[] = [];
  const out: string[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, i) => {
    const word = restoreCell(raw.split(/[\t,]/)[0]!.trim());
    if (!word || word.startsWith('#') || word === HEADER_WORD || word.toLowerCase() === 'term') return;
    if (word.length > 64) return void errors.push({ line: i + 1, message: tr('io.tooLong') });
    if (!out.includes(word)) out.push(word);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
