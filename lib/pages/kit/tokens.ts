import { F, type PageIndex } from './dom-index';
import { foldLabel } from './fold';
import { parseValue, type Value } from './values';

/**
 * The page's visible text as a stream of tokens: labels (from the reader's dictionary), values
 * (a number with its unit, possibly spread over adjacent text nodes), dates, progress figures,
 * status words, and other words. Readers decide what a value means from the label that governs
 * it (see govern.ts), never from its position.
 */
export interface LabelMeaning {
  /** What kind of label: 'overall', 'dimension', 'indicator', 'score', 'value', 'decoy', 'period', … */
  role: string;
  /** Rule id for labels the rule pack knows. */
  id?: string;
  /** The canonical name to show. */
  name: string;
}

export type LabelDict = ReadonlyMap<string, LabelMeaning>;

/** Aliases as a character trie, so finding the label at a position costs a step or two, not a scan. */
interface Trie { next: Map<string, Trie>; meaning: LabelMeaning | null }
const tries = new WeakMap<LabelDict, Trie>();

function trieOf(dict: LabelDict): Trie {
  let root = tries.get(dict);
  if (root) return root;
  root = { next: new Map(), meaning: null };
  for (const [key, meaning] of dict) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) { child = { next: new Map(), meaning: null }; node.next.set(ch, child); }
      node = child;
    }
    node.meaning = meaning;
  }
  tries.set(dict, root);
  return root;
}

export function buildDict(entries: ReadonlyArray<readonly [alias: string, meaning: LabelMeaning]>): Map<string, LabelMeaning> {
  const map = new Map<string, LabelMeaning>();
  for (const [alias, meaning] of entries) {
    const key = foldLabel(alias);
    if (key && !map.has(key)) map.set(key, meaning);
  }
  return map;
}

interface TokenBase { run: number; el: number; text: string; /** Last run of a value merged over several nodes. */ endRun?: number }
export type Token =
  | (TokenBase & { t: 'label'; meaning: LabelMeaning })
  | (TokenBase & { t: 'value'; value: Value })
  | (TokenBase & { t: 'date' })
  | (TokenBase & { t: 'progress'; current: number; target: number; unit: string | null })
  | (TokenBase & { t: 'word'; prose: boolean });

const SEPARATOR = /[\s:：|｜·•,，;；、。!！?？【】\[\]]/;
const CJK = /[\u3400-\u9fff]/;
/** Sentence punctuation after NFKC (，→, ；→; ！→!): a comma before a digit is a thousands separator. */
const SENTENCE = /[。]|[,;!?](?!\d)/;
const DATE = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/月]\d{1,2}日?\s?\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)/;
const PROGRESS = /^(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d+)?\s?\/\s?(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d+)?\s?([a-z\u4e00-\u9fff]{1,3})?/i;
const DURATION = /^\d+(?:\.\d+)?\s?天(?:\s?\d+(?:\.\d+)?\s?(?:小时|时))?(?:\s?\d+(?:\.\d+)?\s?分钟)?|^\d+(?:\.\d+)?\s?(?:小时|h|hr)(?:\s?\d+(?:\.\d+)?\s?(?:分钟|min))?|^\d+(?:\.\d+)?\s?(?:分钟|min)/i;
const NUMBER = /^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d+)?(?:\s?(?:%|分(?!钟)|单|笔|个|次|件|条|人))?/;
const EMPTY_AT = /^(?:--+|—+|暂无数据|暂无|无数据|数据计算中|计算中|未计算|n\/a)/i;
/** What may stand right after a value: nothing, a separator, a bracket. Anything else makes it part of a word (近30天表现). */
const VALUE_END = /^(?:$|[\s:：|｜·•,，;；、。)）(（/\]】])/;
const UNIT_ONLY = /^(?:%|分|小时|h|天|分钟|单|笔|个|次|件|条|人)$/i;

/** Longest dictionary alias starting at `pos` (spaces inside the page text are skipped). */
function labelAt(lower: string, pos: number, dict: LabelDict): { end: number; meaning: LabelMeaning } | null {
  let node: Trie | undefined = trieOf(dict);
  let best: { end: number; meaning: LabelMeaning } | null = null;
  for (let i = pos; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === ' ' && i > pos) continue;
    node = node.next.get(ch);
    if (!node) break;
    if (node.meaning) best = { end: i + 1, meaning: node.meaning };
  }
  return best;
}

