import type { NewMerchantRules, NewMerchantTaskRule, TaskGroup } from '../../../rules/new-merchant';
import { ElementSet, panelOfTab } from '../../kit/cards';
import { F, type PageIndex } from '../../kit/dom-index';
import { clip, displayText, flat, foldLabel } from '../../kit/fold';
import type { Governance } from '../../kit/govern';
import { tokensOf, type Tokenized } from '../../kit/tokens';
import type { NewMerchantTaskReading, TaskProgress, TaskState } from './reading';

/**
 * Tasks by structure, whatever their names: a task is an item (a list item, a table row, a card,
 * a step) that has a name and a marker — a progress figure (x/y, a percent in a progress bar), a
 * state (a tag or word: 已完成, 未开通 …), a button (去完成, 查看) or its bonus (+0.06分). Items are
 * the repeated children of the element that holds them; the group is the tab pane they are in,
 * else the nearest 基础任务/进阶任务 heading before them.
 */

export const MAX_TASKS = 30;
type Marker = 'progress' | 'state' | 'button' | 'bonus';
const MARKERS: Marker[] = ['progress', 'state', 'button', 'bonus'];
/** Labels whose figures are the page's own, never a task's (有效订单 12/30单). */
const NOT_TASK_OWNERS = new Set(['nm-score', 'age', 'orders', 'core', 'shop-name', 'shop-id']);
const INLINE = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SMALL', 'SUB', 'SUP', 'MARK', 'A', 'U', 'S', 'LABEL', 'ABBR', 'CITE', 'CODE', 'Q', 'BDI', 'BDO', 'INS', 'DEL', 'TIME', 'DATA']);
const CJK = /[\u3400-\u9fff]/;
const SENTENCE_PUNCT = /[。，,;；!！?？]/;
const LIST_ITEM_TAGS = new Set(['LI', 'TR']);
const LIST_ITEM_ROLES = new Set(['listitem', 'row']);
const PROGRESS_CLASS = /progress|steps?-item/i;

