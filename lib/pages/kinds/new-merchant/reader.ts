import { DEFAULT_RULES } from '../../../rules/default-rules';
import type { RulePack } from '../../../rules/schema';
import { NEW_MERCHANT_RULES, NEW_MERCHANT_SCORE_LABELS, SHOP_AGE_LABELS, VALID_ORDER_LABELS } from '../../../rules/new-merchant-rules';
import type { NewMerchantRules } from '../../../rules/new-merchant';
import { ElementSet, cardOf } from '../../kit/cards';
import { F, PageIndex, type IndexOptions } from '../../kit/dom-index';
import { clip, displayText, flat } from '../../kit/fold';
import { govern, governedBy, type Governance } from '../../kit/govern';
import { classifyColumns, findGrids, type Grid } from '../../kit/grid';
import { Outcome, failureText } from '../../kit/outcome';
import { readShop } from '../../kit/shop';
import { tokenize, tokensOf, type Token, type Tokenized } from '../../kit/tokens';
import { SLOT_OF_UNIT, typeValue, unitHintOf, type SlotType, type Value } from '../../kit/values';
import { CORE_COLUMNS, newMerchantDict } from './labels';
import type { CoreIndicatorReading, NewMerchantReading } from './reading';
import { unreadableReading } from '../../unreadable';
import { findHeadings, rawRun, readTasks } from './tasks';

export { parseProgress, taskKey } from './tasks';

type Parsed<T> = { kind: 'number'; value: T } | { kind: 'empty' } | { kind: 'garbage' };
const EMPTY = /^(?:--+|—+|-|暂无数据|暂无|无数据|数据计算中|计算中|未计算|n\/a)$/i;

/** 23天, 第23天, 23 → days. The kit reads 23天 as a duration (552 hours), which is not what the page means. */
export function parseDays(text: string): Parsed<number> {
  const t = flat(text);
  if (EMPTY.test(t)) return { kind: 'empty' };
  const m = /^第?(\d{1,5})天?$/.exec(t);
  if (!m) return { kind: 'garbage' };
  const days = Number(m[1]);
  return days <= 36500 ? { kind: 'number', value: days } : { kind: 'garbage' };
}

/** 12单, 12, 1,024笔, 12/30单 (progress towards 30) → the count. */
export function parseOrders(text: string): Parsed<number> {
  const t = flat(text);
  if (EMPTY.test(t)) return { kind: 'empty' };
  const m = /^(\d{1,3}(?:,\d{3})+|\d{1,8})(?:\/\d{1,8})?(?:单|笔|个)?$/.exec(t);
  if (!m) return { kind: 'garbage' };
  const n = Number(m[1]!.replace(/,/g, ''));
  return n <= 1e7 ? { kind: 'number', value: n } : { kind: 'garbage' };
}

const MAIN_ROLES = new Set(['nm-score', 'age', 'orders', 'core', 'group', 'shop-name', 'shop-id']);
const SUB_ROLES = new Set(['score', 'value', 'decoy']);
const GRADUATED = /已(?:切换|转为|转入|转成|升级|进入)(?:为|成|至|到)?(?:正式)?(?:购物)?体验分|新商(?:考核)?(?:期|阶段)(?:已)?结束|已(?:退出|结束|完成)新商(?:考核)?(?:期|阶段)/;
const IN_PHASE = /新商(?:考核)?(?:期|阶段)(?:剩余|还剩|进行中|中)|处于新商(?:考核)?(?:期|阶段)/;
/** Scores are printed with decimals (4.4, 4.28) or with 分: a bare integer is never taken for one. */
const SCORE_SHAPED = /^\d(?:\.\d{1,2})?\s?分$|^\d\.\d{1,2}$/;

interface Ctx {
  index: PageIndex;
  tk: Tokenized;
  out: Outcome;
  gov: Map<number, Governance>;
  mainEls: ElementSet;
  /** Tokens read by a task item or a table: no labelled figure is taken from them. */
  used: Uint8Array;
}

function roleAt(tk: Tokenized, k: number): string | null {
  const t = tk.tokens[k];
  return t && t.t === 'label' ? t.meaning.role : null;
}

/** Values the label at k governs inside its own card, each with the slot its governing label names. */
function slotsOf(ctx: Ctx, k: number): Array<{ k: number; tok: Token; slot: string }> {
  const { index } = ctx;
  const el = ctx.tk.tokens[k]!.el;
  const card = cardOf(index, el, ctx.mainEls);
  // A Descriptions row pairs several labels with their values (th td th td): a label in a cell
  // also owns the cell right after it.
  const cell = index.closest(el, F.CELL, 4);
  const next = cell >= 0 && index.end[cell]! < index.size && index.parent[index.end[cell]!] === index.parent[cell] ? index.end[cell]! : -1;
  const inArea = (e: number) => index.contains(card, e) || (next >= 0 && index.has(next, F.CELL) && index.contains(next, e));
  return governedBy(ctx.gov, k)
    .filter(({ k: j }) => !ctx.used[j] && inArea(ctx.tk.tokens[j]!.el))
    .map(({ k: j, via }) => ({ k: j, tok: ctx.tk.tokens[j]!, slot: via === k ? 'main' : roleAt(ctx.tk, via) ?? 'fence' }));
}

