import { ElementSet, cardOf } from './cards';
import { F, type PageIndex } from './dom-index';
import { clip, foldLabel } from './fold';
import { classifyColumns, findGrids } from './grid';

/**
 * Lists of records (orders, after-sales cases): one item per table row or per card, found by the
 * label that names its record number (订单编号, 售后单号), and inside each item the fields its
 * labels govern. Only fields whose label the reader asks for are ever read: text under any other
 * label (收货人, 手机号, 地址, 买家留言) is fenced off and never leaves this file.
 */
export interface FieldSpec {
  /** Field name → the labels that name it on the page (as printed). */
  fields: Record<string, readonly string[]>;
  /** Labels whose text must never be read (buyer data). They fence values, nothing more. */
  fenced: readonly string[];
  /** The field that identifies a record (订单编号). */
  key: string;
  /** Column header words per field for tables, checked in order; role 'fenced' for buyer columns, first. */
  columns: ReadonlyArray<readonly [string, readonly string[]]>;
}

export interface ListItem {
  el: number;
  /** Field → the text its label governs (first piece after the label), as shown. */
  fields: Map<string, string>;
  /** Texts of the item not governed by any label: tags, countdown lines, status words. */
  loose: string[];
  hidden: boolean;
}

export interface ListRead { items: ListItem[]; cuts: string[] }

const MAX_ITEMS = 6000;

interface Matcher { re: RegExp; byLabel: Map<string, string | null> }
const matchers = new WeakMap<FieldSpec, Matcher>();

function matcherOf(spec: FieldSpec): Matcher {
  let m = matchers.get(spec);
  if (m) return m;
  const byLabel = new Map<string, string | null>();
  for (const [field, labels] of Object.entries(spec.fields)) for (const l of labels) if (!byLabel.has(foldLabel(l))) byLabel.set(foldLabel(l), field);
  for (const l of spec.fenced) if (!byLabel.has(foldLabel(l))) byLabel.set(foldLabel(l), null);
  const alts = [...byLabel.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A label stands at the start of a text or after a space, and ends at a colon, a space or the
  // end: 「商品」 inside a product title 「新款商品礼盒」 is not a label. Inside a sentence, after a
  // comma (「待商家处理，剩余处理时间：10小时」 in a detail page's banner), only with its colon.
  const alt = alts.join('|');
  m = { re: new RegExp(`(?:^|(?<=[\\s|｜]))(${alt})\\s*(?:[:：]|$|(?=\\s))|(?<=[,，;；。、])(${alt})\\s*[:：]`, 'gi'), byLabel };
  matchers.set(spec, m);
  return m;
}

/** `run` counts texts (runs joined across inline splits), so 「the next text」 means the next one the merchant sees. */
type Piece = { label: string | null | undefined; text: string; run: number };

/**
 * Does run r+1 continue run r's text? The index says so for inline splits; inside a tag it does
 * not join (a tag annotates a score), but a countdown tag 「还剩6小时<span>20分</span>」 is one text.
 */
function touches(index: PageIndex, r: number): boolean {
  const a = index.runs[r]!;
  const b = index.runs[r + 1]!;
  if (b.joinsPrev) return true;
  return !a.trail && index.contains(a.el, b.el) && index.depth[b.el]! - index.depth[a.el]! <= 2 && index.has(a.el, F.TAG);
}

function startsWithLabel(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m !== null && m.index === 0;
}

/** Label and value pieces of runs [a, b): label → field name (null for fenced), undefined for text. */
function pieces(index: PageIndex, a: number, b: number, spec: FieldSpec): Piece[] {
  const { re, byLabel } = matcherOf(spec);
  const out: Piece[] = [];
  let g = 0;
  for (let r = a; r < b; r++, g++) {
    const run = index.runs[r]!;
    if (index.has(run.el, F.CHROME) || index.has(run.el, F.ACTION)) continue;
    // Text split over inline elements with no space (a search highlight <em>3012</em>0260…) is one text.
    let text = run.text;
    // A next text that starts with a label is its own field, whatever the spacing between them.
    while (r + 1 < b && touches(index, r) && !index.has(index.runs[r + 1]!.el, F.ACTION) && !startsWithLabel(re, index.runs[r + 1]!.text)) text += index.runs[++r]!.text;
    re.lastIndex = 0;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A label inside a longer word (订单编号查询) is still a label; a value before it is its own piece.
      const before = text.slice(last, m.index).trim();
      if (before) out.push({ label: undefined, text: before, run: g });
      const label = m[1] ?? m[2]!;
      out.push({ label: byLabel.get(foldLabel(label)) ?? null, text: label, run: g });
      last = m.index + m[0].length;
    }
    const rest = text.slice(last).replace(/^[:：]\s*/, '').trim();
    if (rest) out.push({ label: undefined, text: rest, run: g });
  }
  return out;
}

