import { ElementSet, cardOf, panelOfTab } from '../../kit/cards';
import { F, PageIndex, type IndexOptions } from '../../kit/dom-index';
import { clip, displayText, flat, foldLabel } from '../../kit/fold';
import { findGrids, type Grid } from '../../kit/grid';
import { Outcome, failureText } from '../../kit/outcome';
import type { ProductListReading, ProductRowReading } from './reading';

/**
 * Reader for the product list (商品列表, DOMAIN.md §3.5) on the reading kit. Pure: takes a
 * Document or any ParentNode, never throws, never changes the page. Products are found by
 * structure, whatever the layout: a column table (antd Table, its fixed-header variant, a div
 * ARIA grid, SKU rows row-spanned under one product) found by its headers (商品信息 / 商品名称
 * with 商品状态 / 操作 / 单价 …), or one card per product with its 「ID: …」 line. Tab panes present
 * but hidden are read and marked off screen; tooltips and hidden elements are not the page's.
 */

/** A product as read, with the elements to draw next to (the row or card, and the title). */
export interface ProductItem {
  reading: ProductRowReading;
  row: Element;
  titleEl: Element;
}

/** Where the products are: the table (or card area) and, for tables, which column is which. */
export interface ProductTable {
  /** The element whose rows are the products (the body table with antd's split header), or the card area. */
  body: Element;
  /** The header row; null for card layouts. */
  headerRow: Element | null;
  /** Visual column of 商品信息 (-1 for cards). */
  infoColumn: number;
  /** Visual column of 操作 (-1 when absent, and for cards). */
  actionsColumn: number;
  layout: 'table' | 'cards';
}

export interface ProductListResult {
  reading: ProductListReading;
  items: ProductItem[];
  table: ProductTable | null;
}

export interface ProductListOptions {
  /** Resolves relative edit links (defaults to the document's URL). */
  base?: URL | string;
  index?: IndexOptions;
}

const MAX_ROWS = 500;
const MAX_TITLE = 500;
const EDIT_LABEL = '编辑'; // 「免审编辑」 is a different action

/** 「ID: 2026…」, 「ID：２０２６…」 (NFKC in the index), 「商品ID 2026…」; never 「店铺ID」. */
const ID_HEAD = /^(?:商品\s*)?id(?![a-z])\s*[:：]?\s*/i;
const ID_VALUE = /^([0-9a-z][0-9a-z_-]{2,39})(?=$|[\s|｜,，;；)）(（·•]|复制)/i;
const ID_ONLY = /^[0-9a-z][0-9a-z_-]{2,39}$/i;
const hasDigit = (s: string) => /\d/.test(s);

/** Statuses the back office prints for a product (evidence: demo list, DOMAIN §3.5; 仓库中 is the unlisted tab). */
const STATUS_WORDS = ['在售', '出售中', '已上架', '已下架', '仓库中', '审核中', '待审核', '审核驳回', '审核未通过', '待上架', '已售罄', '售罄', '草稿', '违规下架', '已删除', '已冻结'];
const STATUS_SET = new Set(STATUS_WORDS.map(foldLabel));
const EMPTY = /^(?:--+|—+|-|暂无|暂无数据|无)$/;
/** Short field lines beside a title in a card (库存 12, ¥59.00, 创建时间 2026-…): never the title. */
const FIELD_LINE = /^(?:(?:总?库存|销量|价格|单价|售价|创建时间|更新时间|上架时间|商品状态|状态|诊断结果?|类目|商品类目)\s*[:：]?|[¥￥$]\s*\d)/;
/** Link and button texts that are actions on a product, never its title. */
const ACTION_WORDS = new Set(['编辑', '免审编辑', '查看', '详情', '预览', '复制', '复制链接', '删除', '下架', '上架', '推广', '分享', '更多', '改价', '复制商品'].map(foldLabel));
const NUMERIC = /^[\d\s.,:：/\-¥￥$%元件]+$/;

type Role = 'order' | 'id' | 'status' | 'actions' | 'info' | 'price' | 'stock' | 'sales' | 'other' | '';