/** A task name folded for comparison: widths, spaces, ≥ spellings and a trailing (+0.06分) go. */
export function taskKey(text: string): string {
  let key = foldLabel(text).replace(/>=|≧|大于等于/g, '≥');
  for (let i = 0; i < 2; i++) key = key.replace(/\([^)]*\)$/, '').replace(/\+\d+(?:\.\d+)?分$/, '');
  return key;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,7}(?:\.\d+)?)`;
const PROGRESS = new RegExp(String.raw`^(?:当前进度|进度|已完成|完成)?:?${NUM}/${NUM}([a-z\u4e00-\u9fff%]{1,4})?$`, 'i');

/** 2/10, 1.5/3小时, 进度：0/2个, ３２／５０人 → {current, target, unit}. */
export function parseProgress(text: string): TaskProgress | null {
  const m = PROGRESS.exec(flat(text));
  if (!m) return null;
  const current = Number(m[1]!.replace(/,/g, ''));
  const target = Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(current) || !Number.isFinite(target) || target <= 0 || current > 1e6 || target > 1e6) return null;
  return { current, target, unit: m[3] ?? null };
}

export interface Heading { el: number; group: TaskGroup; pane: number }

/** Group titles: 「基础任务（4选2，每项+0.06分）」, 「进阶任务 6选2」, a tab 「基础任务」 … the smallest element that starts so. */
export function findHeadings(index: PageIndex, rules: NewMerchantRules): Heading[] {
  const starts = rules.groups.flatMap((g) => g.labels.map((l) => ({ group: g.group, key: foldLabel(l) })));
  const out: Heading[] = [];
  for (let i = 0; i < index.size; i++) {
    if (index.has(i, F.CHROME) || index.has(i, F.HEADER)) continue;
    const len = index.textLength(i);
    if (len === 0 || len > 40) continue;
    const folded = foldLabel(flat(index.text(i, 40) ?? ''));
    const s = starts.find((x) => folded.startsWith(x.key) && folded.length - x.key.length <= 24);
    if (!s) continue;
    const last = out[out.length - 1];
    if (last && index.contains(last.el, i)) { last.el = i; last.group = s.group; continue; }
    out.push({ el: i, group: s.group, pane: -1 });
  }
  for (const h of out) {
    const tab = index.closest(h.el, F.TAB, 6);
    if (tab >= 0) h.pane = panelOfTab(index, tab);
  }
  return out;
}

interface Cx {
  index: PageIndex;
  tk: Tokenized;
  gov: Map<number, Governance>;
  inHeading: Uint8Array;
  roleOf: (k: number) => string | null;
}

function markerOf(cx: Cx, k: number): Marker | null {
  const { index, tk } = cx;
  const tok = tk.tokens[k]!;
  if (cx.inHeading[k] || index.has(tok.el, F.CHROME) || index.has(tok.el, F.HEADER)) return null;
  const action = index.has(tok.el, F.ACTION);
  if (tok.t === 'label') {
    if (tok.meaning.role === 'state') return action ? 'button' : 'state';
    if (tok.meaning.role === 'action') return 'button';
    return null;
  }
  if (tok.t !== 'progress' && tok.t !== 'value') return null;
  if (action) return null;
  const g = cx.gov.get(k);
  const ownerRole = g && g.owner >= 0 ? cx.roleOf(g.owner) : null;
  if (ownerRole && NOT_TASK_OWNERS.has(ownerRole)) return null;
  const viaRole = g && g.via >= 0 && g.via !== g.owner ? cx.roleOf(g.via) : null;
  if (viaRole === 'decoy') return null;
  if (tok.t === 'progress') return 'progress';
  const v = tok.value;
  if (v.kind !== 'number') return null;
  if (v.unit === 'score' && v.signed && v.value > 0 && v.value <= 1 && /^\+/.test(tok.text.trim())) return 'bonus';
  if (v.unit === 'percent' && !v.signed && v.value <= 100 && inProgressBar(index, tok.el)) return 'progress';
  return null;
}

function inProgressBar(index: PageIndex, el: number): boolean {
  for (let n = el, k = 0; n >= 0 && k < 4; n = index.parent[n]!, k++) {
    const e = index.els[n]!;
    if (e.getAttribute('role') === 'progressbar' || PROGRESS_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function isNameWord(cx: Cx, k: number): boolean {
  const tok = cx.tk.tokens[k]!;
  if (tok.t !== 'word' || cx.inHeading[k]) return false;
  const { index } = cx;
  if (index.has(tok.el, F.ACTION) || index.has(tok.el, F.TAG) || index.has(tok.el, F.HEADER) || index.has(tok.el, F.CHROME)) return false;
  const t = flat(tok.text);
  return CJK.test(t) && Array.from(t).length >= 2 && t.length <= 40 && !SENTENCE_PUNCT.test(t);
}

function blockOf(index: PageIndex, el: number): number {
  let n = el;
  for (let k = 0; k < 32 && INLINE.has(index.els[n]!.tagName.toUpperCase()) && index.parent[n]! >= 0; k++) n = index.parent[n]!;
  return n;
}

/** The text node behind a run, as the page writes it (full-width figures and all). */
export function rawRun(index: PageIndex, r: number): string {
  const run = index.runs[r]!;
  const want = flat(run.text);
  for (let c = index.els[run.el]!.firstChild, n = 0; c && n < 200; c = c.nextSibling, n++) {
    if (c.nodeType !== 3 && c.nodeType !== 4) continue;
    const data = (c as CharacterData).data;
    if (data.length <= 200 && flat(data) === want) return data;
  }
  return run.text;
}

interface Item { el: number; name: { text: string; firstRun: number } | null }

function prefix(n: number, test: (k: number) => boolean): Int32Array {
  const p = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) p[k + 1] = p[k]! + (test(k) ? 1 : 0);
  return p;
}

export interface TaskRead { tasks: NewMerchantTaskReading[]; /** Elements read as task items: their tokens are no one else's. */ items: number[] }

export function readTasks(index: PageIndex, tk: Tokenized, gov: Map<number, Governance>, headings: Heading[], rules: NewMerchantRules, roleOf: (k: number) => string | null): TaskRead {
  const n = tk.tokens.length;
  const inHeading = new Uint8Array(n);
  for (const h of headings) { const [a, b] = tokensOf(index, tk, h.el); inHeading.fill(1, a, b); }
  const cx: Cx = { index, tk, gov, inHeading, roleOf };
  const marker: Array<Marker | null> = tk.tokens.map((_, k) => markerOf(cx, k));
  const markers = prefix(n, (k) => marker[k] !== null);
  const names = prefix(n, (k) => isNameWord(cx, k));
  // Headings in a table cell (a row-spanned 基础任务 column) belong to their rows; others bound items.
  const fences = new ElementSet(headings.filter((h) => index.closest(h.el, F.CELL, 4) < 0).map((h) => h.el));
  const count = (p: Int32Array, el: number) => { const [a, b] = tokensOf(index, tk, el); return p[b]! - p[a]!; };
  const qualifies = (c: number) => count(markers, c) > 0 && count(names, c) > 0 && !fences.anyIn(c, index.end[c]!) && !index.has(c, F.CHROME)
    && !index.has(c, F.HEADER);

  // Containers: elements whose children are task items (two or more; or one list item / row).
  const containers: number[] = [];
  const kidsOf = new Map<number, number[]>();
  for (let i = 0; i < index.size; i++) {
    if (count(markers, i) === 0 || count(names, i) === 0) continue;
    const kids = index.children(i).filter(qualifies);
    if (kids.length === 0) continue;
    if (kids.length === 1) {
      const e = index.els[kids[0]!]!;
      if (!LIST_ITEM_TAGS.has(e.tagName.toUpperCase()) && !LIST_ITEM_ROLES.has(e.getAttribute('role') ?? '')) continue;
    }
    containers.push(i);
    kidsOf.set(i, kids);
  }
  const containerSet = new ElementSet(containers);
  const items: number[] = [];
  for (const c of containers) {
    const kids = kidsOf.get(c)!;
    // The lowest level only: a group whose children are lists is not itself a list of tasks.
    if (kids.some((k) => containerSet.anyIn(k, index.end[k]!))) continue;
    items.push(...kids);
  }
  const keys = new Map<string, NewMerchantTaskRule>();
  for (const rule of rules.tasks) for (const l of rule.labels) keys.set(taskKey(l), rule);
  items.push(...loneKnownItems(index, tk, keys, new ElementSet(items), fences, markers, marker));
  items.sort((a, b) => a - b);
  const sortedHeadings = [...headings].sort((a, b) => a.el - b.el);
  const groupOf = (item: number): TaskGroup | null => {
    for (const h of sortedHeadings) if (h.pane >= 0 && index.contains(h.pane, item)) return h.group;
    let best: Heading | null = null;
    for (const h of sortedHeadings) if (h.pane < 0 && index.closest(h.el, F.TAB, 6) < 0 && h.el < index.end[item]!) best = h;
    return best?.group ?? null;
  };

  const tasks: NewMerchantTaskReading[] = [];
  const read: number[] = [];
  for (const item of items) {
    if (tasks.length >= MAX_TASKS) break;
    const it = readItem(cx, item, marker);
    if (!it.name) continue;
    const group = groupOf(item);
    const rule = keys.get(taskKey(it.name.text)) ?? null;
    // Outside both groups a row with a state word can be anything: only tasks we know by name count.
    if (!rule && group === null) continue;
    const bonusInName = /[(（]?\+(\d(?:\.\d{1,3})?)分[)）]?\s*$/.exec(it.name.text);
    const shownName = clip(displayText(it.name.text.replace(/\s*[(（]?\+\d(?:\.\d{1,3})?分[)）]?\s*$/, '')), 80);
    if (!shownName) continue;
    const id = rule ? rule.id : `unknown:${clip(flat(shownName), 100)}`;
    if (tasks.some((t) => t.id === id)) continue;
    const bonus = it.bonus ?? (bonusInName ? Number(bonusInName[1]) : null);
    tasks.push({
      id, label: rule ? rule.labels[0]! : shownName, group, state: it.state, progress: it.progress,
      raw: clip(displayText(index.text(item, 400) ?? shownName), 160) || null,
      bonus: bonus !== null && bonus > 0 && bonus <= 1 ? bonus : null,
    });
    read.push(item);
  }
  return { tasks, items: read };
}

/**
 * A task the rule pack knows by name that stands alone (the only card of its group, a row with no
 * siblings): its item is the largest element around the name that holds no other task, no group
 * title and at most one figure and one state.
 */
function loneKnownItems(index: PageIndex, tk: Tokenized, keys: Map<string, NewMerchantTaskRule>, items: ElementSet, fences: ElementSet, markers: Int32Array, marker: Array<Marker | null>): number[] {
  const names: number[] = [];
  for (let i = 0; i < index.size; i++) {
    if (index.has(i, F.CHROME) || index.has(i, F.ACTION) || index.has(i, F.HEADER)) continue;
    const len = index.textLength(i);
    if (len < 2 || len > 60) continue;
    if (!keys.has(taskKey(flat(index.text(i, 60) ?? '')))) continue;
    const last = names[names.length - 1];
    if (last !== undefined && index.contains(last, i)) names[names.length - 1] = i;
    else names.push(i);
  }
  const others = new ElementSet(names);
  const out: number[] = [];
  const kinds = (el: number) => {
    const [a, b] = tokensOf(index, tk, el);
    const seen: Partial<Record<Marker, number>> = {};
    for (let k = a; k < b && k < a + 400; k++) { const m = marker[k]; if (m) seen[m] = (seen[m] ?? 0) + 1; }
    return seen;
  };
  for (const name of names) {
    if (insideAny(index, items, name)) continue;
    let item = name;
    for (let p = index.parent[name]!, k = 0; p >= 0 && k < 5; p = index.parent[p]!, k++) {
      if (fences.anyIn(p, index.end[p]!) || others.anyIn(p, index.end[p]!, name, index.end[name]!) || items.anyIn(p, index.end[p]!)) break;
      if (index.has(p, F.CHROME) || index.textLength(p) > 300) break;
      const seen = kinds(p);
      if (MARKERS.some((m) => (seen[m] ?? 0) > 1)) break;
      item = p;
    }
    const [a, b] = tokensOf(index, tk, item);
    if (markers[b]! - markers[a]! > 0) out.push(item);
  }
  return out;
}

function insideAny(index: PageIndex, items: ElementSet, el: number): boolean {
  for (let p = el, k = 0; p >= 0 && k < 64; p = index.parent[p]!, k++) if (items.anyIn(p, p + 1)) return true;
  return false;
}

interface ItemRead { name: { text: string; firstRun: number } | null; state: TaskState | null; progress: TaskProgress | null; bonus: number | null }

function readItem(cx: Cx, item: number, marker: Array<Marker | null>): ItemRead {
  const { index, tk } = cx;
  const [a, b] = tokensOf(index, tk, item);
  let nameTok = -1;
  let word: TaskState | 'undone' | null = null;
  let button: TaskState | 'undone' | null = null;
  let progress: TaskProgress | null = null;
  let progressSeen = false;
  let bonus: number | null = null;
  const markerRuns = new Set<number>();
  for (let k = a; k < b; k++) {
    const tok = tk.tokens[k]!;
    const m = marker[k];
    if (m) markerRuns.add(tok.run);
    if (nameTok < 0 && isNameWord(cx, k)) nameTok = k;
    if (m === 'state' && word === null && tok.t === 'label') word = tok.meaning.id as TaskState | 'undone';
    else if (m === 'button' && button === null && tok.t === 'label') {
      const id = tok.meaning.id;
      button = tok.meaning.role === 'state' ? (id as TaskState | 'undone') : id === 'undone' ? 'undone' : null;
    } else if (m === 'progress' && !progressSeen) {
      progressSeen = true;
      if (tok.t === 'progress') progress = parseProgress(tok.text);
      else if (tok.t === 'value' && tok.value.kind === 'number') progress = { current: tok.value.value, target: 100, unit: '%' };
    } else if (m === 'bonus' && bonus === null && tok.t === 'value' && tok.value.kind === 'number') bonus = tok.value.value;
  }
  let name: ItemRead['name'] = null;
  if (nameTok >= 0) {
    const r0 = tk.tokens[nameTok]!.run;
    const block = blockOf(index, tk.tokens[nameTok]!.el);
    let text = '';
    for (let r = r0; r < index.runEnd[block]! && r < r0 + 12; r++) {
      const el = index.runs[r]!.el;
      if (blockOf(index, el) !== block || markerRuns.has(r)) continue;
      if (index.has(el, F.ACTION) || index.has(el, F.TAG)) continue;
      text += rawRun(index, r);
      if (text.length > 80) break;
    }
    const shown = displayText(text);
    if (shown) name = { text: shown, firstRun: r0 };
  }
  const stated = word ?? button;
  let state: TaskState | null = null;
  if (stated === 'undone') state = progress && progress.current > 0 ? 'in-progress' : 'not-started';
  else if (stated) state = stated;
  else if (progress) state = progress.current >= progress.target ? 'done' : progress.current > 0 ? 'in-progress' : 'not-started';
  return { name, state, progress, bonus };
}

