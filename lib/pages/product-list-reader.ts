import { foldLabel, textOf } from './text';

/**
 * Reader for the product list (商品列表, DOMAIN.md §3.5). Pure: takes a Document or any
 * ParentNode, never throws, never changes the page. The table is found by its column
 * headers, not by class names (those are hashed and change).
 */

export interface ProductRow {
  /** The product id from the 「ID: …」 line of the 商品信息 cell. */
  id: string;
  /** The title as shown: the cell's main text, without the ID line or anything after it. */
  title: string;
  /** Absolute URL of the row's 「编辑」 link, or null when the row has none we can follow. */
  editUrl: string | null;
  row: Element;
  /** The element that carries the title text (for drawing next to it). */
  titleEl: Element;
}

const INFO_HEADER = '商品信息';
/** At least one of these next to 商品信息 says "this is the product table", not some other table. */
const CONFIRMING_HEADERS = ['商品状态', '操作', '单价'];
const ACTIONS_HEADER = '操作';
const EDIT_LABEL = '编辑';

const TABLES = 'table, [role="table"], [role="grid"]';
const CELLS = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
const ROWS = 'tr, [role="row"]';
/** Not part of a title: hidden bits, controls, images, and tables nested inside the cell. */
const HIDDEN = '[aria-hidden="true"], [hidden], script, style, template, noscript, input, select, textarea, img, svg, table, [role="table"], [role="grid"]';

/** 「ID: 20261121001」, 「ID：2026…」, 「商品ID 2026…」. Kuaishou item ids are digits; allow a little more. */
const ID_LINE = /(?:^|[^a-z])id\s*[:：]?\s*([0-9a-z][0-9a-z_-]{2,39})/i;
const ID_START = /^\s*(?:商品\s*)?id\s*[:：]/i;

const MAX_TITLE = 500;
const MAX_ROWS = 500;

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.matches(CELLS));
}

/** Cell at a visual column index, counting colspans (a selection column, a merged cell). */
function cellAt(row: Element, index: number): Element | null {
  let col = 0;
  for (const cell of cellsOf(row)) {
    const span = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
    if (index >= col && index < col + span) return cell;
    col += span;
  }
  return null;
}

function columnCount(row: Element): number {
  return cellsOf(row).reduce((n, c) => n + Math.max(1, Number(c.getAttribute('colspan')) || 1), 0);
}

interface HeaderRow { row: Element; labels: string[] }

function headerRowOf(table: Element): HeaderRow | null {
  const candidates: Element[] = [];
  const thead = table.querySelector('thead tr');
  if (thead) candidates.push(thead);
  const aria = Array.from(table.querySelectorAll(ROWS)).find((r) => r.querySelector('[role="columnheader"], th'));
  if (aria) candidates.push(aria);
  for (const row of candidates) {
    const labels: string[] = [];
    for (const cell of cellsOf(row)) {
      const span = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      const label = foldLabel(textOf(cell));
      for (let i = 0; i < span; i++) labels.push(label);
    }
    if (labels.length > 0) return { row, labels };
  }
  return null;
}

function columnOf(labels: readonly string[], name: string): number {
  const folded = foldLabel(name);
  const exact = labels.indexOf(folded);
  // 「商品信息 ⓘ」 or 「商品信息(共10件)」 still name the column; exact matches win.
  return exact >= 0 ? exact : labels.findIndex((l) => l.startsWith(folded) && l.length <= folded.length + 12);
}

export interface ProductTable {
  /** The element whose rows are the products (the body table with antd's split header). */
  body: Element;
  headerRow: Element;
  infoColumn: number;
  actionsColumn: number;
}

function tableFromHeaders(headTable: Element, bodyTable: Element): ProductTable | null {
  const header = headerRowOf(headTable);
  if (!header) return null;
  const infoColumn = columnOf(header.labels, INFO_HEADER);
  if (infoColumn < 0) return null;
  if (!CONFIRMING_HEADERS.some((h) => columnOf(header.labels, h) >= 0)) return null;
  return { body: bodyTable, headerRow: header.row, infoColumn, actionsColumn: columnOf(header.labels, ACTIONS_HEADER) };
}