/** Is `key` the start of some alias (not necessarily a whole one)? */
function isAliasPrefix(dict: LabelDict, key: string): boolean {
  let node: Trie | undefined = trieOf(dict);
  for (const ch of key) { node = node.next.get(ch); if (!node) return false; }
  return true;
}

/** A label ends where a word would: not in the middle of a longer word (商品 in 商品信息). */
function labelEnds(text: string, end: number, lower: string, dict: LabelDict): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  if (SEPARATOR.test(next) || /[\d+\-−(（]/.test(next) || !CJK.test(next)) return true;
  // Two labels back to back (「异常揽收率门槛不达标」) are two labels.
  return labelAt(lower, end, dict) !== null;
}

export interface Tokenized { tokens: Token[]; /** First token index of each run. */ firstOfRun: number[] }

/** Tokenizes every run of the index. Bounded by the index's own budget. */
export function tokenize(index: PageIndex, dict: LabelDict): Tokenized {
  let maxLen = 0;
  for (const k of dict.keys()) maxLen = Math.max(maxLen, k.length);
  const tokens: Token[] = [];
  const runs = index.runs;
  for (let r = 0; r < runs.length; r++) {
    const { el, text } = runs[r]!;
    if (index.has(el, F.CHROME)) continue;
    // A label split over sibling nodes (「得」「分」, 「商品」<i>「体验」</i>): join runs that spell one.
    const joined = joinSplitLabel(index, r, dict, maxLen);
    if (joined) {
      tokens.push({ t: 'label', run: r, el, text: joined.text, meaning: joined.meaning });
      r = joined.nextRun - 1;
      continue;
    }
    const before = tokens.length;
    tokenizeRun(text, r, el, dict, maxLen, tokens);
    // Words in a tag (「近30天」「新商期」) annotate; they never fence a label off its value.
    // A sentence (「统计近30天内该指标的表现，每日更新」) is prose in every part, not a row of labels.
    const annotation = index.has(el, F.TAG) || (text.length > 8 && SENTENCE.test(text));
    if (annotation) for (let k = before; k < tokens.length; k++) { const t = tokens[k]!; if (t.t === 'word') t.prose = true; }
  }
  joinTouchingRuns(index, tokens);
  mergeAcrossRuns(index, tokens);
  // After merging, the first token at or after each run (a merged token sits at its first run).
  const firstOfRun: number[] = new Array(runs.length + 1);
  let t = tokens.length;
  for (let r = runs.length; r >= 0; r--) {
    while (t > 0 && tokens[t - 1]!.run >= r) t--;
    firstOfRun[r] = t;
  }
  return { tokens, firstOfRun };
}

function joinSplitLabel(index: PageIndex, r: number, dict: LabelDict, maxLen: number): { text: string; meaning: LabelMeaning; nextRun: number } | null {
  const runs = index.runs;
  const first = foldLabel(runs[r]!.text);
  if (!first || first.length >= maxLen || dict.has(first) || !isAliasPrefix(dict, first)) return null;
  let key = first;
  let text = runs[r]!.text;
  for (let k = r + 1; k < runs.length && k < r + 5; k++) {
    if (index.lca(runs[r]!.el, runs[k]!.el) < 0 || depthApart(index, runs[r]!.el, runs[k]!.el) > 3) return null;
    key += foldLabel(runs[k]!.text);
    text += runs[k]!.text;
    if (key.length > maxLen || !isAliasPrefix(dict, key)) return null;
    const meaning = dict.get(key);
    if (meaning) return { text, meaning, nextRun: k + 1 };
  }
  return null;
}

function depthApart(index: PageIndex, a: number, b: number): number {
  const l = index.lca(a, b);
  if (l < 0) return Infinity;
  return Math.max(index.depth[a]! - index.depth[l]!, index.depth[b]! - index.depth[l]!);
}

