/**
 * Generates lib/compliance/lexicon-data.ts from the domain TSV.
 *
 *   node --import tsx lib/compliance/tools/generate-lexicon.ts [path/to/banned-terms.tsv]
 *
 * The TSV is lib/compliance/data/banned-terms.tsv (its sources: data/SOURCES.md). The
 * generated module is committed and the extension never reads the TSV. Editorial
 * decisions (severity, kinds, reasons, replacements, advice) are in curation.ts; re-run
 * this script after changing either input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { termKindSchema, type ListingCategory, type Severity, type TermKind } from '../finding';
import { isAdviceLike, lexiconSchema, type LexiconScope } from '../lexicon-schema';
import { normaliseTerm } from '../normalise';
import type { ReasonKey } from '../reasons';
import {
  DELETABLE_KINDS,
  EXTRA_ROWS,
  KIND_OVERRIDES,
  KIND_SUGGESTIONS,
  REASON_OVERRIDES,
  SEVERITY_IN,
  SEVERITY_OVERRIDES,
  SOURCE_TAGS,
  SUGGESTIONS,
  TEMPLATE_REWRITES,
  type Scope,
} from './curation';

const here = dirname(fileURLToPath(import.meta.url));
const tsvPath = resolve(process.argv[2] ?? resolve(here, '../data/banned-terms.tsv'));
const outPath = resolve(here, '../lexicon-data.ts');

interface Row {
  term: string;
  scope: Scope;
  kind: TermKind;
  source: string;
}

function parseTsv(text: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines.slice(1)) {
    const [rawTerm = '', category = '', kind = '', source = ''] = line.split('\t');
    let term = rawTerm.trim();
    if (term in TEMPLATE_REWRITES) {
      const rewritten = TEMPLATE_REWRITES[term];
      if (rewritten == null) continue;
      term = rewritten;
    }
    // `other` rows are education and investment promises: rare, but real for 文玩/收藏 sellers, so global.
    const scope = (category === 'other' ? 'global' : category) as Scope;
    const mappedKind = kind === 'other' ? undefined : termKindSchema.safeParse(kind).data;
    const finalKind = KIND_OVERRIDES.get(term) ?? mappedKind;
    if (!finalKind) throw new Error(`No kind for ${term} (${category}/${kind}); add it to KIND_OVERRIDES`);
    rows.push({ term, scope, kind: finalKind, source: source.trim() });
  }
  return rows;
}

function sourceTag(source: string): string {
  for (const [needle, tag] of SOURCE_TAGS) if (source.includes(needle)) return tag;
  return source.startsWith('curated') ? 'curated' : source;
}

const HIGH_BY_DEFAULT: ReadonlySet<string> = new Set([
  'global:absolute',
  'global:medical',
  'global:authority',
  'food:medical',
  'food:absolute',
  'food:false-claim',
  'health:medical',
  'health:false-claim',
  'health:absolute',
  'cosmetics:absolute',
  'cosmetics:medical',
  'cosmetics:false-claim',
]);

function severityFor(row: Row): Severity {
  const override = SEVERITY_OVERRIDES.get(`${row.scope}:${row.term}`) ?? SEVERITY_OVERRIDES.get(row.term);
  if (override) return override;
  if (HIGH_BY_DEFAULT.has(`${row.scope}:${row.kind}`)) return 'high';
  if (row.kind === 'price') return 'high'; // remaining price rows are absolute price claims (最低价…)
  if (row.kind === 'diversion') return 'high'; // remaining: 加微信, 私下交易, 绕过平台, 加V
  if (row.kind === 'inducement' || row.kind === 'superstition' || row.kind === 'false-claim') return 'medium';
  return 'medium';
}

function reasonFor(row: Row, severity: Severity): ReasonKey {
  const override = REASON_OVERRIDES.get(`${row.scope}:${row.term}`) ?? REASON_OVERRIDES.get(row.term);
  if (override) return override;
  const tag = sourceTag(row.source);
  switch (row.scope) {
    case 'food':
      return row.kind === 'absolute' ? 'food-ad-tech' : 'food-disease';
    case 'health':
      return row.kind === 'medical' ? 'health-guarantee' : 'health-tech';
    case 'cosmetics':
      if (row.kind === 'absolute') return 'cos-naming-absolute';
      if (row.kind === 'medical') return tag === 'S27' ? 'cos-naming-medical' : 'cos-label-medical';
      if (tag === 'S28') return 'cos-label-exaggeration';
      return 'cos-false';
    case 'apparel':
      return 'apparel-material';
    default:
      break;
  }
  switch (row.kind) {
    case 'absolute':
      return severity === 'high' ? 'ad9-absolute' : 'absolute-soft';
    case 'price':
      return severity === 'high' ? 'price-absolute' : 'price-promo';
    case 'medical':
      return 'ordinary-medical';
    case 'authority':
      return 'ad9-state';
    case 'superstition':
      return 'ad9-superstition';
    case 'inducement':
      return 'inducement';
    case 'diversion':
      return 'diversion';
    case 'false-claim':
      return 'unverifiable';
  }
}

interface OutEntry {
  term: string;
  scope: Scope[];
  kind: TermKind;
  severity: Severity;
  severityIn?: Partial<Record<ListingCategory, Severity>>;
  reason: ReasonKey;
  replacements: string[];
  advice: string;
  deletable: boolean;
  source: string[];
}

function build(rows: Row[]): OutEntry[] {
  const byKey = new Map<string, OutEntry>();
  for (const row of rows) {
    const severity = severityFor(row);
    const reason = reasonFor(row, severity);
    const severityIn = SEVERITY_IN.get(`${row.scope}:${row.kind}`);
    // Rows for the same term merge when they say the same thing; different reasons stay separate entries.
    const key = `${row.term}|${row.kind}|${severity}|${reason}|${JSON.stringify(severityIn ?? null)}`;
    const existing = byKey.get(key);
    const tag = sourceTag(row.source);
    if (existing) {
      if (!existing.scope.includes(row.scope)) existing.scope.push(row.scope);
      if (!existing.source.includes(tag)) existing.source.push(tag);
      continue;
    }
    byKey.set(key, {
      term: row.term,
      scope: [row.scope],
      kind: row.kind,
      severity,
      ...(severityIn ? { severityIn } : {}),
      reason,
      ...split(row),
      source: [tag],
    });
  }
  const out = [...byKey.values()];
  dropBannedReplacements(out);
  return out;
}

/** Curated text for a row, split into words that can replace it and advice to read. */
function split(row: Row): Pick<OutEntry, 'replacements' | 'advice' | 'deletable'> {
  const mixed = SUGGESTIONS[`${row.scope}:${row.term}`] ?? SUGGESTIONS[row.term] ?? KIND_SUGGESTIONS[row.kind];
  const replacements = mixed.filter((s) => !isAdviceLike(s)).slice(0, 4);
  const advice = mixed.find((s) => isAdviceLike(s)) ?? KIND_SUGGESTIONS[row.kind].find((s) => isAdviceLike(s)) ?? '改为具体、可证实的描述';
  const deletable = DELETABLE_KINDS.has(row.kind) || advice.startsWith('删除该词') || advice.startsWith(`删除“${row.term}”`);
  return { replacements, advice, deletable };
}