/**
 * The product table: a table whose header has 商品信息 and one of 商品状态 / 操作 / 单价.
 * antd with a fixed header renders the header and body as two sibling tables; the body table
 * then borrows the header of the nearest table above it in the same wrapper.
 */
export function findProductTable(root: ParentNode): ProductTable | null {
  try {
    const tables = Array.from(root.querySelectorAll(TABLES));
    for (const table of tables) {
      if (table.parentElement?.closest(TABLES)) continue; // a table nested in a cell is not the list
      const own = tableFromHeaders(table, table);
      if (own && hasBodyRows(table, own.headerRow)) return own;
      if (own) {
        // Header-only table (antd sticky header): the body is the next table in the same wrapper.
        const wrap = table.parentElement?.parentElement ?? null;
        const body = wrap ? Array.from(wrap.querySelectorAll(TABLES)).find((t) => t !== table && !t.contains(table) && !table.contains(t)) : undefined;
        if (body) return { ...own, body };
        return own;
      }
    }
  } catch {
    // A strange page (detached nodes, odd selectors): no table.
  }
  return null;
}

function hasBodyRows(table: Element, headerRow: Element): boolean {
  return Array.from(table.querySelectorAll(ROWS)).some((r) => r !== headerRow && !r.closest('thead'));
}

/** By node type, not `instanceof`: nodes may come from another window or JS world. */
function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isHidden(node: Node, cell: Element): boolean {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return false;
  const hidden = el.closest(HIDDEN);
  return hidden !== null && (hidden === cell || cell.contains(hidden));
}

/** The smallest element in the cell whose text starts with the ID line. */
function idElementOf(cell: Element): Element | null {
  let best: Element | null = null;
  for (const el of Array.from(cell.querySelectorAll('*'))) {
    if (isHidden(el, cell)) continue;
    const text = textOf(el);
    if (text.length > 80 || !ID_START.test(text)) continue;
    if (!best || best.contains(el)) best = el;
  }
  return best;
}

function idFrom(text: string): string | null {
  const m = ID_LINE.exec(text.normalize('NFKC'));
  return m?.[1] ?? null;
}

interface Candidate { node: Node; text: string; before: boolean }

/**
 * The title: around the ID line, the nodes beside it (its siblings, its parent's siblings …
 * up to the cell). Text before the ID line is the title in every known layout; the longest
 * visible piece wins, so a 「新品」 tag or a thumbnail's letters do not.
 */
function titleOf(cell: Element, idEl: Element | null): { title: string; el: Element } | null {
  const candidates: Candidate[] = [];
  const consider = (node: Node, before: boolean) => {
    if (node.nodeType !== 1 && node.nodeType !== 3) return;
    if (isHidden(node, cell)) return;
    if (isElement(node)) {
      // Hidden parts (an aria-hidden thumbnail, an icon) do not count towards the title.
      const text = visibleText(node, cell);
      if (text.length > 0 && !ID_START.test(text)) candidates.push({ node, text, before });
    } else {
      const text = textOf(node);
      if (text.length > 0 && !ID_START.test(text)) candidates.push({ node, text, before });
    }
  };
  if (idEl) {
    let chain: Element = idEl;
    while (chain !== cell && chain.parentElement) {
      const parent: Element = chain.parentElement;
      let before = true;
      for (const child of Array.from(parent.childNodes)) {
        if (child === chain) {
          before = false;
          continue;
        }
        consider(child, before);
      }
      chain = parent;
      if (parent === cell) break;
    }
  } else {
    for (const child of Array.from(cell.childNodes)) consider(child, true);
  }
  const pool = candidates.some((c) => c.before) ? candidates.filter((c) => c.before) : candidates;
  let best: Candidate | null = null;
  for (const c of pool) if (!best || c.text.length > best.text.length) best = c;
  if (!best) return null;
  const el = isElement(best.node) ? best.node : best.node.parentElement ?? cell;
  return refine(isElement(best.node) ? best.node : null, best.text, cell) ?? { title: best.text.slice(0, MAX_TITLE), el: narrowest(el, best.text) };
}

/**
 * Inside the chosen block, the title proper when the page marks it: an element whose `title`
 * attribute repeats its text (antd's ellipsis), or the product link, so a 「新品」 tag beside
 * it stays out. Split highlight spans (顶级<em>野生</em>) are never cut apart.
 */