/** Column meaning by header words (folded). 订单 / 售后 headers mark an order or refund table, never the list. */
function roleOf(h: string): Role {
  if (!h) return '';
  if (/订单|售后|退款/.test(h)) return 'order';
  if (/^(?:商品)?id$|^商品编号$/.test(h)) return 'id';
  if (/^(?:商品)?状态/.test(h)) return 'status';
  if (/^操作/.test(h)) return 'actions';
  if (/^(?:商品信息|商品名称|商品标题|宝贝信息|商品)/.test(h)) return 'info';
  if (/单价|价格|售价/.test(h)) return 'price';
  if (/库存/.test(h)) return 'stock';
  if (/销量/.test(h)) return 'sales';
  return 'other';
}

interface Ctx {
  index: PageIndex;
  base: string | undefined;
  out: Outcome;
  /** Label of the tab each pane belongs to, by pane element. */
  paneTab: Map<number, string>;
}

interface IdHit { id: string; run: number; el: number }

/** The 「ID: …」 line at run r (the id may be in the next node: <span>ID:</span><span>123</span>). */
function idAtRun(index: PageIndex, r: number): IdHit | null {
  const run = index.runs[r]!;
  const head = ID_HEAD.exec(run.text);
  if (!head) return null;
  const rest = run.text.slice(head[0].length);
  if (rest) {
    const m = ID_VALUE.exec(rest);
    return m && hasDigit(m[1]!) ? { id: m[1]!, run: r, el: run.el } : null;
  }
  const next = index.runs[r + 1];
  if (!next || !/[:：]|^(?:商品\s*)?id$/i.test(run.text.trim())) return null;
  const l = index.lca(run.el, next.el);
  if (l < 0 || index.depth[next.el]! - index.depth[l]! > 3) return null;
  const m = ID_VALUE.exec(next.text);
  return m && hasDigit(m[1]!) ? { id: m[1]!, run: r, el: l } : null;
}

/** Is element i inside a table nested within `scope` (a SKU table in a cell is not the cell's text)? */
function inNestedTable(index: PageIndex, i: number, scope: number): boolean {
  for (let n = i; n > scope && n >= 0; n = index.parent[n]!) if (index.has(n, F.TABLE)) return true;
  return false;
}

/** Annotations that are never title text: tags and badges, buttons, header cells, nested tables. */
function skipForTitle(index: PageIndex, el: number, scope: number): boolean {
  return index.has(el, F.TAG) || index.has(el, F.ACTION) || index.has(el, F.HEADER) || inNestedTable(index, el, scope);
}

function runsIn(index: PageIndex, el: number, scope: number, skipRuns: ReadonlySet<number>): string {
  let out = '';
  for (let k = index.runStart[el]!; k < index.runEnd[el]! && out.length < 4000; k++) {
    if (skipRuns.has(k)) continue;
    const run = index.runs[k]!;
    if (skipForTitle(index, run.el, scope)) continue;
    if (ID_HEAD.test(run.text) && idAtRun(index, k)) continue;
    out += (out ? ' ' : '') + run.text;
  }
  return out;
}

function notTitle(text: string): boolean {
  const f = flat(text);
  return f.length === 0 || NUMERIC.test(f) || FIELD_LINE.test(f) || STATUS_SET.has(foldLabel(f)) || EMPTY.test(f) || ACTION_WORDS.has(foldLabel(f));
}

interface Candidate { el: number; text: string; before: boolean; marked: number }

/** An element inside `block` that the page marks as the title: antd's ellipsis `title` attribute, or the product link. */
function markedTitle(index: PageIndex, block: number, scope: number, blockText: string): number {
  let link = -1;
  for (let i = block; i < index.end[block]! && i < block + 200; i++) {
    if (skipForTitle(index, i, scope)) continue;
    const el = index.els[i]!;
    const attr = el.getAttribute('title');
    const text = index.text(i, 4000) ?? '';
    if (attr && attr.trim() && flat(attr) === flat(text)) return i;
    // The product link: not an action (编辑, 查看, 复制链接), and the title-sized part of the block.
    const t = flat(text);
    if (link < 0 && el.tagName === 'A' && el.hasAttribute('href') && !ACTION_WORDS.has(foldLabel(t)) && !notTitle(t) && (t.length >= 4 || t.length * 2 >= flat(blockText).length)) link = i;
  }
  return link;
}