/** The first word right after a label (「开店天数：abc天」): what the page shows where a figure should be. */
function wordAfter(ctx: Ctx, k: number): Token | null {
  const t = ctx.tk.tokens[k]!;
  const next = ctx.tk.tokens[k + 1];
  if (!next || ctx.used[k + 1] || next.t !== 'word' || next.prose || next.run > t.run + 1) return null;
  return next;
}

const MAX_LABEL_TRIES = 20;

interface Figure<T> { value: T | null; found: boolean }

/** A labelled figure: the first of the labels that governs a readable value wins; else the first problem is reported. */
function readFigure<T>(ctx: Ctx, role: string, name: string, what: string, parse: (tok: Token) => Parsed<T> | null): Figure<T> {
  let found = false;
  let problem: string | null = null;
  // A page that repeats a label thousands of times is not read thousands of times.
  let tries = 0;
  for (let k = 0; k < ctx.tk.tokens.length && tries < MAX_LABEL_TRIES; k++) {
    if (roleAt(ctx.tk, k) !== role || ctx.used[k]) continue;
    tries++;
    const candidates = slotsOf(ctx, k).filter((s) => s.slot === 'main' || s.slot === 'score' || s.slot === 'value');
    const after = wordAfter(ctx, k);
    const list = candidates.length ? candidates.map((c) => c.tok) : after ? [after] : [];
    for (const tok of list) {
      const p = parse(tok);
      if (p === null) continue;
      if (p.kind === 'number') return { value: p.value, found: true };
      found = true;
      if (p.kind === 'garbage') problem ??= `${clip(name, 40)}：「${clip(tok.text, 40)}」不是有效的${what}`;
      break;
    }
  }
  if (problem) ctx.out.problem(problem);
  return { value: null, found };
}

function parseScoreToken(tok: Token): Parsed<number> | null {
  if (tok.t === 'word') return { kind: 'garbage' };
  if (tok.t !== 'value') return null;
  if (tok.value.kind === 'empty') return { kind: 'empty' };
  if (tok.value.kind === 'garbage') return { kind: 'garbage' };
  if (tok.value.signed) return null; // 较昨日 +0.06 without its label: a change, never the score
  const typed = typeValue(tok.value, 'score');
  if (typed.ok === true && SCORE_SHAPED.test(tok.text.trim())) return { kind: 'number', value: typed.value };
  return typed.ok === true ? null : { kind: 'garbage' };
}

const ageToken = (tok: Token): Parsed<number> | null => (tok.t === 'value' || tok.t === 'word' ? parseDays(tok.text) : null);
const orderToken = (tok: Token): Parsed<number> | null => (tok.t === 'value' || tok.t === 'word' || tok.t === 'progress' ? (tok.t === 'value' && tok.value.kind === 'number' && tok.value.signed ? null : parseOrders(tok.text)) : null);

/** What the page says about the phase, in its own words; graduation wins over an old countdown. */
function readPhase(index: PageIndex): NewMerchantReading['phase'] {
  let inPhase: NewMerchantReading['phase'] = null;
  for (let r = 0; r < index.runs.length; r++) {
    const run = index.runs[r]!;
    if (index.has(run.el, F.CHROME)) continue;
    const t = flat(run.text);
    // In the page's own words (full-width punctuation and all), as the merchant reads it.
    if (GRADUATED.test(t)) return { status: 'graduated', text: clip(displayText(rawRun(index, r)), 120) };
    if (!inPhase && IN_PHASE.test(t)) inPhase = { status: 'in-phase', text: clip(displayText(rawRun(index, r)), 120) };
  }
  return inPhase;
}


function typedInto(ctx: Ctx, name: string, v: Value, text: string, slot: SlotType, hint: ReturnType<typeof unitHintOf> = null): { value: number; unit: CoreIndicatorReading['unit'] } | null {
  const typed = typeValue(v, slot, hint);
  if (typed.ok === true) return { value: typed.value, unit: typed.unit };
  if (typed.ok === false) ctx.out.badValue(name, text, typed.why);
  return null;
}

