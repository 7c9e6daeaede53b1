import { OVERALL_LABELS } from '../../../rules/dimensions';
import type { Generation, RulePack } from '../../../rules/schema';
import { CARD_LIMITS, ElementSet, cardOf, panelOfTab, repeatedItems } from '../../kit/cards';
import { F, PageIndex, type IndexOptions } from '../../kit/dom-index';
import { clip, displayText, flat } from '../../kit/fold';
import { govern, governedBy, type Governance } from '../../kit/govern';
import { classifyColumns, findGrids, type Grid } from '../../kit/grid';
import { Outcome, failureText } from '../../kit/outcome';
import { readShop } from '../../kit/shop';
import { tokenize, tokensOf, type Token, type Tokenized } from '../../kit/tokens';
import { SLOT_OF_UNIT, typeValue, unitHintOf, type SlotType, type Value, type ValueUnit } from '../../kit/values';
import { PARTNER_COLUMNS, SCORE_COLUMNS, scoreDict } from './labels';
import type { IndicatorReading, ScoreReading } from './reading';
import { unreadableReading } from '../../unreadable';

type Slot = { k: number; via: number; value: Value; text: string };

interface Ctx {
  index: PageIndex;
  tk: Tokenized;
  rules: RulePack;
  out: Outcome;
  /** Tokens already read by a grid or a partner floor. */
  used: Uint8Array;
  gov: Map<number, Governance>;
  mainEls: ElementSet;
  grids: Grid[];
}

interface Found { dimId: string | null; score: number | null; value: number | null; unit: ValueUnit | null; raw: string | null; gate: 'met' | 'not-met' | null }

const isMainRole = (r: string) => r === 'overall' || r === 'dimension' || r === 'indicator' || r === 'floor';
const isSubRole = (r: string) => r === 'score' || r === 'value' || r === 'decoy' || r === 'period' || r === 'shop-name' || r === 'shop-id';

function label(tok: Token): { role: string; id?: string; name: string } | null {
  return tok.t === 'label' ? tok.meaning : null;
}

/** Slot a value fills, from the label that governs it: the owner itself ('main'), 得分 ('score'), 指标值 ('value'), or a decoy. */
function viaRole(ctx: Ctx, via: number, owner: number): string {
  if (via === owner) return 'main';
  return label(ctx.tk.tokens[via]!)?.role ?? 'fence';
}

function slotsOf(ctx: Ctx, owner: number, card: number): Slot[] {
  return governedBy(ctx.gov, owner)
    .filter(({ k }) => ctx.index.contains(card, ctx.tk.tokens[k]!.el))
    .map(({ k, via }) => {
      const tok = ctx.tk.tokens[k]!;
      return { k, via, value: tok.t === 'value' ? tok.value : { kind: 'garbage' as const, raw: tok.text }, text: tok.text };
    });
}

function gateIn(ctx: Ctx, el: number): 'met' | 'not-met' | null {
  const [a, b] = tokensOf(ctx.index, ctx.tk, el);
  for (let k = a; k < b; k++) {
    const m = label(ctx.tk.tokens[k]!);
    if (m?.role === 'status' && (m.id === 'met' || m.id === 'not-met')) return m.id;
  }
  return null;
}

/**
 * Score and value of one item from the values its label governs. Sub-labels decide the slot; a
 * number right after the name is taken only when its type says which slot it is (98.5% is a
 * value of a percent indicator, 4.62分 a score). Two bare numbers after the name cannot be told
 * apart: that is a problem, not a guess.
 */
type Resolved = Omit<Found, 'dimId' | 'gate'> & { sawScore: boolean; sawValue: boolean };