/**
 * The title around the ID line: the pieces beside it (its siblings, its parent's siblings … up
 * to the cell or card). Text before the ID line is the title in every known layout; where the ID
 * comes first (a card header), the piece after it. A marked title (title attribute, product link)
 * wins, then the longest piece; tags (现货48h), prices, status words and field lines never do.
 */
function titleOf(index: PageIndex, scope: number, idEl: number, idRun: number): { el: number } | null {
  const skipRuns = new Set<number>(idRun >= 0 ? [idRun] : []);
  const candidates: Candidate[] = [];
  const consider = (el: number, before: boolean) => {
    if (skipForTitle(index, el, scope)) return;
    const text = runsIn(index, el, scope, skipRuns);
    if (notTitle(text)) return;
    candidates.push({ el, text, before, marked: markedTitle(index, el, scope, text) });
  };
  // Text directly in an element of the chain (「绝对有效 祛痘面霜<br>ID: 2026…」 in the cell itself).
  const directRuns = (p: number, chain: number) => {
    for (let k = index.runStart[p]!; k < index.runEnd[p]!; k++) {
      const run = index.runs[k]!;
      if (run.el !== p || k === idRun || notTitle(run.text)) continue;
      if (ID_HEAD.test(run.text) && idAtRun(index, k)) continue;
      candidates.push({ el: p, text: run.text, before: chain < 0 || k < index.runStart[chain]! || (idRun >= 0 && k < idRun), marked: -1 });
    }
  };
  if (idEl >= 0 && idEl !== scope && index.contains(scope, idEl)) {
    directRuns(idEl, -1);
    for (let chain = idEl, p = index.parent[idEl]!, k = 0; p >= 0 && k < 12; chain = p, p = index.parent[p]!, k++) {
      for (const c of index.children(p)) if (c !== chain) consider(c, c < chain);
      directRuns(p, chain);
      if (p === scope) break;
    }
  } else {
    for (const c of index.children(scope)) consider(c, true);
    directRuns(scope, -1);
  }
  if (candidates.length === 0) return null;
  const pool = candidates.some((c) => c.before) ? candidates.filter((c) => c.before) : candidates;
  let best: Candidate | null = null;
  for (const c of pool) {
    if (!best) { best = c; continue; }
    if ((c.marked >= 0) !== (best.marked >= 0)) { if (c.marked >= 0) best = c; continue; }
    if (flat(c.text).length > flat(best.text).length) best = c;
  }
  if (!best) return null;
  if (best.marked >= 0) return { el: best.marked };
  return { el: narrowest(index, best.el, best.text, scope) };
}

/** The innermost element still holding the whole title (the title span, not its wrapper with a tag). */
function narrowest(index: PageIndex, el: number, text: string, scope: number): number {
  const want = flat(text);
  let current = el;
  for (let guard = 0; guard < 40; guard++) {
    const child = index.children(current).find((c) => !skipForTitle(index, c, scope) && flat(runsIn(index, c, scope, new Set())) === want);
    if (child === undefined) return current;
    current = child;
  }
  return current;
}

/** The title as shown: the element's text nodes, without hidden parts, tags, buttons and the ID line. */
function titleText(index: PageIndex, el: number, scope: number): string {
  let out = '';
  const stack: Node[] = [index.els[el]!];
  let budget = 4000;
  while (stack.length && budget-- > 0 && out.length < 4000) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      const folded = data.normalize('NFKC').trim();
      const head = ID_HEAD.exec(folded);
      if (head && ID_VALUE.test(folded.slice(head[0].length))) continue;
      out += data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== index.els[el]) {
      const i = index.indexOf(node as Element);
      if (i < 0 || skipForTitle(index, i, scope)) continue;
    }
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  const shown = displayText(out);
  if (shown.length <= MAX_TITLE) return shown;
  let cut = '';
  for (const ch of shown) { if (cut.length + ch.length > MAX_TITLE) break; cut += ch; }
  return cut;
}

function resolveHref(href: string, base: string | undefined): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= 2000) return url.href;
  } catch {
    // relative link with no base, or garbage: no edit URL
  }
  return null;
}