function firstValueIn(ctx: Ctx, cell: number): { value: Value; text: string } | null {
  if (cell < 0) return null;
  const [a, b] = tokensOf(ctx.index, ctx.tk, cell);
  for (let k = a; k < b; k++) {
    const t = ctx.tk.tokens[k]!;
    if (t.t === 'value') return { value: t.value, text: t.text };
    if (t.t === 'label' && t.meaning.role === 'decoy') return null;
  }
  const text = ctx.index.text(cell, 60);
  return text ? { value: { kind: 'garbage', raw: text }, text } : null;
}

/** Core indicators, typed like the score page's: from a column table by its headers, else by the labels that govern each figure. */
function readCore(ctx: Ctx, rules: NewMerchantRules, pack: RulePack, grids: Grid[]): CoreIndicatorReading[] {
  const found = new Map<string, CoreIndicatorReading>();
  const slotOf = (id: string): SlotType => {
    const c = rules.coreIndicators.find((x) => x.id === id);
    const rule = c?.indicatorId ? pack.indicators.find((i) => i.id === c.indicatorId) : undefined;
    return rule ? SLOT_OF_UNIT[rule.unit] ?? 'percent' : 'percent';
  };
  for (const grid of grids) {
    const roles = classifyColumns(grid.header, CORE_COLUMNS);
    const scoreCol = roles.indexOf('score');
    const valueCol = roles.indexOf('value');
    let nameCol = roles.indexOf('name');
    if (nameCol < 0) nameCol = 0;
    if (scoreCol < 0 && valueCol < 0) continue;
    const hint = valueCol >= 0 ? unitHintOf(grid.header[valueCol]!) : null;
    for (const row of grid.rows) {
      const [a, b] = tokensOf(ctx.index, ctx.tk, row.cells[nameCol] ?? -1);
      let label: Token | null = null;
      for (let k = a; k < b; k++) { const t = ctx.tk.tokens[k]!; if (t.t === 'label' && t.meaning.role === 'core') { label = t; break; } }
      if (!label || label.t !== 'label' || found.has(label.meaning.id!)) continue;
      const id = label.meaning.id!;
      const name = label.meaning.name;
      const r: CoreIndicatorReading = { id, label: name, value: null, unit: null, raw: null, score: null };
      const s = scoreCol >= 0 ? firstValueIn(ctx, row.cells[scoreCol]!) : null;
      if (s) r.score = typedInto(ctx, name, s.value, s.text, 'score')?.value ?? null;
      const v = valueCol >= 0 ? firstValueIn(ctx, row.cells[valueCol]!) : null;
      if (v) {
        r.raw = clip(v.text, 60);
        const t = typedInto(ctx, name, v.value, v.text, slotOf(id), hint);
        if (t) { r.value = t.value; r.unit = t.unit; }
      }
      found.set(id, r);
      const [ra, rb] = tokensOf(ctx.index, ctx.tk, row.el);
      ctx.used.fill(1, ra, rb);
    }
  }
  for (let k = 0; k < ctx.tk.tokens.length; k++) {
    const t = ctx.tk.tokens[k]!;
    if (t.t !== 'label' || t.meaning.role !== 'core' || ctx.used[k] || found.has(t.meaning.id!)) continue;
    const id = t.meaning.id!;
    const name = t.meaning.name;
    const type = slotOf(id);
    const r: CoreIndicatorReading = { id, label: name, value: null, unit: null, raw: null, score: null };
    let sawValue = false;
    let sawScore = false;
    const slots = slotsOf(ctx, k).filter((s) => s.tok.t === 'value');
    const take = (s: (typeof slots)[number], as: 'value' | 'score') => {
      if (s.tok.t !== 'value') return;
      if (as === 'score') { sawScore = true; r.score = typedInto(ctx, name, s.tok.value, s.tok.text, 'score')?.value ?? null; return; }
      sawValue = true;
      r.raw = clip(s.tok.text, 60);
      const typed = typedInto(ctx, name, s.tok.value, s.tok.text, type);
      if (typed) { r.value = typed.value; r.unit = typed.unit; }
    };
    for (const s of slots) if (s.slot === 'value' && !sawValue) take(s, 'value');
    for (const s of slots) if (s.slot === 'score' && !sawScore) take(s, 'score');
    for (const s of slots) {
      if (s.slot !== 'main' || s.tok.t !== 'value') continue;
      const v = s.tok.value;
      if (v.kind === 'number' && v.signed) continue;
      if (v.kind === 'empty') { if (!sawValue) { sawValue = true; r.raw = clip(s.tok.text, 60); } else if (!sawScore) sawScore = true; continue; }
      if (v.kind === 'number' && v.unit === 'score') { if (!sawScore) take(s, 'score'); continue; }
      if (v.kind === 'number' && v.unit !== 'plain') { if (!sawValue) take(s, 'value'); continue; }
      // A bare decimal beside a percent indicator is its score: the indicator's own value carries its unit.
      if (v.kind === 'number' && !sawScore && SCORE_SHAPED.test(s.tok.text.trim()) && type !== 'index' && type !== 'count') { take(s, 'score'); continue; }
      if (v.kind === 'garbage' && !sawValue && !sawScore) { ctx.out.badValue(name, s.tok.text, '不是有效的指标值或分数'); sawValue = true; }
    }
    found.set(id, r);
  }
  return rules.coreIndicators.map((c) => found.get(c.id)).filter((x): x is CoreIndicatorReading => !!x).slice(0, 20);
}

