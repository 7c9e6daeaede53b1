import {
  NEW_MERCHANT_RULES, NEW_MERCHANT_SCORE_LABELS, SHOP_AGE_LABELS, VALID_ORDER_LABELS,
  type NewMerchantRules, type NewMerchantTaskRule, type TaskGroup,
} from '../rules/new-merchant';
import { LabelIndex, byDocumentOrder, cardOf } from './label-index';
import {
  newMerchantReadingSchema,
  type CoreIndicatorReading, type NewMerchantReading, type NewMerchantTaskReading, type TaskProgress, type TaskState,
} from './new-merchant-reading';
import { asScore, parseValue, type ParsedValue } from './parse-value';
import { readTableRow } from './table-row';
import { foldLabel, textOf } from './text';
import { readSlot } from './value-slots';
import { CHROME, mentionedOutsideChrome } from './evidence';

const ACTION = 'button, [role="button"], .ant-btn';
const CJK = /[\u4e00-\u9fff]/;
const MAX_TASKS = 30;
/** Bounds every DOM walk: a hostile page can be huge, a reader must stay cheap. */
const MAX_ELEMENTS = 20000;

type Parsed<T> = { kind: 'number'; value: T } | { kind: 'empty' } | { kind: 'garbage' };

/** NFKC (full → half width), no spaces: how every value and progress figure is compared. */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

function elementsOf(root: ParentNode): Element[] {
  const all = Array.from(root.querySelectorAll('*'));
  return all.length > MAX_ELEMENTS ? all.slice(0, MAX_ELEMENTS) : all;
}

function inChrome(el: Element): boolean {
  return el.closest(CHROME) !== null;
}

/** Does the element hold text of its own (not only through children)? */
function ownsText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
}

const isEmptyText = (t: string) => parseValue(t).kind === 'empty';

/**
 * Text of every element, worked out bottom-up once per read. textContent walks the whole
 * subtree on every call, which turns a hostile page nested thousands deep into minutes of
 * work; here each element costs its own children only, and only short texts are kept.
 */
class ShortTexts {
  private readonly len = new Map<Element, number>();
  private readonly raw = new Map<Element, string>();

  constructor(all: readonly Element[], private readonly max = 200) {
    // querySelectorAll is in document order, so walking it backwards meets children first.
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      let n = 0;
      let text = '';
      for (const c of Array.from(el.childNodes)) {
        let part: string | null = null;
        if (c.nodeType === 3 || c.nodeType === 4) { part = (c as CharacterData).data; n += part.length; }
        else if (c.nodeType === 1) { n += this.length(c as Element); part = n <= max ? this.rawOf(c as Element) : null; }
        if (n <= max && part !== null) text += part;
      }
      this.len.set(el, n);
      if (n <= max) this.raw.set(el, text);
    }
  }

  length(el: Element): number {
    return this.len.get(el) ?? (el.textContent ?? '').length;
  }

  private rawOf(el: Element): string {
    return this.raw.get(el) ?? (el.textContent ?? '');
  }

  /** Visible text, whitespace collapsed, when at most `limit` characters long; else null. */
  short(el: Element, limit: number): string | null {
    if (this.length(el) > Math.min(limit, this.max)) return null;
    return this.rawOf(el).replace(/\s+/g, ' ').trim();
  }
}

// ── values ──

/** 23天, 第23天, 23 → days. parseValue would read 23天 as 552 hours, which is not what the page means. */
export function parseDays(text: string): Parsed<number> {
  const t = flat(text);
  if (isEmptyText(t)) return { kind: 'empty' };
  const m = /^第?(\d{1,5})天?$/.exec(t);
  if (!m) return { kind: 'garbage' };
  const days = Number(m[1]);
  return days <= 36500 ? { kind: 'number', value: days } : { kind: 'garbage' };
}