/** The 「编辑」 link inside the scopes, in order: found by its text, followed only when http(s). */
function editUrlIn(index: PageIndex, scopes: number[], base: string | undefined): string | null {
  for (const scope of scopes) {
    if (scope < 0) continue;
    for (let i = scope; i < index.end[scope]!; i++) {
      const el = index.els[i]!;
      if (el.tagName !== 'A' || !el.hasAttribute('href')) continue;
      if (foldLabel(flat(index.text(i, 20) ?? '')) !== EDIT_LABEL) continue;
      const url = resolveHref(el.getAttribute('href') ?? '', base);
      if (url) return url;
    }
  }
  return null;
}

function hasEditAction(index: PageIndex, scope: number): boolean {
  for (let i = scope; i < index.end[scope]!; i++) {
    const tag = index.els[i]!.tagName;
    if ((tag === 'A' || index.has(i, F.ACTION)) && foldLabel(flat(index.text(i, 20) ?? '')) === EDIT_LABEL) return true;
  }
  return false;
}

/** A status cell's text, or a status word in a card: 在售 as shown, null for 「--」 or nothing. */
function statusIn(index: PageIndex, scope: number, column: boolean): string | null {
  const parts: string[] = [];
  for (let k = index.runStart[scope]!; k < index.runEnd[scope]!; k++) {
    const run = index.runs[k]!;
    if (index.has(run.el, F.ACTION) || inNestedTable(index, run.el, scope)) continue;
    if (column) { parts.push(run.text); continue; }
    const m = /^(?:商品)?状态\s*[:：]\s*(.*)$/.exec(run.text);
    if (m) {
      const v = m[1] || index.runs[k + 1]?.text || '';
      return EMPTY.test(flat(v)) || !v ? null : clip(displayText(v), 40);
    }
    if (STATUS_SET.has(foldLabel(run.text))) return clip(run.text, 40);
  }
  if (!column) return null;
  const text = displayText(parts.join(' '));
  return !text || EMPTY.test(flat(text)) ? null : clip(text, 40);
}

function tabOf(ctx: Ctx, el: number): string | null {
  for (let p = ctx.index.closest(el, F.PANEL, 120); p >= 0; p = ctx.index.closest(ctx.index.parent[p]!, F.PANEL, 120)) {
    const t = ctx.paneTab.get(p);
    if (t !== undefined) return t;
    if (ctx.index.parent[p]! < 0) break;
  }
  return null;
}

function paneTabs(index: PageIndex): Map<number, string> {
  const map = new Map<number, string>();
  for (let i = 0; i < index.size && map.size < 40; i++) {
    if (!index.has(i, F.TAB) || index.closest(index.parent[i]!, F.TAB, 8) >= 0) continue;
    const pane = panelOfTab(index, i);
    if (pane < 0) continue;
    const label = displayText(index.text(i, 60) ?? '').replace(/\s*[(（]\s*\d[\d,]*\s*[)）]$|\s+\d[\d,]*$/, '');
    if (label) map.set(pane, clip(label, 40));
  }
  return map;
}

function row(ctx: Ctx, at: { id: string; title: string; status: string | null; editUrl: string | null; rowEl: number; titleEl: number }): ProductItem {
  const { index } = ctx;
  return {
    reading: { id: at.id, title: at.title, status: at.status, editUrl: at.editUrl, tab: tabOf(ctx, at.rowEl), onScreen: !index.has(at.rowEl, F.IN_HIDDEN_PANE) },
    row: index.els[at.rowEl]!,
    titleEl: index.els[at.titleEl]!,
  };
}

interface ProductGrid { grid: Grid; roles: Role[] }

function productGrids(index: PageIndex, all: Grid[]): ProductGrid[] {
  const out: ProductGrid[] = [];
  for (const grid of all) {
    // A table nested inside a cell (a SKU table, a preview) is never the list itself.
    if (index.closest(index.parent[grid.table]!, F.CELL, 120) >= 0) continue;
    const roles = grid.header.map(roleOf);
    if (roles.includes('order') || !roles.includes('info')) continue;
    if (!roles.some((r) => r === 'status' || r === 'actions' || r === 'price' || r === 'stock' || r === 'sales')) continue;
    out.push({ grid, roles });
  }
  return out;
}