export interface NewMerchantReadOptions extends IndexOptions { now?: Date }

/**
 * Reads the 新商体验分 module whatever its layout: the score (a tag beside it, 分 apart, one
 * decimal), shop age, valid orders, what the page says about the phase, every task of both groups
 * found by its structure (known to the rule pack or not, with its group, state, progress and the
 * bonus it shows) and the core indicators. Decoys (较昨日, 目标, tooltips, hidden elements) are
 * left out by the label that governs them. Never throws: what it cannot find goes into `missing`,
 * what it cannot understand into `problems`, unknown values stay null, never 0.
 */
export function readNewMerchantPage(root: ParentNode, url: URL, nowOrOptions: Date | NewMerchantReadOptions = new Date(), rules: NewMerchantRules = NEW_MERCHANT_RULES, pack: RulePack = DEFAULT_RULES): NewMerchantReading {
  const opts: NewMerchantReadOptions = nowOrOptions instanceof Date ? { now: nowOrOptions } : nowOrOptions;
  const now = opts.now ?? new Date();
  const base = { kind: 'new-merchant' as const, url: url.href.slice(0, 2000), readAt: now.toISOString() };
  try {
    const index = new PageIndex(root, opts);
    const tk = tokenize(index, newMerchantDict(rules));
    const out = new Outcome();
    for (const cut of index.cuts) out.problem(cut);
    const used = new Uint8Array(tk.tokens.length);
    const grids = findGrids(index);
    for (const g of grids) for (const cell of g.headerCells) { const [a, b] = tokensOf(index, tk, cell); used.fill(1, a, b); }
    const gov = govern(tk, 0, tk.tokens.length, {
      isMain: (t) => t.t === 'label' && MAIN_ROLES.has(t.meaning.role),
      isSub: (t) => t.t === 'label' && SUB_ROLES.has(t.meaning.role),
    });
    const mainEls = new ElementSet(tk.tokens.filter((t) => t.t === 'label' && MAIN_ROLES.has(t.meaning.role)).map((t) => t.el));
    const ctx: Ctx = { index, tk, out, gov, mainEls, used };

    const headings = findHeadings(index, rules);
    const { tasks, items } = readTasks(index, tk, gov, headings, rules, (k) => roleAt(tk, k));
    for (const item of items) { const [a, b] = tokensOf(index, tk, item); used.fill(1, a, b); }
    for (const g of rules.groups) if (!headings.some((h) => h.group === g.group)) out.miss(g.labels[0]!);

    const score = readFigure(ctx, 'nm-score', NEW_MERCHANT_SCORE_LABELS[0]!, '分数', parseScoreToken);
    const age = readFigure(ctx, 'age', SHOP_AGE_LABELS[0]!, '开店天数', ageToken);
    const orders = readFigure(ctx, 'orders', VALID_ORDER_LABELS[0]!, '订单数', orderToken);
    if (!score.found && score.value === null) out.miss(NEW_MERCHANT_SCORE_LABELS[0]!);
    if (!age.found && age.value === null) out.miss(SHOP_AGE_LABELS[0]!);
    if (!orders.found && orders.value === null) out.miss(VALID_ORDER_LABELS[0]!);

    const coreIndicators = readCore(ctx, rules, pack, grids);
    for (const c of rules.coreIndicators) if (!coreIndicators.some((x) => x.id === c.id)) out.miss(c.labels[0]!);

    const readable = score.value !== null || age.value !== null || orders.value !== null || tasks.length > 0;
    const reading = {
      ...base, status: out.status(readable), shop: readShop(tk, (k) => used[k] === 1),
      score: score.value, shopAgeDays: age.value, validOrders: orders.value, phase: readPhase(index),
      tasks, coreIndicators, missing: out.missing, problems: out.problems,
    };
    // Plain data: the worker checks it against the schema (lib/pages/submitted-reading.ts).
    return reading;
  } catch (error) {
    // A reader must never take the page down: report the failure as an unreadable reading.
    return unreadableReading(base, failureText(error));
  }
}