function tokenizeRun(text: string, run: number, el: number, dict: LabelDict, maxLen: number, out: Token[]): void {
  // Prose (an explanation, a notice) holds no values: 「低于4.5分，可能影响活动报名」 is advice, not a score.
  if (text.length > 60) {
    out.push({ t: 'word', run, el, text, prose: true });
    return;
  }
  const lower = text.toLowerCase();
  let pos = 0;
  let word = '';
  let afterToken = true; // at the start of the run or right after a label or value
  const flushWord = () => {
    const w = word.trim();
    if (w) out.push({ t: 'word', run, el, text: w, prose: w.length > 14 || SENTENCE.test(w) });
    word = '';
  };
  while (pos < text.length) {
    const ch = text[pos]!;
    const atBoundary = afterToken || word === '' || SEPARATOR.test(text[pos - 1] ?? ' ');
    if (atBoundary) {
      const label = word === '' ? labelAt(lower, pos, dict) : null;
      if (label && labelEnds(text, label.end, lower, dict)) {
        flushWord();
        out.push({ t: 'label', run, el, text: text.slice(pos, label.end), meaning: label.meaning });
        pos = label.end;
        // 「3分钟回复率（近30天）」: the bracket annotates the label.
        const note = /^\s?[(（][^)）]{0,20}[)）]/.exec(text.slice(pos));
        if (note) pos += note[0].length;
        afterToken = true;
        continue;
      }
      const rest = text.slice(pos);
      const value = valueAt(rest, word !== '' && !SEPARATOR.test(text[pos - 1] ?? ' '));
      if (value) {
        flushWord();
        out.push({ ...value, run, el } as Token);
        pos += value.length;
        afterToken = true;
        continue;
      }
    }
    if (SEPARATOR.test(ch)) { flushWord(); afterToken = false; pos++; continue; }
    word += ch;
    afterToken = false;
    pos++;
  }
  flushWord();
}

type Scanned = ({ t: 'value'; value: Value } | { t: 'date' } | { t: 'progress'; current: number; target: number; unit: string | null }) & { text: string; length: number };

/** A value at the start of `rest`, if one stands there on its own (not glued into a word). */
function valueAt(rest: string, gluedLeft: boolean): Scanned | null {
  if (gluedLeft) return null;
  let m: RegExpExecArray | null;
  if ((m = DATE.exec(rest)) && VALUE_END.test(rest.slice(m[0].length))) return { t: 'date', text: m[0], length: m[0].length };
  if ((m = PROGRESS.exec(rest)) && VALUE_END.test(rest.slice(m[0].length))) {
    return { t: 'progress', text: m[0], length: m[0].length, current: Number(m[1]!.replace(/,/g, '')), target: Number(m[2]!.replace(/,/g, '')), unit: m[3] ?? null };
  }
  if ((m = EMPTY_AT.exec(rest)) && VALUE_END.test(rest.slice(m[0].length))) return { t: 'value', value: { kind: 'empty' }, text: m[0], length: m[0].length };
  for (const re of [DURATION, NUMBER]) {
    m = re.exec(rest);
    if (m && VALUE_END.test(rest.slice(m[0].length))) {
      const text = m[0];
      return { t: 'value', value: parseValue(text.replace(/\s/g, '').toLowerCase()), text, length: text.length };
    }
  }
  // A broken figure (4.6.2, NaN分, 12..3%): a value slot holding garbage, reported by whoever governs it.
  m = /^(?:[a-z0-9{}_.\-−+%]{1,16}(?:分|%)|\d+(?:\.\d*){2,}|nan|undefined|null|infinity)(?:%|分)?/i.exec(rest);
  if (m && VALUE_END.test(rest.slice(m[0].length))) return { t: 'value', value: { kind: 'garbage', raw: m[0] }, text: m[0], length: m[0].length };
  return null;
}

/**
 * Text split over inline elements with no space between (a highlight, a split render):
 * 「4.6」<b>「2」</b> is 4.62, 「98.」「50%」 is 98.50%, 「揽收」「及时率」 is one name. Joined only
 * where the pieces do not stand on their own: two labels stay two labels, a label and its value
 * stay apart.
 */