function idInCell(index: PageIndex, cell: number, scope: number): IdHit | null {
  for (let k = index.runStart[cell]!; k < index.runEnd[cell]!; k++) {
    if (inNestedTable(index, index.runs[k]!.el, scope)) continue;
    const hit = idAtRun(index, k);
    if (hit) return hit;
  }
  return null;
}

function readGrid(ctx: Ctx, pg: ProductGrid, seen: Set<string>, items: ProductItem[]): void {
  const { index } = ctx;
  const col = (r: Role) => pg.roles.indexOf(r);
  const info = col('info');
  const idCol = col('id');
  const statusCol = col('status');
  const actionsCol = col('actions');
  const doneCells = new Set<number>();
  for (const r of pg.grid.rows) {
    if (items.length >= MAX_ROWS) return;
    const cell = r.cells[info] ?? -1;
    // A SKU row under a row-spanned product: the product was read on its first row.
    if (cell < 0 || r.spanned[info] || doneCells.has(cell)) continue;
    doneCells.add(cell);
    let hit: IdHit | null = null;
    const idCell = idCol >= 0 ? r.cells[idCol] ?? -1 : -1;
    if (idCell >= 0) {
      const t = flat(index.text(idCell, 60) ?? '');
      const bare = t.replace(ID_HEAD, '');
      if (ID_ONLY.test(bare) && hasDigit(bare)) hit = { id: bare, run: -1, el: idCell };
    }
    hit ??= idInCell(index, cell, cell) ?? idInCell(index, r.el, r.el);
    if (!hit) continue; // a placeholder (暂无数据), a loading or an expanded detail row
    if (seen.has(hit.id)) continue;
    const inCell = index.contains(cell, hit.el);
    const title = titleOf(index, cell, inCell ? hit.el : -1, inCell ? hit.run : -1);
    const text = title ? titleText(index, title.el, cell) : '';
    if (!title || !text) { ctx.out.problem(`商品 ${hit.id} 没有读到标题`); continue; }
    seen.add(hit.id);
    const statusCell = statusCol >= 0 ? r.cells[statusCol] ?? -1 : -1;
    const actionsCell = actionsCol >= 0 ? r.cells[actionsCol] ?? -1 : -1;
    items.push(row(ctx, {
      id: hit.id, title: text, status: statusCell >= 0 ? statusIn(index, statusCell, true) : null,
      editUrl: editUrlIn(index, [actionsCell, cell, r.el], ctx.base), rowEl: r.el, titleEl: title.el,
    }));
  }
}

/** Cards: one per 「ID: …」 line outside the tables, climbing only while no other product's ID is inside. */
function readCards(ctx: Ctx, inTables: (el: number) => boolean, seen: Set<string>, items: ProductItem[]): number[] {
  const { index } = ctx;
  const hits: IdHit[] = [];
  for (let r = 0; r < index.runs.length && hits.length < MAX_ROWS * 2; r++) {
    const el = index.runs[r]!.el;
    if (index.has(el, F.CHROME) || inTables(el)) continue;
    const hit = idAtRun(index, r);
    if (hit) hits.push(hit);
  }
  if (hits.length === 0) return [];
  const competitors = new ElementSet(hits.map((h) => h.el));
  const cards = hits.map((h) => ({ hit: h, card: cardOf(index, h.el, competitors, { maxUp: 8, maxElements: 600, maxText: 3000 }) }));
  // Product cards carry the 编辑 action; a page of other ID lines (orders, logs) is not the list.
  if (!cards.some((c) => hasEditAction(index, c.card))) return [];
  const used: number[] = [];
  for (const { hit, card } of cards) {
    if (items.length >= MAX_ROWS) break;
    if (seen.has(hit.id)) continue;
    const title = titleOf(index, card, hit.el, hit.run);
    const text = title ? titleText(index, title.el, card) : '';
    if (!title || !text) { ctx.out.problem(`商品 ${hit.id} 没有读到标题`); continue; }
    seen.add(hit.id);
    used.push(card);
    items.push(row(ctx, { id: hit.id, title: text, status: statusIn(index, card, false), editUrl: editUrlIn(index, [card], ctx.base), rowEl: card, titleEl: title.el }));
  }
  return used;
}