function resolveItem(ctx: Ctx, name: string, slots: Slot[], owner: number, slotType: SlotType | null): Resolved {
  const res: Resolved = { score: null, value: null, unit: null, raw: null, sawScore: false, sawValue: false };
  const byRole = (r: string) => slots.filter((s) => viaRole(ctx, s.via, owner) === r);
  const takeScore = (s: Slot): boolean => {
    res.sawScore = true;
    const typed = typeValue(s.value, 'score');
    if (typed.ok === true) { res.score = typed.value; return true; }
    if (typed.ok === false) ctx.out.badValue(name, s.text, typed.why);
    return typed.ok === 'empty';
  };
  const takeValue = (s: Slot, type: SlotType): boolean => {
    res.sawValue = true;
    res.raw = clip(s.text, 60);
    const typed = typeValue(s.value, type);
    if (typed.ok === true) { res.value = typed.value; res.unit = typed.unit; return true; }
    if (typed.ok === false) ctx.out.badValue(name, s.text, typed.why);
    return typed.ok === 'empty';
  };
  const scoreSub = byRole('score')[0];
  if (scoreSub) takeScore(scoreSub);
  const valueSub = byRole('value')[0];
  const inferred = (v: Value): SlotType | null => (v.kind !== 'number' ? null : v.unit === 'percent' ? 'percent' : v.unit === 'hours' ? 'hours' : v.unit === 'count' ? 'count' : null);
  if (valueSub) takeValue(valueSub, slotType ?? inferred(valueSub.value) ?? 'index');
  const main = byRole('main');
  if (main.length === 0) return res;
  const remaining = [...main];
  // Typed by their own unit first: 分 is a score; the indicator's unit is its value.
  for (const s of [...remaining]) {
    if (s.value.kind !== 'number' || s.value.signed) continue;
    const u = s.value.unit;
    if (u === 'score' && !scoreSub && res.score === null) { takeScore(s); remaining.splice(remaining.indexOf(s), 1); }
    else if (u !== 'plain' && u !== 'score' && !valueSub && res.raw === null) {
      takeValue(s, slotType ?? inferred(s.value)!);
      remaining.splice(remaining.indexOf(s), 1);
    }
  }
  const plain = remaining.filter((s) => s.value.kind === 'number' && s.value.unit === 'plain' && !s.value.signed);
  const scoreOpen = !scoreSub && res.score === null && !res.sawScore;
  const valueOpen = !valueSub && res.raw === null && !res.sawValue;
  if (slotType === 'score') {
    // A dimension or the overall has one slot: the first bare number its label governs is its score.
    if (plain[0] && scoreOpen) takeScore(plain[0]);
  } else if (plain.length === 1 && scoreOpen !== valueOpen) {
    // One slot left, one bare number: it can only be that slot, and must pass its type.
    if (scoreOpen) takeScore(plain[0]!);
    else takeValue(plain[0]!, slotType ?? 'index');
  } else if (plain.length > 0 && (scoreOpen || valueOpen)) {
    // Both slots open: a bare number after the name could be either. Never guess.
    ctx.out.problem(clip(`${clip(name, 40)}：无法确定「${plain.map((p) => p.text).slice(0, 3).join('、')}」是得分还是指标值`, 160));
    res.sawScore = true;
    res.sawValue = true;
  }
  // Empty markers right after the name (--, 暂无数据) mean both are unknown: nothing to report.
  if (remaining.some((s) => s.value.kind === 'empty')) { res.sawScore = true; res.sawValue = true; }
  const garbage = remaining.find((s) => s.value.kind === 'garbage');
  if (garbage && res.score === null && res.raw === null) ctx.out.badValue(name, garbage.text, slotType === 'score' ? '不是有效的分数' : '不是有效的分数或指标值');
  const delta = remaining.find((s) => s.value.kind === 'number' && s.value.signed);
  if (delta && !garbage && res.score === null && res.raw === null && plain.length === 0) ctx.out.badValue(name, delta.text, '是变化量或负数，不是分数');
  return res;
}

interface Dim { id: string; name: string; generation: Generation; score: number | null; area: number; found: boolean; unread: boolean }