/** Fields and loose texts of an element's subtree. */
export function fieldsOf(index: PageIndex, el: number, spec: FieldSpec): { fields: Map<string, string>; loose: string[] } {
  const ps = pieces(index, index.runStart[el]!, index.runEnd[el]!, spec);
  const fields = new Map<string, string>();
  const loose: string[] = [];
  let pending: string | null | undefined; // the label waiting for its value (null: fenced)
  let pendingRun = -1;
  for (const p of ps) {
    if (p.label !== undefined) { pending = p.label; pendingRun = p.run; continue; }
    // A label takes the first piece after it, in its own run or the next one; what follows is loose.
    if (pending !== undefined && p.run <= pendingRun + 2) {
      if (pending !== null && !fields.has(pending)) fields.set(pending, clip(p.text, 200));
      pending = undefined;
      continue;
    }
    pending = undefined;
    loose.push(clip(p.text, 200));
  }
  return { fields, loose };
}

function cellText(index: PageIndex, cell: number): string {
  return (index.text(cell, 400) ?? '').replace(/^[:：]\s*/, '').trim();
}

/** A row with fewer cells than its header: the columns would shift (a buyer's cell under 商品), so it is not read by column. */
function misaligned(cells: number[], width: number): boolean {
  return cells.length < width || cells.some((c) => c < 0);
}

/**
 * Every record on the page: rows of tables that have a column for the key field, then cards (or
 * rows without such a column) found by the key's label. A record in a hidden tab pane is read and
 * marked hidden; the same record shown twice is for the caller to merge.
 */