/** 12单, 12, 1,024笔, 12/30单 (progress towards 30) → the count. */
export function parseOrders(text: string): Parsed<number> {
  const t = flat(text);
  if (isEmptyText(t)) return { kind: 'empty' };
  const m = /^(\d{1,3}(?:,\d{3})+|\d{1,8})(?:\/\d{1,8})?(?:单|笔|个)?$/.exec(t);
  if (!m) return { kind: 'garbage' };
  const n = Number(m[1]!.replace(/,/g, ''));
  return n <= 1e7 ? { kind: 'number', value: n } : { kind: 'garbage' };
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,7}(?:\.\d+)?)`;
const PROGRESS = new RegExp(String.raw`^(?:当前进度|进度|已完成|完成)?:?${NUM}/${NUM}([a-z\u4e00-\u9fff]{1,4})?$`, 'i');

/** 2/10, 1.5/3小时, 进度：0/2个, ３２／５０人 → {current, target, unit}. */
export function parseProgress(text: string): TaskProgress | null {
  const m = PROGRESS.exec(flat(text));
  if (!m) return null;
  const current = Number(m[1]!.replace(/,/g, ''));
  const target = Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(current) || !Number.isFinite(target) || target <= 0 || current > 1e6 || target > 1e6) return null;
  return { current, target, unit: m[3] ?? null };
}

/**
 * State words as the page prints them. 未完成 does not say whether the task was started, so
 * the progress figure decides; everything else is taken as stated.
 */
const STATE_WORDS = new Map<string, TaskState | 'undone'>([
  ['已完成', 'done'], ['已达成', 'done'], ['已达标', 'done'],
  ['进行中', 'in-progress'],
  ['未开始', 'not-started'], ['待开始', 'not-started'],
  ['未完成', 'undone'], ['未达成', 'undone'], ['未达标', 'undone'],
]);

function stateWord(el: Element, texts: ShortTexts): TaskState | 'undone' | null {
  // Text first: closest() on every element of a deeply nested page is what costs.
  const t = texts.short(el, 40);
  if (t === null || t.length > 8) return null;
  const word = STATE_WORDS.get(foldLabel(t)) ?? null;
  if (word && el.closest(ACTION)) return null; // a disabled 「已完成」 button repeats the tag next to it
  return word;
}

// ── tasks ──

/** A task name folded for comparison: widths, spaces, ≥ spellings and a trailing (+0.06分) go. */
export function taskKey(text: string): string {
  let key = foldLabel(text).replace(/>=|≧|大于等于/g, '≥');
  for (let i = 0; i < 2; i++) key = key.replace(/\([^)]*\)$/, '').replace(/\+\d+(?:\.\d+)?分$/, '');
  return key;
}

function nameLike(text: string): boolean {
  const t = flat(text);
  if (t.length < 2 || t.length > 40 || !CJK.test(t)) return false;
  if (PROGRESS.test(t) || /\+\d/.test(t) || /^(去|立即|查看|领取)/.test(t)) return false;
  if ([...STATE_WORDS.keys()].some((w) => t.includes(w))) return false;
  return !/^(基础任务|进阶任务)/.test(t);
}

interface Heading { group: TaskGroup; el: Element }

/** Group titles: 「基础任务（4选2，每项+0.06分）」, 「进阶任务 6选2」 … the smallest element that starts so. */
function findHeadings(all: Element[], rules: NewMerchantRules, texts: ShortTexts): Heading[] {
  const out: Heading[] = [];
  const starts = rules.groups.map((g) => ({ group: g.group, keys: g.labels.map(foldLabel) }));
  const match = (el: Element) => {
    const text = texts.short(el, 160);
    if (!text || text.length > 40) return null;
    const folded = foldLabel(text);
    for (const s of starts) for (const k of s.keys) if (folded.startsWith(k) && folded.length - k.length <= 24) return s.group;
    return null;
  };
  for (const el of all) {
    const group = match(el);
    if (!group || inChrome(el)) continue;
    if (Array.from(el.children).some((c) => match(c) === group)) continue;
    out.push({ group, el });
  }
  return out;
}

function stateAnchorsIn(scope: Element, texts: ShortTexts): Element[] {
  const list = [scope, ...Array.from(scope.querySelectorAll('*'))];
  return list.filter((el) => stateWord(el, texts) !== null && !Array.from(el.children).some((c) => stateWord(c, texts) !== null) && !el.closest(CHROME));
}

/**
 * The part of the page that belongs to a group title. Usually a card that holds the title
 * and its list; on flat pages the title and rows are siblings, so the rows run from the
 * title to the next competing title.
 */
function regionOf(heading: Element, competitors: readonly Element[], texts: ShortTexts): Element[] {
  const card = cardOf(heading, competitors);
  if (card !== heading && stateAnchorsIn(card, texts).length > 0) return [card];
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const out: Element[] = [];
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const s = sib;
      if (competitors.some((c) => c !== heading && (s === c || s.contains(c)))) break;
      out.push(s);
    }
    if (out.some((e) => stateAnchorsIn(e, texts).length > 0)) return out;
  }
  return card !== heading ? [card] : [];
}

/**
 * Climb from an anchor while the ancestor stays inside `limit`, holds none of the blockers
 * and at most one task name: that ancestor is the task's row.
 */
function rowOf(anchor: Element, limit: Element, blockers: readonly Element[], names: readonly Element[]): Element {
  let row = anchor;
  for (let p = anchor.parentElement; p && limit.contains(p); p = p.parentElement) {
    const parent = p;
    if (blockers.some((o) => o !== anchor && !anchor.contains(o) && !o.contains(anchor) && parent.contains(o))) break;
    if (names.filter((n) => parent.contains(n)).length > 1) break;
    row = parent;
  }
  return row;
}

/** Smallest elements whose text is a task name the rule pack knows. */
function knownLabelsIn(scope: Element, keys: Map<string, NewMerchantTaskRule>, texts: ShortTexts): Array<{ el: Element; rule: NewMerchantTaskRule }> {
  const out: Array<{ el: Element; rule: NewMerchantTaskRule }> = [];
  const ruleOf = (el: Element) => {
    const t = texts.short(el, 160);
    return t && t.length <= 40 ? keys.get(taskKey(t)) ?? null : null;
  };
  for (const el of [scope, ...Array.from(scope.querySelectorAll('*'))]) {
    const rule = ruleOf(el);
    if (!rule || Array.from(el.children).some((c) => ruleOf(c) === rule) || el.closest(ACTION) || inChrome(el)) continue;
    out.push({ el, rule });
  }
  return out;
}

function readRow(row: Element, anchor: Element | null, known: { rule: NewMerchantTaskRule } | null, group: TaskGroup | null, carryUnknown: boolean, texts: ShortTexts): NewMerchantTaskReading | null {
  const inside = [row, ...Array.from(row.querySelectorAll('*'))];
  let id: string; let label: string;
  if (known) {
    id = known.rule.id; label = known.rule.labels[0]!;
  } else {
    if (!carryUnknown) return null;
    const nameOf = (el: Element) => (ownsText(el) ? texts.short(el, 80) : null);
    const nameEl = inside.find((el) => { const t = nameOf(el); return t !== null && nameLike(t) && !el.closest(ACTION); });
    if (!nameEl) return null;
    label = nameOf(nameEl)!.slice(0, 80);
    // Spacing and widths vary between reads of the same page; the id must not.
    id = `unknown:${flat(label)}`;
  }
  let progress: TaskProgress | null = null;
  for (const el of inside) {
    const t = ownsText(el) ? texts.short(el, 40) : null;
    if (t === null) continue;
    progress = parseProgress(t);
    if (progress && !el.closest(ACTION)) break;
    progress = null;
  }
  const word = anchor ? stateWord(anchor, texts) : null;
  const state: TaskState | null = word === 'undone' ? (progress && progress.current > 0 ? 'in-progress' : 'not-started') : word;
  const raw = texts.short(row, 200) ?? textOf(row);
  return { id, label, group, state, progress, raw: raw.slice(0, 160) || null };
}

interface TaskRegion { group: TaskGroup | null; elements: Element[]; carryUnknown: boolean }

function readTasksIn(region: TaskRegion, keys: Map<string, NewMerchantTaskRule>, headings: readonly Element[], texts: ShortTexts): NewMerchantTaskReading[] {
  const out: Array<{ row: Element; task: NewMerchantTaskReading }> = [];
  for (const limit of region.elements) {
    const anchors = stateAnchorsIn(limit, texts);
    const labels = knownLabelsIn(limit, keys, texts);
    const labelEls = labels.map((l) => l.el);
    const rows: Element[] = [];
    const notHeadingRow = (row: Element) => !headings.some((h) => row.contains(h) || h.contains(row));
    // Rows with a state tag: one state and at most one known name per row.
    for (const anchor of anchors) {
      // A row never reaches up to a group title: that would make the whole group one task.
      const row = rowOf(anchor, limit, [...anchors, ...headings], labelEls);
      if (!notHeadingRow(row) || rows.includes(row)) continue;
      // Outside a task group a lone 「已完成」 can sit far from any task: only a compact row counts.
      if (!region.carryUnknown && texts.length(row) > 200) continue;
      rows.push(row);
      const task = readRow(row, anchor, labels.find((l) => row.contains(l.el)) ?? null, region.group, region.carryUnknown, texts);
      if (task) out.push({ row, task });
    }
    // Known names without a state tag: still tasks, state unknown.
    for (const l of labels) {
      if (rows.some((r) => r.contains(l.el))) continue;
      const row = rowOf(l.el, limit, [...anchors, ...labelEls, ...headings], []);
      if (!notHeadingRow(row)) continue;
      rows.push(row);
      const task = readRow(row, null, l, region.group, region.carryUnknown, texts);
      if (task) out.push({ row, task });
    }
  }
  // In the page's order, whichever way each row was found.
  return out.sort((a, b) => byDocumentOrder(a.row, b.row)).map((x) => x.task);
}

// ── page-level pieces ──

/** 「开店天数：95天」 in one element: the label is not alone, so read what follows it. */
function inlineValue(all: Element[], labels: readonly string[], texts: ShortTexts): string | null {
  const keys = labels.map((l) => flat(l)).sort((a, b) => b.length - a.length);
  for (const el of all) {
    const text = ownsText(el) ? texts.short(el, 80) : null;
    if (text === null) continue;
    const t = flat(text);
    const key = keys.find((k) => t.startsWith(k));
    if (!key || inChrome(el)) continue;
    const rest = t.slice(key.length).replace(/^:/, '');
    // Only something that could be a figure: a note such as 「有效订单：实付金额大于2元…」 is not.
    if (rest && rest.length <= 16 && (/^\d/.test(rest) || isEmptyText(rest)) && !/[\u4e00-\u9fff]{3,}/.test(rest)) return rest;
  }
  return null;
}

interface Outcome<T> { value: T | null; problem: string | null; found: boolean }

function outcomeOf<T>(label: string, text: string | null, parse: (t: string) => Parsed<T>, what: string): Outcome<T> {
  if (text === null) return { value: null, problem: null, found: false };
  const p = parse(text);
  if (p.kind === 'number') return { value: p.value, problem: null, found: true };
  if (p.kind === 'empty') return { value: null, problem: null, found: true };
  return { value: null, problem: `${label}：「${text.slice(0, 40)}」不是有效的${what}`, found: true };
}

function scoreParse(t: string): Parsed<number> {
  const p = parseValue(t);
  if (p.kind === 'empty') return p;
  const s = asScore(p);
  return s === null ? { kind: 'garbage' } : { kind: 'number', value: s };
}

const MAX_CARD_ELEMENTS = 400;

/**
 * The label's card, but never a huge one: on a page with no structure cardOf climbs to the
 * body, and a figure found that far from its label is a guess anyway.
 */
function smallCard(label: Element, competitors: readonly Element[]): Element {
  for (let depth = 8; depth > 0; depth--) {
    const card = cardOf(label, competitors, depth);
    if (card.querySelectorAll('*').length <= MAX_CARD_ELEMENTS) return card;
  }
  return label;
}

/** A labelled figure: the value in the label's own card, else inline after the label. */
function readFigure<T>(index: LabelIndex, all: Element[], texts: ShortTexts, labels: readonly string[], competitors: readonly Element[], slot: 'score' | 'value', parse: (t: string) => Parsed<T>, what: string): Outcome<T> {
  let first: Outcome<T> | null = null;
  for (const el of index.find(labels)) {
    if (el.closest('th, [role="columnheader"]')) continue;
    const card = smallCard(el, competitors);
    const found = readSlot(card, el, slot, competitors);
    const outcome = outcomeOf(labels[0]!, found?.text ?? null, parse, what);
    if (outcome.found && outcome.problem === null) return outcome;
    first ??= outcome.found ? outcome : null;
  }
  const inline = outcomeOf(labels[0]!, inlineValue(all, labels, texts), parse, what);
  if (inline.found && inline.problem === null) return inline;
  return first ?? inline;
}

const GRADUATED = /已(?:切换|转为|转入|转成|升级|进入)(?:为|成|至|到)?(?:正式)?(?:购物)?体验分|新商(?:考核)?(?:期|阶段)(?:已)?结束|已(?:退出|结束|完成)新商(?:考核)?(?:期|阶段)/;
const IN_PHASE = /新商(?:考核)?(?:期|阶段)(?:剩余|还剩|进行中|中)|处于新商(?:考核)?(?:期|阶段)/;

/** What the page says about the phase, in its own words; graduation wins over an old countdown. */
function readPhase(all: Element[], texts: ShortTexts): NewMerchantReading['phase'] {
  let inPhase: NewMerchantReading['phase'] = null;
  for (const el of all) {
    const text = ownsText(el) ? texts.short(el, 200) : null;
    if (text === null) continue;
    const t = flat(text);
    const graduated = GRADUATED.test(t);
    if (!graduated && (inPhase || !IN_PHASE.test(t))) continue;
    if (inChrome(el)) continue;
    if (graduated) return { status: 'graduated', text: text.slice(0, 120) };
    inPhase = { status: 'in-phase', text: text.slice(0, 120) };
  }
  return inPhase;
}

function readShop(root: ParentNode): NewMerchantReading['shop'] {
  const scope = (root as Document).body ?? (root as Element);
  const text = (scope?.textContent ?? '').slice(0, 200000);
  const id = /店铺\s*ID\s*[:：]?\s*(\d{3,20})/i.exec(text)?.[1] ?? null;
  const name = /店铺名称\s*[:：]\s*([^\s|｜]{1,40})/.exec(text)?.[1] ?? null;
  return { id, name };
}

function coreIndicator(id: string, label: string, scoreSlot: { parsed: ParsedValue; text: string } | null, valueSlot: { parsed: ParsedValue; text: string } | null, problems: string[]): CoreIndicatorReading {
  const s = outcomeOf(label, scoreSlot?.text ?? null, scoreParse, '分数');
  if (s.problem) problems.push(s.problem);
  let value: number | null = null; let unit: CoreIndicatorReading['unit'] = null; let raw: string | null = null;
  if (valueSlot) {
    raw = valueSlot.text.slice(0, 60);
    if (valueSlot.parsed.kind === 'number') { value = valueSlot.parsed.value; unit = valueSlot.parsed.unit; }
    else if (valueSlot.parsed.kind === 'garbage') problems.push(`${label}：「${raw}」不是有效的指标值`);
  }
  return { id, label, value, unit, raw, score: s.value };
}

/** Cheap check, run on DOM changes: does the page (not just its menu) mention 新商体验分? */
export function hasNewMerchantEvidence(doc: Document): boolean {
  return mentionedOutsideChrome(doc, ['新商体验分']);
}

function fallback(url: URL, now: Date, error: unknown): NewMerchantReading {
  return {
    kind: 'new-merchant', status: 'unreadable', url: url.href.slice(0, 2000), readAt: now.toISOString(),
    shop: { id: null, name: null }, score: null, shopAgeDays: null, validOrders: null, phase: null,
    tasks: [], coreIndicators: [], missing: [NEW_MERCHANT_SCORE_LABELS[0]!],
    problems: [`读取出错：${String(error).slice(0, 120)}`],
  };
}

/**
 * Label-anchored reader for the 新商体验分 module: the score, shop age, valid orders, the two
 * task groups with every task they list (known to the rule pack or not) and the core
 * indicators. Never throws: what it cannot find goes into `missing`, what it cannot
 * understand into `problems`, and unknown values stay null, never 0.
 */
export function readNewMerchantPage(root: ParentNode, url: URL, now: Date = new Date(), rules: NewMerchantRules = NEW_MERCHANT_RULES): NewMerchantReading {
  try {
    const missing: string[] = [];
    const problems: string[] = [];
    const all = elementsOf(root);
    const texts = new ShortTexts(all);
    const index = new LabelIndex(root);
    const notHeader = (el: Element) => !el.closest('th, [role="columnheader"]');

    const scoreEls = index.find(NEW_MERCHANT_SCORE_LABELS).filter(notHeader);
    const ageEls = index.find(SHOP_AGE_LABELS).filter(notHeader);
    const orderEls = index.find(VALID_ORDER_LABELS).filter(notHeader);
    const coreEls = new Map(rules.coreIndicators.map((c) => [c.id, index.find(c.labels).filter(notHeader)]));
    const allCoreEls = [...coreEls.values()].flat();
    const headings = findHeadings(all, rules, texts);
    const headingEls = headings.map((h) => h.el);
    const competitors = [...scoreEls, ...ageEls, ...orderEls, ...allCoreEls, ...headingEls];

    const score = readFigure(index, all, texts, NEW_MERCHANT_SCORE_LABELS, competitors, 'score', scoreParse, '分数');
    const age = readFigure(index, all, texts, SHOP_AGE_LABELS, competitors, 'value', parseDays, '开店天数');
    const orders = readFigure(index, all, texts, VALID_ORDER_LABELS, competitors, 'value', parseOrders, '订单数');
    for (const [o, label] of [[score, NEW_MERCHANT_SCORE_LABELS[0]!], [age, SHOP_AGE_LABELS[0]!], [orders, VALID_ORDER_LABELS[0]!]] as const) {
      if (!o.found) missing.push(label);
      if (o.problem) problems.push(o.problem);
    }

    // Tasks: every row inside a group, known or not. A page without group titles still
    // yields the tasks the rule pack knows by name, with the group left to the rule pack.
    const keys = new Map<string, NewMerchantTaskRule>();
    for (const rule of rules.tasks) for (const l of rule.labels) keys.set(taskKey(l), rule);
    const tasks: NewMerchantTaskReading[] = [];
    const add = (list: NewMerchantTaskReading[]) => {
      for (const t of list) if (tasks.length < MAX_TASKS && !tasks.some((x) => x.id === t.id)) tasks.push(t);
    };
    for (const g of rules.groups) {
      const mine = headings.filter((h) => h.group === g.group);
      let best: NewMerchantTaskReading[] = [];
      for (const h of mine) {
        const found = readTasksIn({ group: g.group, elements: regionOf(h.el, competitors, texts), carryUnknown: true }, keys, headingEls, texts);
        if (found.length > best.length) best = found;
        if (best.length > 0) break;
      }
      if (mine.length === 0) missing.push(g.labels[0]!);
      add(best);
    }
    if (headings.length === 0) {
      const scope = (root as Document).body ?? (root as Element | null);
      if (scope && typeof (scope as Element).querySelectorAll === 'function') {
        add(readTasksIn({ group: null, elements: [scope as Element], carryUnknown: false }, keys, [], texts));
      }
    }

    const coreIndicators: CoreIndicatorReading[] = [];
    for (const rule of rules.coreIndicators) {
      const el = (coreEls.get(rule.id) ?? [])[0];
      if (!el) { missing.push(rule.labels[0]!); continue; }
      const row = readTableRow(el);
      if (row) {
        coreIndicators.push(coreIndicator(rule.id, rule.labels[0]!, row.score, row.value, problems));
      } else {
        const card = smallCard(el, competitors);
        const s = readSlot(card, el, 'score');
        const v = readSlot(card, el, 'value', [], s?.el ?? null);
        coreIndicators.push(coreIndicator(rule.id, rule.labels[0]!, s, v, problems));
      }
    }

    const readable = score.value !== null || age.value !== null || orders.value !== null || tasks.length > 0;
    const status: NewMerchantReading['status'] = !readable ? 'unreadable' : missing.length || problems.length ? 'partial' : 'ok';
    return newMerchantReadingSchema.parse({
      kind: 'new-merchant', status, url: url.href.slice(0, 2000), readAt: now.toISOString(), shop: readShop(root),
      score: score.value, shopAgeDays: age.value, validOrders: orders.value, phase: readPhase(all, texts),
      tasks, coreIndicators: coreIndicators.slice(0, 20),
      missing: missing.slice(0, 60).map((m) => m.slice(0, 80)), problems: problems.slice(0, 60).map((p) => p.slice(0, 160)),
    });
  } catch (error) {
    // A reader must never take the page down: report the failure as an unreadable reading.
    return fallback(url, now, error);
  }
}