/** The 「共 N 条」 of the pagination (a visible one first). */
function totalOf(index: PageIndex): number | null {
  let hidden: number | null = null;
  for (const run of index.runs) {
    if (index.has(run.el, F.CHROME)) continue;
    const m = /共\s*(\d{1,3}(?:,\d{3})+|\d{1,9})\s*(?:条|件|个商品)/.exec(run.text);
    if (!m) continue;
    const n = Number(m[1]!.replace(/,/g, ''));
    if (!index.has(run.el, F.IN_HIDDEN_PANE)) return n;
    hidden ??= n;
  }
  return hidden;
}

function baseOf(root: ParentNode, base?: URL | string): string | undefined {
  if (base) return String(base);
  try {
    const node = root as Node;
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    const uri = doc?.baseURI ?? doc?.location?.href;
    return uri && /^https?:/.test(uri) ? uri : undefined;
  } catch {
    return undefined;
  }
}

function empty(problem?: string): ProductListResult {
  return {
    reading: { kind: 'product-list', layout: 'none', status: 'unreadable', rows: [], total: null, missing: ['商品信息'], problems: problem ? [clip(problem, 160)] : [] },
    items: [],
    table: null,
  };
}

/** Every product the page shows, in display order, with the elements to draw next to. */
export function readProductListPage(root: ParentNode, options: ProductListOptions = {}): ProductListResult {
  try {
    const index = new PageIndex(root, options.index);
    const ctx: Ctx = { index, base: baseOf(root, options.base), out: new Outcome(), paneTab: paneTabs(index) };
    for (const cut of index.cuts) ctx.out.problem(cut);
    const items: ProductItem[] = [];
    const seen = new Set<string>();
    const all = findGrids(index);
    const grids = productGrids(index, all);
    for (const pg of grids) readGrid(ctx, pg, seen, items);
    // ID lines in any column table (an order table, a log) belong to that table, never to a card.
    const inTables = (el: number) => all.some((g) => index.contains(g.table, el));
    let table: ProductTable | null = null;
    if (grids.length > 0) {
      const first = grids.find((g) => g.grid.rows.length > 0) ?? grids[0]!;
      const headCell = first.grid.headerCells[0];
      const headRow = headCell === undefined ? null : index.closest(index.parent[headCell]!, F.ROW, 4);
      table = { body: index.els[first.grid.table]!, headerRow: headRow !== null && headRow >= 0 ? index.els[headRow]! : null, infoColumn: first.roles.indexOf('info'), actionsColumn: first.roles.indexOf('actions'), layout: 'table' };
    }
    const cards = readCards(ctx, inTables, seen, items);
    if (!table && cards.length > 0) {
      let area = cards[0]!;
      for (const c of cards.slice(1)) area = index.lca(area, c);
      table = { body: index.els[area >= 0 ? area : cards[0]!]!, headerRow: null, infoColumn: -1, actionsColumn: -1, layout: 'cards' };
    }
    if (!table) return empty();
    const reading = {
      kind: 'product-list' as const, layout: table.layout, status: ctx.out.status(true), rows: items.map((i) => i.reading),
      total: totalOf(index), missing: ctx.out.missing, problems: ctx.out.problems,
    };
    // Plain data, no zod on the page (issue 11): the zoo and fuzz tests hold every reading to the schema.
    return { reading, items, table };
  } catch (error) {
    // A reader must never take the page down: report the failure as an unreadable reading.
    return empty(failureText(error));
  }
}

/** The product table (or card area), or null when the page shows no product list. */
export function findProductTable(root: ParentNode): ProductTable | null {
  return readProductListPage(root).table;
}

/** @deprecated shape kept for lib/features/product-list.ts: the rows with their elements. */
export interface ProductRow {
  id: string;
  title: string;
  editUrl: string | null;
  row: Element;
  titleEl: Element;
}

/**
 * The product rows on screen, in display order. Rows without a readable ID are skipped
 * (a placeholder 「暂无数据」 row, a loading row, an expanded detail row).
 * `base` resolves relative edit links (defaults to the document's URL).
 */
export function readProductList(root: ParentNode, base?: URL | string): ProductRow[] {
  return readProductListPage(root, { base }).items.map((i) => ({ id: i.reading.id, title: i.reading.title, editUrl: i.reading.editUrl, row: i.row, titleEl: i.titleEl }));
}