export function readListItems(index: PageIndex, spec: FieldSpec): ListRead {
  const items: ListItem[] = [];
  const cuts: string[] = [];
  const consumed: Array<[number, number]> = [];
  for (const grid of findGrids(index)) {
    const roles = classifyColumns(grid.header, spec.columns);
    if (!roles.includes(spec.key)) continue;
    consumed.push([grid.table, index.end[grid.table]!]);
    // A header narrower than its rows would shift every column after the gap.
    const width = Math.max(0, ...grid.rows.map((r) => r.cells.length));
    if (grid.header.length < width) {
      cuts.push('表头和表格的列对不上，这张表没有读');
      continue;
    }
    // The grid model stops at its row cap; a longer list (5,000 orders on one page) goes on row by
    // row with the same header, cells by position (list rows carry no rowspans).
    const rows: Array<{ el: number; cells: number[] }> = grid.rows.map((r) => ({ el: r.el, cells: r.cells }));
    const lastEl = rows.length ? rows[rows.length - 1]!.el : grid.table;
    for (let i = index.end[lastEl]!; i < index.end[grid.table]! && rows.length < MAX_ITEMS; i++) {
      if (!index.has(i, F.ROW)) continue;
      const cells = index.children(i).filter((c) => index.has(c, F.CELL));
      if (cells.length) rows.push({ el: i, cells });
      i = index.end[i]! - 1;
    }
    let skipped = 0;
    for (const row of rows) {
      if (items.length >= MAX_ITEMS) { cuts.push(`记录超过 ${MAX_ITEMS} 条，只读了前 ${MAX_ITEMS} 条`); break; }
      if (misaligned(row.cells, grid.header.length)) { skipped++; continue; }
      const fields = new Map<string, string>();
      const loose: string[] = [];
      const seen = new Set<number>();
      roles.forEach((role, c) => {
        const cell = row.cells[c]!;
        // A fenced column (收货人, 买家留言) is never read, not even as loose text.
        if (cell < 0 || role === 'fenced' || seen.has(cell)) return;
        seen.add(cell);
        const inner = fieldsOf(index, cell, spec);
        for (const [f, v] of inner.fields) if (!fields.has(f)) fields.set(f, v);
        if (role === '' || role === 'other' || !(role in spec.fields)) { loose.push(...inner.loose); return; }
        // The column says what the cell holds; a label inside the cell still wins for its own field.
        const own = inner.fields.get(role) ?? inner.loose[0] ?? cellText(index, cell);
        if (own) fields.set(role, clip(own, 200));
        loose.push(...inner.loose.filter((t) => t !== own));
      });
      items.push({ el: row.el, fields, loose, hidden: index.closest(row.el, F.IN_HIDDEN_PANE) >= 0 });
    }
    if (skipped) cuts.push(`${skipped} 行表格的格子数和表头对不上，没有读`);
  }
  // Cards: every element whose text starts a key label, outside the tables read above.
  const keyLabels = spec.fields[spec.key]!.map(foldLabel);
  const keyEls: number[] = [];
  for (let r = 0; r < index.runs.length; r++) {
    const run = index.runs[r]!;
    if (consumed.some(([a, b]) => run.el >= a && run.el < b) || index.has(run.el, F.CHROME)) continue;
    const f = foldLabel(run.text);
    if (keyLabels.some((l) => f.startsWith(l))) keyEls.push(run.el);
  }
  const competitors = new ElementSet(keyEls);
  const limits = { maxUp: 10, maxElements: 800, maxText: 4000 };
  for (const el of competitors.list) {
    if (items.length >= MAX_ITEMS) { cuts.push(`记录超过 ${MAX_ITEMS} 条，只读了前 ${MAX_ITEMS} 条`); break; }
    const card = cardOf(index, el, competitors, limits);
    const { fields, loose } = fieldsOf(index, card, spec);
    items.push({ el: card, fields, loose, hidden: index.closest(card, F.IN_HIDDEN_PANE) >= 0 });
  }
  return { items, cuts };
}

/** The selected tab's text (全部 / 待发货 / 已发货), when the page has tabs. */
export function activeTab(index: PageIndex): string | null {
  for (let i = 0; i < index.size; i++) {
    if (!index.has(i, F.TAB)) continue;
    const el = index.els[i]!;
    const selected = el.getAttribute('aria-selected') === 'true' || /(?:^|\s)ant-tabs-tab-active(?:\s|$)/.test(el.getAttribute('class') ?? '') || el.querySelector('[aria-selected="true"]') !== null;
    // 「待发货 6」: the badge counts, the tab's name is the words.
    if (selected) return clip((index.text(i, 40) ?? '').replace(/\s*[(（]?\d+[)）]?$/, '').trim(), 40) || null;
  }
  return null;
}

/** antd Pagination: the current page and the last page number shown, when present. */
export function pagination(index: PageIndex): { current: number; total: number | null } | null {
  let current: number | null = null;
  let total: number | null = null;
  for (let i = 0; i < index.size; i++) {
    const cls = index.els[i]!.getAttribute('class') ?? '';
    if (!/(?:^|\s)ant-pagination-item(?:\s|$)/.test(cls)) continue;
    const n = Number((index.text(i, 10) ?? '').trim());
    if (!Number.isInteger(n) || n < 1) continue;
    if (/ant-pagination-item-active/.test(cls) || index.els[i]!.getAttribute('aria-current') === 'page') current = n;
    total = Math.max(total ?? 0, n);
  }
  return current === null ? null : { current, total };
}