function joinTouchingRuns(index: PageIndex, tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1]!;
    const b = tokens[k]!;
    if (b.run !== (a.endRun ?? a.run) + 1 || !index.runs[b.run]!.joinsPrev) continue;
    if (tokens[k + 1]?.run === b.run && b.t !== 'word' && b.t !== 'value') continue;
    const aNum = a.t === 'value' || (a.t === 'word' && /[\d.]$/.test(a.text));
    const bNum = b.t === 'value' || (b.t === 'word' && /^[\d.%]/.test(b.text));
    let joined: Token | null = null;
    if (aNum && bNum && /[\d.]$/.test(a.text) && /^[\d.%]/.test(b.text)) {
      const text = a.text + b.text;
      const v = valueAt(text, false);
      if (v && v.length === text.length && v.t === 'value') joined = { t: 'value', run: a.run, endRun: b.endRun ?? b.run, el: a.el, text, value: v.value };
    } else if (a.t === 'word' && b.t === 'word' && !a.prose && !b.prose && CJK.test(a.text.slice(-1)) && CJK.test(b.text[0] ?? '')) {
      joined = { t: 'word', run: a.run, endRun: b.endRun ?? b.run, el: a.el, text: a.text + b.text, prose: a.text.length + b.text.length > 14 };
    }
    if (!joined) continue;
    tokens.splice(k - 1, 2, joined);
    k--;
  }
}

/**
 * antd `Statistic` and similar split one figure into several nodes: 「4」「.62」「分」, 「1.05」「%」,
 * 「1天」「2小时」. Adjacent pieces within a few levels of each other and not in different table
 * cells are read as one value.
 */
function mergeAcrossRuns(index: PageIndex, tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if ((a.endRun ?? a.run) + 1 !== b.run || a.t !== 'value' || a.value.kind === 'empty') continue;
    const nextInRun = tokens[k + 2];
    const lastOfB = !nextInRun || nextInRun.run !== b.run;
    if (!lastOfB && b.t === 'word') continue;
    if (depthApart(index, a.el, b.el) > 3 || crossesCell(index, a.el, b.el)) continue;
    let merged: string | null = null;
    if (a.value.kind === 'garbage') { if (b.t === 'word' && UNIT_ONLY.test(b.text)) merged = a.text + b.text; }
    else if (b.t === 'word' && UNIT_ONLY.test(b.text) && a.value.unit === 'plain') merged = a.text + b.text;
    else if (b.t === 'word' && /^\.\d+(?:%|分)?$/.test(b.text) && a.value.unit === 'plain' && Number.isInteger(a.value.value) && !a.text.includes('.')) merged = a.text + b.text;
    else if (b.t === 'value' && b.value.kind === 'number' && a.value.unit === 'hours' && b.value.unit === 'hours' && /天$/.test(a.text)) merged = a.text + b.text;
    else if (b.t === 'word' && a.value.unit === 'plain' && /^(?:天|小时|分钟|h|min)/i.test(b.text)) {
      // 「2」「天3小时」: a Statistic that split a duration after its first figure.
      const joined = parseValue((a.text + b.text).replace(/\s/g, '').toLowerCase());
      if (joined.kind === 'number' && joined.unit === 'hours') merged = a.text + b.text;
    }
    if (merged === null) continue;
    // 「4」「.62」「分」: keep merging into the same token.
    tokens.splice(k, 2, { t: 'value', run: a.run, endRun: b.run, el: a.el, text: merged, value: parseValue(merged.replace(/\s/g, '').toLowerCase()) });
    k--;
  }
}

function crossesCell(index: PageIndex, a: number, b: number): boolean {
  const l = index.lca(a, b);
  const cellA = index.closest(a, F.CELL, 4);
  const cellB = index.closest(b, F.CELL, 4);
  return cellA !== cellB && (cellA >= 0 || cellB >= 0) && !(cellA >= 0 && index.contains(cellA, l));
}

/** First token at or after run r. */
export function tokenAtRun(tk: Tokenized, r: number): number {
  return tk.firstOfRun[Math.min(r, tk.firstOfRun.length - 1)]!;
}

/** Token index range [from, to) of an element's subtree. */
export function tokensOf(index: PageIndex, tk: Tokenized, el: number): [number, number] {
  return [tokenAtRun(tk, index.runStart[el]!), tokenAtRun(tk, index.runEnd[el]!)];
}
