import { F, type PageIndex } from './dom-index';
import { flat, foldLabel } from './fold';

/**
 * A table as the merchant sees it: rowspan and colspan resolved into a real grid, grouped
 * headers combined per column (「本店」 over 「指标值」 reads 「本店指标值」), antd's separate
 * fixed-header table joined to its body. A column is then read for what its header says, never
 * by its position. Tables whose rows pair a label cell with a value cell (antd `Descriptions`)
 * are not column tables: they are left to the label-governed stream reading.
 */
export interface Grid {
  table: number;
  /** Folded header text per column; '' where the header says nothing. */
  header: string[];
  /** The header cells (their text is never a value nor a page label). */
  headerCells: number[];
  rows: GridRow[];
}

export interface GridRow {
  el: number;
  /** Cell element per column (-1 when the row has no cell there). A spanned cell repeats. */
  cells: number[];
  /** True where the cell was placed by an earlier row's rowspan. */
  spanned: boolean[];
}

const MAX_TABLES = 60;
const MAX_ROWS = 3000;
const MAX_COLS = 40;

function span(el: Element, name: 'rowspan' | 'colspan'): number {
  const v = Number(el.getAttribute(name) ?? el.getAttribute(`aria-${name}`) ?? '1');
  return Number.isInteger(v) && v >= 1 ? Math.min(v, name === 'rowspan' ? MAX_ROWS : MAX_COLS) : 1;
}

function rowsOf(index: PageIndex, table: number): number[] {
  const out: number[] = [];
  for (let i = table + 1; i < index.end[table]! && out.length < MAX_ROWS; i++) {
    if (!index.has(i, F.ROW)) continue;
    if (nearestTable(index, i) !== table) continue;
    out.push(i);
  }
  return out;
}

function nearestTable(index: PageIndex, i: number): number {
  for (let n = index.parent[i]!; n >= 0; n = index.parent[n]!) if (index.has(n, F.TABLE)) return n;
  return -1;
}

/** Cells of a row: its children that are cells (a div row may wrap them once). */
function cellsOf(index: PageIndex, row: number): number[] {
  const out: number[] = [];
  for (const c of index.children(row)) {
    if (index.has(c, F.CELL)) out.push(c);
    else for (const g of index.children(c)) if (index.has(g, F.CELL)) out.push(g);
  }
  return out.slice(0, MAX_COLS);
}

function isHeaderRow(index: PageIndex, row: number, cells: number[]): boolean {
  if (cells.length === 0) return false;
  if (index.els[row]!.parentElement?.tagName === 'THEAD') return true;
  return cells.every((c) => index.has(c, F.HEADER));
}

function place(index: PageIndex, rows: Array<{ el: number; cells: number[] }>): GridRow[] {
  const out: GridRow[] = rows.map((r) => ({ el: r.el, cells: [], spanned: [] }));
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const cell of rows[r]!.cells) {
      while (out[r]!.cells[col] !== undefined && out[r]!.cells[col] !== -1) col++;
      const el = index.els[cell]!;
      const cs = span(el, 'colspan');
      const rs = span(el, 'rowspan');
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cs && col + dc < MAX_COLS; dc++) {
          out[r + dr]!.cells[col + dc] = cell;
          out[r + dr]!.spanned[col + dc] = dr > 0;
        }
      }
      col += cs;
    }
  }
  const width = Math.max(0, ...out.map((r) => r.cells.length));
  for (const r of out) for (let c = 0; c < width; c++) { if (r.cells[c] === undefined) { r.cells[c] = -1; r.spanned[c] = false; } }
  return out;
}

function headerTexts(index: PageIndex, headRows: GridRow[]): string[] {
  const width = Math.max(0, ...headRows.map((r) => r.cells.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of headRows) {
      const cell = r.cells[c]!;
      if (cell < 0) continue;
      const t = foldLabel(flat(index.text(cell, 60) ?? ''));
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts.join(''));
  }
  return out;
}

/**
 * A `Descriptions`-like table: no header row, and its rows mix header and data cells (th td th td)
 * or every row is exactly label + value. Read as labelled pairs, not as columns.
 */
function isLabelValue(index: PageIndex, rows: Array<{ el: number; cells: number[] }>): boolean {
  return rows.length > 0 && rows.every((r) => r.cells.some((c) => index.has(c, F.HEADER)) && r.cells.some((c) => !index.has(c, F.HEADER)));
}

/** Every column table of the page (at most MAX_TABLES), with its header resolved. */
export function findGrids(index: PageIndex): Grid[] {
  const tables: number[] = [];
  for (let i = 0; i < index.size && tables.length < MAX_TABLES; i++) if (index.has(i, F.TABLE) && !index.has(i, F.CHROME)) tables.push(i);
  const parsed = tables.map((t) => {
    const rows = rowsOf(index, t).map((el) => ({ el, cells: cellsOf(index, el) })).filter((r) => r.cells.length > 0);
    const head: typeof rows = [];
    let k = 0;
    while (k < rows.length && isHeaderRow(index, rows[k]!.el, rows[k]!.cells)) head.push(rows[k++]!);
    return { table: t, head, body: rows.slice(k) };
  });
  const grids: Grid[] = [];
  for (const [n, p] of parsed.entries()) {
    if (p.body.length === 0) continue;
    let head = p.head;
    if (head.length === 0) {
      if (isLabelValue(index, p.body)) continue;
      // antd with a fixed header renders the header as its own table just before the body's.
      const prev = parsed.slice(0, n).reverse().find((q) => q.body.length === 0 && q.head.length > 0 && index.lca(q.table, p.table) >= 0 && index.depth[q.table]! - index.depth[index.lca(q.table, p.table)]! <= 4);
      if (!prev) continue;
      head = prev.head;
    }
    const headGrid = place(index, head);
    const bodyGrid = place(index, p.body);
    grids.push({ table: p.table, header: headerTexts(index, headGrid), headerCells: [...new Set(head.flatMap((r) => r.cells))], rows: bodyGrid });
  }
  return grids;
}

/**
 * Which columns carry which meaning, by header words. `roles` is checked in order, so put the
 * decoys (行业均值, 较上周) before the words they contain (均值 before 值).
 */
export function classifyColumns(header: readonly string[], roles: ReadonlyArray<readonly [role: string, words: readonly string[]]>): string[] {
  return header.map((h) => {
    if (!h) return '';
    for (const [role, words] of roles) if (words.some((w) => h.includes(foldLabel(w)))) return role;
    return 'other';
  });
}