/**
 * A fix must not trade one banned word for another: drop every replacement that contains a
 * term applying where the entry applies (a global entry is offered in every category, so any
 * term counts; a food entry meets global and food terms).
 */
function dropBannedReplacements(entries: OutEntry[]): void {
  const terms = entries.map((e) => ({ norm: normaliseTerm(e.term), scope: e.scope }));
  const meets = (a: readonly LexiconScope[], b: readonly LexiconScope[]) =>
    a.includes('global') || b.includes('global') || a.some((s) => b.includes(s));
  for (const e of entries) {
    e.replacements = e.replacements.filter((r) => {
      const n = normaliseTerm(r);
      const hit = terms.find((t) => meets(e.scope, t.scope) && t.norm && n.includes(t.norm));
      if (hit) console.warn(`dropped replacement ${r} for ${e.term}: contains ${hit.norm}`);
      return !hit;
    });
  }
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function render(entries: OutEntry[]): string {
  const body = entries.map((e) => `  ${JSON.stringify(e)},`).join('\n');
  const version = `1.${fnv1a(body)}`;
  return `// GENERATED by lib/compliance/tools/generate-lexicon.ts from lib/compliance/data/banned-terms.tsv
// and lib/compliance/tools/curation.ts. Do not edit by hand: change curation.ts and re-run
//   node --import tsx lib/compliance/tools/generate-lexicon.ts
import type { LexiconEntryData } from './lexicon-schema';

/** Changes whenever the data changes; compiled matchers are cached per version. */
export const LEXICON_VERSION = '${version}';

export const LEXICON_ENTRIES: readonly LexiconEntryData[] = [
${body}
];
`;
}

const rows = [
  ...parseTsv(readFileSync(tsvPath, 'utf8')),
  ...EXTRA_ROWS.map((r) => ({ ...r })),
];
const entries = build(rows);
lexiconSchema.parse(entries); // refuse to write data the engine would reject
writeFileSync(outPath, render(entries));
const terms = new Set(entries.map((e) => e.term));
console.log(`${rows.length} rows → ${entries.length} entries, ${terms.size} distinct terms → ${outPath}`);