export interface ScoreReadOptions extends IndexOptions { now?: Date }

/**
 * Reads the 购物体验分 page of either generation, whatever its layout: the page's structures
 * (cards, tabs, collapse panels, tables with spanned cells, Descriptions, Statistic) are found
 * first, then every labelled value in them is read for what its label says and checked against
 * its type. Unknown indicators are kept as the page names them. Never throws.
 */
export function readScorePage(root: ParentNode, url: URL, rules: RulePack, nowOrOptions: Date | ScoreReadOptions = new Date()): ScoreReading {
  const opts: ScoreReadOptions = nowOrOptions instanceof Date ? { now: nowOrOptions } : nowOrOptions;
  const now = opts.now ?? new Date();
  const base = { kind: 'score' as const, url: url.href.slice(0, 2000), readAt: now.toISOString() };
  try {
    const index = new PageIndex(root, opts);
    const tk = tokenize(index, scoreDict(rules));
    const out = new Outcome();
    for (const cut of index.cuts) out.problem(cut);
    const used = new Uint8Array(tk.tokens.length);
    // Column headers of real tables name columns, never the page's own labels or values
    // (a th in a Descriptions table is a label, and stays one).
    const grids = findGrids(index);
    for (const g of grids) for (const cell of g.headerCells) { const [a, b] = tokensOf(index, tk, cell); used.fill(1, a, b); }
    const mainTokens: number[] = [];
    tk.tokens.forEach((t, k) => { const m = label(t); if (m && isMainRole(m.role) && used[k] === 0) mainTokens.push(k); });
    const mainEls = new ElementSet(mainTokens.map((k) => tk.tokens[k]!.el));
    const ctx: Ctx = { index, tk, rules, out, used, gov: new Map(), mainEls, grids };

    const partners = readPartnerFloors(ctx);
    const gridFound = readGrids(ctx);
    ctx.gov = govern(tk, 0, tk.tokens.length, {
      isMain: (t) => { const m = label(t); return !!m && isMainRole(m.role); },
      isSub: (t) => { const m = label(t); return !!m && isSubRole(m.role); },
      skip: (k) => used[k] === 1,
    });
    const free = mainTokens.filter((k) => used[k] === 0);
    const slotCard = (k: number) => cardOf(index, tk.tokens[k]!.el, mainEls);

    // ── dimensions: card, tab (its pane is the area), collapse panel, Descriptions title ──
    // A dimension is named a few times (tab, title, table); a page naming one thousands of times
    // is not giving more information, only more work: the first few mentions are read.
    const perDim = new Map<string, number>();
    const dimTokens = free.filter((k) => {
      const m = label(tk.tokens[k]!)!;
      if (m.role !== 'dimension') return false;
      const n = (perDim.get(m.id!) ?? 0) + 1;
      perDim.set(m.id!, n);
      return n <= 8;
    });
    const dimAreaCompetitors = new ElementSet(free.filter((k) => ['dimension', 'overall', 'floor'].includes(label(tk.tokens[k]!)!.role)).map((k) => tk.tokens[k]!.el));
    const dims = new Map<string, Dim>();
    for (const k of dimTokens) {
      const m = label(tk.tokens[k]!)!;
      const rule = rules.dimensions.find((d) => d.id === m.id)!;
      const el = tk.tokens[k]!.el;
      const tab = index.closest(el, F.TAB, 6);
      let area: number;
      let unread = false;
      if (tab >= 0) {
        const pane = panelOfTab(index, tab);
        area = pane >= 0 ? pane : -1;
        unread = pane === -2 || (pane >= 0 && index.textLength(pane) === 0);
      } else {
        area = cardOf(index, el, dimAreaCompetitors, { ...CARD_LIMITS, maxElements: 3000, maxText: 20000 });
        const folded = index.els[el]!.closest('[aria-expanded="false"]');
        if (folded && !mainEls.anyIn(area, index.end[area]!, el, index.end[el]!)) unread = true;
      }
      // A dimension's own score is the number its label governs; 「商品体验 4.21」 in a tab works too.
      const { score } = resolveItem(ctx, m.name, slotsOf(ctx, k, slotCard(k)), k, 'score');
      const prev = dims.get(rule.id);
      if (!prev) dims.set(rule.id, { id: rule.id, name: m.name, generation: rule.generation, score, area, found: true, unread });
      else {
        if (prev.score === null && score !== null) prev.score = score;
        if (prev.area < 0 || (area >= 0 && !unread && prev.unread)) { prev.area = area; prev.unread = unread && prev.unread; }
        else if (!unread) prev.unread = false;
      }
    }
    for (const g of gridFound.dims) {
      const prev = dims.get(g.id);
      if (!prev) dims.set(g.id, g);
      else if (prev.score === null) prev.score = g.score;
    }

    // ── overall ──
    let overall: number | null = null;
    let overallSeen = 0;
    for (const k of free) {
      if (label(tk.tokens[k]!)!.role !== 'overall' || overallSeen >= 8) continue;
      overallSeen++;
      const r = resolveItem(ctx, OVERALL_LABELS[0]!, slotsOf(ctx, k, slotCard(k)), k, 'score');
      if (r.score !== null) { overall = r.score; break; }
    }
    if (overall === null) out.miss(OVERALL_LABELS[0]!);

    // ── indicators: every labelled one, known to the rule pack (either generation) or not ──
    const dimOf = (el: number): string | null => {
      let best: Dim | null = null;
      for (const d of dims.values()) if (d.area >= 0 && index.contains(d.area, el) && (!best || d.area > best.area)) best = d;
      return best?.id ?? null;
    };
    const indicators: IndicatorReading[] = [...gridFound.indicators];
    const seen = new Set(indicators.map((i) => i.id));
    const knownLabelEls: number[] = [];
    for (const k of free) {
      const m = label(tk.tokens[k]!)!;
      if (m.role !== 'indicator' || seen.has(m.id!)) continue;
      const rule = rules.indicators.find((i) => i.id === m.id)!;
      const el = tk.tokens[k]!.el;
      const card = slotCard(k);
      const r = resolveItem(ctx, m.name, slotsOf(ctx, k, card), k, SLOT_OF_UNIT[rule.unit]);
      knownLabelEls.push(el);
      seen.add(rule.id);
      // A name with nothing readable beside it is not a reading of that indicator: say so.
      if (!r.sawScore) out.miss(`${m.name}·得分`);
      if (!r.sawValue) out.miss(`${m.name}·指标值`);
      indicators.push({ id: rule.id, label: m.name, dimensionId: dimOf(el) ?? rule.dimension, score: r.score, value: r.value, unit: r.unit, raw: r.raw, gate: gateIn(ctx, card) });
    }
    // Unknown indicators: a short name inside a dimension's area that governs a typed score or value,
    // shaped like the known indicator names there (same tag and class).
    const shapeOf = (el: number) => `${index.els[el]!.tagName}.${index.els[el]!.getAttribute('class') ?? ''}`;
    const knownShapes = new Set(knownLabelEls.map(shapeOf));
    const owners = new Set<number>();
    for (const g of ctx.gov.values()) if (g.owner >= 0) owners.add(g.owner);
    let candidates = 0;
    for (const k of [...owners].sort((a, b) => a - b)) {
      const tok = tk.tokens[k]!;
      if (candidates > 300) break;
      if (tok.t !== 'word' || used[k] || index.has(tok.el, F.ACTION) || index.has(tok.el, F.TAB)) continue;
      const text = displayText(tok.text);
      if (!/[\u4e00-\u9fff]/.test(text) || Array.from(text).length < 3 || Array.from(text).length > 20) continue;
      const dimId = dimOf(tok.el);
      if (dimId === null || indicators.length >= 60) continue;
      // A name stands in an element of its own, as the known names do; loose text beside other content is not a name.
      if (flat(index.text(tok.el, 40) ?? '') !== flat(tok.text)) continue;
      candidates++;
      const card = cardOf(index, tok.el, mainEls);
      const slots = slotsOf(ctx, k, card);
      if (slots.length === 0) continue;
      const sameShape = knownShapes.has(shapeOf(tok.el));
      const typedRoles = slots.filter((s) => ['score', 'value'].includes(viaRole(ctx, s.via, k)));
      if (!sameShape && typedRoles.length < 2) continue;
      const probe = new Outcome();
      const r = resolveItem({ ...ctx, out: probe }, text, slots, k, null);
      if (r.score === null && r.value === null) continue;
      for (const p of probe.problems) out.problem(p);
      const id = `unknown:${clip(flat(text), 100)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      indicators.push({ id, label: clip(text, 80), dimensionId: dimId, score: r.score, value: r.value, unit: r.unit, raw: r.raw, gate: gateIn(ctx, card) });
    }

    // ── generation, missing ──
    const found = [...dims.values()];
    const count = (g: Generation) => found.filter((d) => d.generation === g).length;
    const generation: ScoreReading['generation'] = count('five') === 0 && count('three') === 0
      ? (indicators.some((i) => rules.indicators.find((r) => r.id === i.id)?.generation === 'three') ? 'three' : indicators.some((i) => rules.indicators.find((r) => r.id === i.id)) ? 'five' : 'unknown')
      : count('three') >= count('five') ? 'three' : 'five';
    const genDims = found.filter((d) => generation === 'unknown' || d.generation === generation);
    const unreadIds = new Set(genDims.filter((d) => d.unread).map((d) => d.id));
    for (const d of rules.dimensions) if (d.generation === generation && !dims.has(d.id)) out.miss(d.labels[0]!);
    for (const d of genDims) if (d.score === null && !d.unread) out.miss(`${d.name}得分`);
    for (const rule of rules.indicators) {
      if (rule.generation !== generation || seen.has(rule.id) || unreadIds.has(rule.dimension)) continue;
      out.miss(rule.labels[0]!);
    }

    const shop = readShop(tk, (k) => used[k] === 1);
    const period = readPeriod(tk, (k) => used[k] === 1);
    // The glance is about scores: indicators alone (no overall, no dimension) do not make the page readable.
    const readable = overall !== null || genDims.some((d) => d.score !== null);
    const reading = {
      ...base, generation, status: out.status(readable), shop, period, overall,
      dimensions: genDims.map((d) => ({ id: d.id, label: d.name, score: d.score })).slice(0, 20),
      indicators: indicators.slice(0, 60), partners: partners.slice(0, 200),
      unreadDimensions: genDims.filter((d) => d.unread).map((d) => d.name).slice(0, 20),
      missing: out.missing, problems: byImportance(out.problems, rules),
    };
    // Plain data: the worker checks it against the schema (lib/pages/submitted-reading.ts).
    return reading;
  } catch (error) {
    // A reader must never take the page down: report the failure as an unreadable reading.
    return unreadableReading(base, failureText(error));
  }
}

/** The overall first, then the dimensions, then the rest: the glance shows only the first few. */
function byImportance(problems: string[], rules: RulePack): string[] {
  const dimNames = new Set(rules.dimensions.flatMap((d) => d.labels));
  const rank = (p: string) => { const head = p.split('：')[0] ?? ''; return OVERALL_LABELS.includes(head) ? 0 : dimNames.has(head) ? 1 : 2; };
  return problems.map((p, i) => ({ p, i, r: rank(p) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
}

function readPeriod(tk: Tokenized, skip: (k: number) => boolean): string | null {
  for (let k = 0; k < tk.tokens.length; k++) {
    const t = tk.tokens[k]!;
    if (t.t !== 'label' || t.meaning.role !== 'period' || skip(k)) continue;
    // 「统计周期：2026-11-01 ~ 2026-11-30」 (dates and what joins them) or 「统计周期：近30天」 (one word).
    const parts: string[] = [];
    for (let j = k + 1; j < tk.tokens.length && j < k + 6; j++) {
      const n = tk.tokens[j]!;
      if (n.t === 'label' || n.run > t.run + 1) break;
      if (n.t === 'date') parts.push(n.text);
      else if (n.t === 'word' && parts.length === 0) { parts.push(n.text); break; }
      else if (n.t === 'word' && /^[~～至到\-—]$/.test(n.text)) parts.push(n.text);
      else break;
    }
    if (parts.length) return clip(parts.join(' '), 60);
  }
  return null;
}

// ── tables ──

function cellValues(ctx: Ctx, cell: number): Array<{ k: number; tok: Token }> {
  if (cell < 0) return [];
  const [a, b] = tokensOf(ctx.index, ctx.tk, cell);
  const out: Array<{ k: number; tok: Token }> = [];
  for (let k = a; k < b; k++) out.push({ k, tok: ctx.tk.tokens[k]! });
  return out;
}

function firstValue(ctx: Ctx, cell: number): { value: Value; text: string } | null {
  for (const { tok } of cellValues(ctx, cell)) {
    if (tok.t === 'value') return { value: tok.value, text: tok.text };
    if (tok.t === 'label' && tok.meaning.role === 'decoy') return null; // 「行业 0.50%」 inside a cell
  }
  // Text that is not a value at all (「abc」, 「4.6.2」) is still what the cell shows.
  const text = ctx.index.text(cell, 60);
  return text ? { value: { kind: 'garbage', raw: text }, text } : null;
}

interface GridFound { dims: Dim[]; indicators: IndicatorReading[] }

/**
 * Column tables: every row read by what its header says. The 考核维度 column may be row-spanned
 * or a row of its own (tree tables, row groups); 同行均值 / 较上周 columns are never read.
 */
function readGrids(ctx: Ctx): GridFound {
  const { index, rules } = ctx;
  const res: GridFound = { dims: [], indicators: [] };
  for (const grid of ctx.grids) {
    const [ta, tb] = tokensOf(index, ctx.tk, grid.table);
    if (grid.rows.length > 0 && ctx.used[tokensOf(index, ctx.tk, grid.rows[0]!.el)[0]] === 1) continue; // a partner table
    const roles = classifyColumns(grid.header, SCORE_COLUMNS);
    const col = (r: string) => roles.indexOf(r);
    let nameCol = col('name');
    const dimCol = col('dimension');
    const scoreCol = col('score');
    const valueCol = col('value');
    const dimScoreCol = col('dimension-score');
    const gateCol = col('gate');
    if (scoreCol < 0 && valueCol < 0) continue;
    // A header that does not span the body's columns would read every value under the wrong name.
    const width = Math.max(0, ...grid.rows.map((r) => r.cells.filter((c) => c >= 0).length > 0 ? r.cells.length : 0));
    if (width !== grid.header.length) { ctx.out.problem(`表格的表头（${grid.header.length} 列）与内容（${width} 列）对不上，没有读取`); continue; }
    if (nameCol < 0) nameCol = roles.findIndex((r, c) => r === 'other' || (r === '' && c === 0));
    if (nameCol < 0) continue;
    const valueHint = valueCol >= 0 ? unitHintOf(grid.header[valueCol]!) : null;
    let current: Dim | null = null;
    let readAny = false;
    for (const row of grid.rows) {
      // A row with fewer cells than the header (a cell removed, a merged row) cannot be read by column.
      if (row.cells.some((c) => c < 0)) {
        const shown = clip(displayText(ctx.index.text(row.el, 40) ?? ''), 30);
        if (shown) ctx.out.problem(`表格中「${shown}」这一行的列数与表头不一致，没有读取`);
        continue;
      }
      const nameTok = cellValues(ctx, row.cells[nameCol]!).find(({ tok }) => tok.t === 'label' || (tok.t === 'word' && !tok.prose));
      const dimTok = dimCol >= 0 ? cellValues(ctx, row.cells[dimCol]!).find(({ tok }) => label(tok)?.role === 'dimension') : undefined;
      if (dimTok) current = dimFromGrid(ctx, res, dimTok.tok, dimScoreCol >= 0 ? row.cells[dimScoreCol]! : row.cells[dimCol]!, grid);
      if (!nameTok) continue;
      const m = label(nameTok.tok);
      if (m?.role === 'dimension') {
        // A group row (tree table parent, full-width row): the dimension and its score.
        current = dimFromGrid(ctx, res, nameTok.tok, scoreCol >= 0 && row.cells[scoreCol] !== row.cells[nameCol] ? row.cells[scoreCol]! : row.cells[nameCol]!, grid);
        readAny = true;
        continue;
      }
      if (m && m.role !== 'indicator') continue;
      const rule = m ? rules.indicators.find((i) => i.id === m.id) : undefined;
      const name = m ? m.name : clip(displayText(nameTok.tok.text), 80);
      if (!m && !/[\u4e00-\u9fff]/.test(name)) continue;
      const slotType: SlotType | null = rule ? SLOT_OF_UNIT[rule.unit] : null;
      const found: Found = { dimId: current?.id ?? rule?.dimension ?? null, score: null, value: null, unit: null, raw: null, gate: null };
      if (scoreCol >= 0 && row.cells[scoreCol] !== row.cells[nameCol]) {
        const v = firstValue(ctx, row.cells[scoreCol]!);
        if (v) {
          const typed = typeValue(v.value, 'score');
          if (typed.ok === true) found.score = typed.value;
          else if (typed.ok === false) ctx.out.badValue(name, v.text, typed.why);
        }
      }
      if (valueCol >= 0 && row.cells[valueCol] !== row.cells[nameCol]) {
        const v = firstValue(ctx, row.cells[valueCol]!);
        if (v) {
          found.raw = clip(v.text, 60);
          const type = slotType ?? (v.value.kind === 'number' ? (v.value.unit === 'percent' ? 'percent' : v.value.unit === 'hours' ? 'hours' : valueHint === 'percent' ? 'percent' : 'index') : 'index');
          const typed = typeValue(v.value, type, valueHint);
          if (typed.ok === true) { found.value = typed.value; found.unit = typed.unit; }
          else if (typed.ok === false) ctx.out.badValue(name, v.text, typed.why);
        }
      }
      found.gate = gateCol >= 0 ? gateIn(ctx, row.cells[gateCol]!) : gateIn(ctx, row.el);
      const id = rule ? rule.id : `unknown:${clip(flat(name), 100)}`;
      if (res.indicators.some((i) => i.id === id)) continue;
      res.indicators.push({ id, label: name, dimensionId: found.dimId, score: found.score, value: found.value, unit: found.unit, raw: found.raw, gate: found.gate });
      readAny = true;
    }
    if (readAny) for (let k = ta; k < tb; k++) ctx.used[k] = 1;
  }
  return res;
}

function dimFromGrid(ctx: Ctx, res: GridFound, tok: Token, scoreCell: number, grid: Grid): Dim {
  const m = label(tok)!;
  const rule = ctx.rules.dimensions.find((d) => d.id === m.id)!;
  let dim = res.dims.find((d) => d.id === rule.id);
  if (!dim) {
    dim = { id: rule.id, name: m.name, generation: rule.generation, score: null, area: grid.table, found: true, unread: false };
    res.dims.push(dim);
  }
  if (dim.score === null && scoreCell >= 0) {
    // The dimension's score: after its name in its own cell (「商品体验 4.21」) or in the 维度得分
    // column, governed by the name or a 得分 label, never after a 同行均值 in the same cell.
    const [a, b] = tokensOf(ctx.index, ctx.tk, scoreCell);
    const gov = govern(ctx.tk, a, b, {
      isMain: (t) => label(t)?.role === 'dimension',
      isSub: (t) => { const r = label(t)?.role; return !!r && isSubRole(r); },
    });
    const v = [...gov.entries()].map(([k, g]) => ({ tok: ctx.tk.tokens[k]!, g }))
      .find(({ tok, g }) => tok.t === 'value' && (g.owner < 0 || label(ctx.tk.tokens[g.owner]!)?.role === 'dimension') && (g.via === g.owner || label(ctx.tk.tokens[g.via]!)?.role === 'score'));
    if (v && v.tok.t === 'value') {
      const typed = typeValue(v.tok.value, 'score');
      if (typed.ok === true) dim.score = typed.value;
      else if (typed.ok === false) ctx.out.badValue(m.name, v.tok.text, typed.why);
    }
  }
  return dim;
}

// ── 合作商家楼层 ──

/** Partner merchants under the floor heading, from a table, an antd List or cards. */
function readPartnerFloors(ctx: Ctx): ScoreReading['partners'] {
  const { index, tk } = ctx;
  const heads = tk.tokens.map((t, k) => ({ t, k })).filter(({ t, k }) => label(t)?.role === 'floor' && ctx.used[k] === 0);
  const others = new ElementSet(tk.tokens.filter((t) => { const r = label(t)?.role; return r === 'dimension' || r === 'indicator'; }).map((t) => t.el));
  for (const { t } of heads) {
    const area = cardOf(index, t.el, others, { maxUp: 6, maxElements: 6000, maxText: 40000 });
    if (area === t.el) continue;
    const list: ScoreReading['partners'] = [];
    const grid = ctx.grids.find((g) => index.contains(area, g.table));
    if (grid) {
      const roles = classifyColumns(grid.header, PARTNER_COLUMNS);
      const nameCol = roles.indexOf('name');
      const scoreCol = roles.indexOf('score');
      if (nameCol >= 0 && scoreCol >= 0) {
        for (const row of grid.rows) {
          const name = displayText(index.text(row.cells[nameCol]!, 80) ?? '');
          if (!name) continue;
          const v = firstValue(ctx, row.cells[scoreCol]!);
          const typed = v ? typeValue(v.value, 'score') : null;
          list.push({ name: clip(name, 80), score: typed?.ok === true ? typed.value : null });
          if (list.length >= 200) break;
        }
      }
    } else {
      const isItem = (el: number) => {
        const [a, b] = tokensOf(index, tk, el);
        let words = 0; let values = 0;
        for (let k = a; k < b; k++) { const x = tk.tokens[k]!; if (x.t === 'word' && !x.prose) words++; if (x.t === 'value') values++; }
        return words >= 1 && values >= 1 && b - a <= 12;
      };
      for (const item of repeatedItems(index, area, isItem)) {
        const [a, b] = tokensOf(index, tk, item);
        let name: string | null = null;
        let score: number | null = null;
        for (let k = a; k < b; k++) {
          const x = tk.tokens[k]!;
          if (x.t === 'label' && x.meaning.role === 'decoy') break;
          if (x.t === 'word' && !x.prose && name === null) name = displayText(x.text);
          if (x.t === 'value' && score === null) { const typed = typeValue(x.value, 'score'); if (typed.ok === true) score = typed.value; }
        }
        if (name) list.push({ name: clip(name, 80), score });
        if (list.length >= 200) break;
      }
    }
    const [a, b] = tokensOf(index, tk, area);
    for (let k = a; k < b; k++) ctx.used[k] = 1;
    return list;
  }
  return [];
}