function refine(block: Element | null, text: string, cell: Element): { title: string; el: Element } | null {
  if (!block) return null;
  const all = [block, ...Array.from(block.querySelectorAll('*'))].filter((e) => !isHidden(e, cell));
  const titled = all.find((e) => {
    const attr = e.getAttribute('title');
    return attr !== null && attr.trim().length > 0 && attr.replace(/\s+/g, ' ').trim() === visibleText(e, cell);
  });
  const link = titled ? undefined : all.find((e) => e.matches('a[href]') && visibleText(e, cell).length * 2 >= text.length);
  const pick = titled ?? link;
  if (!pick) return null;
  const title = visibleText(pick, cell);
  return title.length > 0 ? { title: title.slice(0, MAX_TITLE), el: pick } : null;
}

/** Visible text of an element, skipping hidden parts (aria-hidden thumbnails, icons). */
function visibleText(el: Element, cell: Element): string {
  if (!el.querySelector(HIDDEN)) return textOf(el);
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (isElement(child) && !isHidden(child, cell)) walk(child);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The innermost element that still holds the whole title (the title link, not its wrapper). */
function narrowest(el: Element, text: string): Element {
  let current = el;
  for (;;) {
    const child = Array.from(current.children).find((c) => textOf(c) === text);
    if (!child) return current;
    current = child;
  }
}

function editUrlOf(cell: Element | null, row: Element, base: string | undefined): string | null {
  const scopes = cell ? [cell, row] : [row];
  for (const scope of scopes) {
    for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
      if (foldLabel(textOf(a)) !== EDIT_LABEL) continue; // 「免审编辑」 is a different action
      const href = a.getAttribute('href') ?? '';
      try {
        const url = base ? new URL(href, base) : new URL(href);
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      } catch {
        // relative link with no base, or garbage: no edit URL
      }
    }
  }
  return null;
}

function baseOf(root: ParentNode, base?: URL | string): string | undefined {
  if (base) return String(base);
  const node = root as Node;
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const uri = doc?.baseURI ?? doc?.location?.href;
  return uri && /^https?:/.test(uri) ? uri : undefined;
}

/**
 * The product rows on screen, in display order. Rows without a readable ID are skipped
 * (a placeholder 「暂无数据」 row, a loading row, an expanded detail row).
 * `base` resolves relative edit links (defaults to the document's URL).
 */
export function readProductList(root: ParentNode, base?: URL | string): ProductRow[] {
  try {
    const table = findProductTable(root);
    if (!table) return [];
    const baseUrl = baseOf(root, base);
    const minColumns = table.infoColumn + 1;
    const out: ProductRow[] = [];
    const seen = new Set<string>();
    for (const row of Array.from(table.body.querySelectorAll(ROWS))) {
      if (out.length >= MAX_ROWS) break;
      if (row === table.headerRow || row.closest('thead') || row.getAttribute('aria-hidden') === 'true') continue;
      if (row.closest(TABLES) !== table.body) continue; // a table nested inside a cell
      if (columnCount(row) < minColumns) continue;
      const cell = cellAt(row, table.infoColumn);
      if (!cell || cell.matches('th, [role="columnheader"]')) continue;
      const idEl = idElementOf(cell);
      const id = idFrom(idEl ? textOf(idEl) : textOf(cell));
      if (!id || seen.has(id)) continue;
      const title = titleOf(cell, idEl);
      if (!title) continue;
      seen.add(id);
      const actions = table.actionsColumn >= 0 ? cellAt(row, table.actionsColumn) : null;
      out.push({ id, title: title.title, editUrl: editUrlOf(actions, row, baseUrl), row, titleEl: title.el });
    }
    return out;
  } catch {
    return [];
  }
}

const LIST_URL_HINTS = [/\/goods\/.*list/i, /itemmanager/i];

export function productListUrlHint(url: URL): boolean {
  try {
    return LIST_URL_HINTS.some((re) => re.test(decodeURIComponent(url.pathname)));
  } catch {
    return LIST_URL_HINTS.some((re) => re.test(url.pathname));
  }
}

/** A product list: the route says so, or the page shows the product table's headers. */
export function isProductListPage(url: URL, doc: ParentNode): boolean {
  return productListUrlHint(url) || findProductTable(doc) !== null;
}
