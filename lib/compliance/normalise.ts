import { compileAutomaton, createMatchSink, growSink, nextState, scanUnits, type Automaton, type MatchSink } from './automaton';
import { TRAD_TO_SIMP } from './trad-simp';

/**
 * Normaliser with an offset map.
 *
 * Folds the tricks merchants use to slip banned words past a filter
 * (DOMAIN §4.4): full-width and stylised letters and digits (NFKC), case,
 * traditional characters, spaces / punctuation / emoji / zero-width
 * characters between characters, and runs of the same character. Every
 * normalised code unit remembers the original UTF-16 span it came from, so a
 * match on the normalised text can be reported at exact original offsets.
 *
 * Rules, in order:
 * 1. Each code point is folded on its own: NFKC, lower case, then
 *    traditional → simplified for the lexicon's characters. Folding per code
 *    point (not per string) is what keeps the offset map exact, and lets us
 *    cache the result per code unit in a flat table.
 * 2. Zero-width / format characters and combining marks are dropped.
 * 3. Whitespace, punctuation, symbols and emoji ("separators") are dropped
 *    when they sit next to a CJK character (最 好, 最😊好, （最好）). Between
 *    two non-CJK characters a separator run becomes one space, so that
 *    `no.1` / `NO 1` / `ＮＯ．１` all read `no 1` and English words do not
 *    run together into false hits. A very long separator run becomes a hard
 *    break that no term can span.
 * 4. A run of 3+ identical characters (not digits: prices such as 999 are
 *    real) collapses to one: 最最最好 → 最好. Doubled characters stay
 *    (妈妈, 好好), they are ordinary Chinese.
 *
 * normaliseAndScan also runs an automaton over the normalised units in the
 * same loop, so the engine reads each field once.
 */

/** Marker values in the fold table. Non-negative values are folded units plus flags. */
const UNKNOWN = -1;
const SEPARATOR = -2;
const TRANSPARENT = -3;
const EXPANDS = -4;
const HIGH_SURROGATE = -5;

/** Flags stored above the 16-bit unit in the fold table (used by the slow path). */
const FLAG_CJK = 1 << 16;
const FLAG_DIGIT = 1 << 17;
const UNIT_MASK = 0xffff;

/** A separator run longer than this (in original code units) is a hard break, not an evasion. */
const MAX_BRIDGED_RUN = 16;
/** Unit emitted for a hard break: a newline can never be part of a normalised term. */
const BREAK_UNIT = 0x0a;
const SPACE_UNIT = 0x20;

/**
 * Lazily filled per-code-unit cache. 256 KB, filled as characters are seen,
 * so start-up does not pay for 65,536 normalize() calls.
 */
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
/** Folded forms of BMP characters whose NFKC form is longer than one unit (⑴ → (1), ㍿ → 株式会社). */
const EXPANSIONS = new Map<number, string>();
/** Astral code points: folded string, '' for characters to drop silently, null for separators. */
const ASTRAL = new Map<number, string | null>();

const RE_TRANSPARENT = /^[\p{Cf}\p{Mn}\p{Me}]+$/u;
// '%' carries meaning in copy (100%, 含量80%) and in lexicon terms, so it is not a separator.
const RE_SEPARATOR = /^(?:(?!%)[\p{White_Space}\p{P}\p{S}\p{Cc}\p{Co}\p{Cn}\p{Zl}\p{Zp}])+$/u;
const RE_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/** CJK for the separator rule: Han, kana and Hangul in the BMP (astral CJK is tested with RE_CJK). */
export function isCjkUnit(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3400 && u <= 0x4dbf) ||
    (u >= 0x3040 && u <= 0x30ff) ||
    (u >= 0xac00 && u <= 0xd7af) ||
    (u >= 0xf900 && u <= 0xfaff) ||
    (u >= 0x31f0 && u <= 0x31ff) ||
    (u >= 0x1100 && u <= 0x11ff) ||
    (u >= 0x3130 && u <= 0x318f) ||
    (u >= 0x2e80 && u <= 0x2fdf) ||
    u === 0x3005 ||
    u === 0x3007
  );
}
const RE_ASTRAL_SEPARATOR = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{S}\p{P}\p{Co}\p{Cn}\p{White_Space}]+$/u;
/** CJK-range characters that are used purely as visual separators. */
const EXTRA_SEPARATORS = new Set<number>([0x4e36 /* 丶 */]);

function foldUnits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(TRAD_TO_SIMP.get(c) ?? c);
  }
  return out;
}

/** Encode an already folded single unit with its flags. */
function encodeUnitSlow(u: number): number {
  const ch = String.fromCharCode(u);
  if (RE_TRANSPARENT.test(ch)) return TRANSPARENT;
  if (RE_SEPARATOR.test(ch) || EXTRA_SEPARATORS.has(u)) return SEPARATOR;
  // Only ASCII digits are exempt from repeat collapsing (prices such as 999).
  return (isCjkUnit(u) ? FLAG_CJK : 0) | u;
}

/**
 * Fill FOLD[c] for a BMP code unit seen for the first time. ASCII and the
 * CJK Unified Ideographs block are classified by range, which keeps
 * start-up cheap: the Unicode-property regexes below are only compiled when
 * a text contains something more exotic.
 */
function classify(c: number): number {
  let v: number;
  if (c < 0x80) {
    v = classifyAscii(c);
  } else if (c >= 0x4e00 && c <= 0x9fff && !EXTRA_SEPARATORS.has(c)) {
    // NFKC and lower-casing leave unified ideographs unchanged; only trad → simp applies.
    v = FLAG_CJK | (TRAD_TO_SIMP.get(c) ?? c);
  } else if (c >= 0xd800 && c <= 0xdbff) {
    v = HIGH_SURROGATE;
  } else if (c >= 0xdc00 && c <= 0xdfff) {
    v = SEPARATOR; // a lone low surrogate: treat as noise
  } else {
    const ch = String.fromCharCode(c);
    if (RE_TRANSPARENT.test(ch)) {
      v = TRANSPARENT;
    } else {
      const folded = foldUnits(ch.normalize('NFKC').toLowerCase());
      if (folded.length === 0) v = TRANSPARENT;
      else if (folded.length === 1) v = encodeUnit(folded.charCodeAt(0));
      else if (RE_SEPARATOR.test(folded)) v = SEPARATOR;
      else {
        EXPANSIONS.set(c, folded);
        v = EXPANDS;
      }
    }
  }
  FOLD[c] = v;
  return v;
}

function classifyAscii(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z → a-z
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x30 && c <= 0x39) return FLAG_DIGIT | c;
  if (c === 0x25) return c; // '%'
  // Controls, space, punctuation and symbols. (NFKC maps nothing in ASCII.)
  return SEPARATOR;
}

function encodeUnit(u: number): number {
  if (u < 0x80) return classifyAscii(u);
  if (u >= 0x4e00 && u <= 0x9fff && !EXTRA_SEPARATORS.has(u)) return FLAG_CJK | u;
  return encodeUnitSlow(u);
}

/** Folded form of an astral code point, or null when it is a separator (emoji etc.). */
function classifyAstral(cp: number): string | null {
  const cached = ASTRAL.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let v: string | null;
  if (RE_TRANSPARENT.test(ch)) v = '';
  else if (RE_ASTRAL_SEPARATOR.test(ch)) v = null;
  else {
    const folded = foldUnits(ch.normalize('NFKC').toLowerCase());
    v = RE_SEPARATOR.test(folded) ? null : folded;
  }
  if (ASTRAL.size < 50_000) ASTRAL.set(cp, v);
  return v;
}

/** Growable output of the normaliser; reused between calls to avoid allocation. */
export interface NormBuffer {
  /** Normalised UTF-16 code units. */
  units: Uint16Array;
  /** Original start offset (inclusive) of each normalised unit. */
  start: Int32Array;
  /** Original end offset (exclusive) of each normalised unit. */
  end: Int32Array;
  length: number;
  /**
   * Width of the source range as the back office counts it (ASCII 1, any
   * other character 2), computed in the same pass so length rules need no
   * extra scan.
   */
  width: number;
  /** Original offset of the character that first pushed the width past the requested limit, or -1. */
  overflowAt: number;
}

export function createNormBuffer(capacity = 4096): NormBuffer {
  const cap = Math.max(16, capacity);
  return { units: new Uint16Array(cap), start: new Int32Array(cap), end: new Int32Array(cap), length: 0, width: 0, overflowAt: -1 };
}

function grow(buf: NormBuffer, need: number): void {
  let cap = buf.units.length;
  if (need <= cap) return;
  while (cap < need) cap *= 2;
  const units = new Uint16Array(cap);
  units.set(buf.units);
  const start = new Int32Array(cap);
  start.set(buf.start);
  const end = new Int32Array(cap);
  end.set(buf.end);
  buf.units = units;
  buf.start = start;
  buf.end = end;
}

/**
 * True when the normaliser dropped original characters between units k-1
 * and k (a separator, emoji or zero-width character). Derived from the offset
 * map, so the hot loop does not have to record it.
 */
export function gapBefore(buf: NormBuffer, k: number): boolean {
  return k > 0 && buf.start[k]! > buf.end[k - 1]!;
}

/**
 * Mutable state shared between the inlined fast path of normaliseAndScan and
 * the slow paths (expansions, astral characters), kept in one monomorphic
 * object.
 */
interface EmitState {
  n: number;
  sepStart: number;
  sepEnd: number;
  lastUnit: number;
  lastFlags: number;
  runLen: number;
  /** Automaton state after the last emitted unit. */
  dfa: number;
  /** Automaton state before the last emitted unit, to undo it when a repeat collapses. */
  dfaBefore: number;
}

const EMPTY_AUTOMATON: Automaton = compileAutomaton([]);

// Automaton and sink of the call in progress, for the slow paths.
let curAuto: Automaton = EMPTY_AUTOMATON;
let curSink: MatchSink = createMatchSink(16);

/** Feed unit u, just written at index st.n - 1, to the automaton. */
function step(st: EmitState, u: number): void {
  const a = curAuto;
  st.dfaBefore = st.dfa;
  const s = nextState(a, st.dfa, a.classOf[u]!);
  st.dfa = s;
  for (let r = a.report[s]!; r !== 0; r = a.dictLink[r]!) pushMatch(curSink, a.output[r]!, st.n);
}

function pushMatch(sink: MatchSink, pattern: number, end: number): void {
  if (sink.count === sink.pattern.length) growSink(sink);
  sink.pattern[sink.count] = pattern;
  sink.end[sink.count] = end;
  sink.count++;
}

/** Undo the last emitted unit: the second copy of a character that turned out to repeat 3+ times. */
function dropLast(st: EmitState): void {
  st.n--;
  const sink = curSink;
  while (sink.count > 0 && sink.end[sink.count - 1] === st.n + 1) sink.count--;
  st.dfa = st.dfaBefore;
}

function emit(buf: NormBuffer, st: EmitState, v: number, s: number, e: number): void {
  if (st.n + 2 > buf.units.length) grow(buf, st.n + 2);
  const u = v & UNIT_MASK;
  if (st.sepStart >= 0) {
    if (st.sepEnd - st.sepStart > MAX_BRIDGED_RUN && st.n > 0) {
      pushUnit(buf, st, BREAK_UNIT, st.sepStart, st.sepEnd);
    } else if (st.n > 0 && (st.lastFlags & FLAG_CJK) === 0 && (v & FLAG_CJK) === 0) {
      pushUnit(buf, st, SPACE_UNIT, st.sepStart, st.sepEnd);
    }
    st.sepStart = -1;
  }
  if (u === st.lastUnit && (v & FLAG_DIGIT) === 0) {
    st.runLen++;
    if (st.runLen >= 3) {
      // Third copy of a character: drop the second and stretch the first over the run.
      if (st.runLen === 3) dropLast(st);
      buf.end[st.n - 1] = e;
      return;
    }
  } else {
    st.runLen = 1;
  }
  const n = st.n;
  buf.units[n] = u;
  buf.start[n] = s;
  buf.end[n] = e;
  st.n = n + 1;
  st.lastUnit = u;
  st.lastFlags = v;
  step(st, u);
}

function pushUnit(buf: NormBuffer, st: EmitState, u: number, s: number, e: number): void {
  const n = st.n;
  buf.units[n] = u;
  buf.start[n] = s;
  buf.end[n] = e;
  st.n = n + 1;
  st.lastUnit = u;
  st.lastFlags = 0;
  st.runLen = 1;
  step(st, u);
}

function markSeparator(st: EmitState, s: number, e: number): void {
  if (st.sepStart < 0) st.sepStart = s;
  st.sepEnd = e;
}

function emitString(buf: NormBuffer, st: EmitState, folded: string, s: number, e: number): void {
  for (let k = 0; k < folded.length; k++) {
    const u = folded.charCodeAt(k);
    let v = FOLD[u]!;
    if (v === UNKNOWN) v = classify(u);
    if (v >= 0) emit(buf, st, v, s, e);
    else if (v === SEPARATOR) markSeparator(st, s, e);
    else if (v === TRANSPARENT) continue;
    else if (v === HIGH_SURROGATE && k + 1 < folded.length) {
      // An astral character that survived folding (CJK extension B…): keep both units.
      const flags = RE_CJK.test(folded.slice(k, k + 2)) ? FLAG_CJK : 0;
      emit(buf, st, flags | u, s, e);
      emit(buf, st, flags | folded.charCodeAt(k + 1), s, e);
      k++;
    } else {
      // Expansions of expansions do not occur after NFKC; anything else is noise.
      markSeparator(st, s, e);
    }
  }
}

/** Classes must fit in the 14 bits above the folded unit and its CJK flag in a combined table entry. */
const MAX_FUSED_CLASSES = 0x3fff;
const CLASS_SHIFT = 17;

/**
 * Per-automaton table from an ORIGINAL code unit to its folded unit, whether
 * that unit is CJK, and the unit's class, packed as
 * class << 17 | FLAG_CJK | unit (or a negative marker). One lookup per
 * character instead of three; filled lazily from FOLD.
 */
const combinedTables = new WeakMap<Automaton, Int32Array>();

function combinedTable(auto: Automaton): Int32Array {
  let table = combinedTables.get(auto);
  if (!table) {
    table = new Int32Array(0x10000).fill(UNKNOWN);
    combinedTables.set(auto, table);
  }
  return table;
}

function fillCombined(table: Int32Array, c: number, classOf: Uint16Array): number {
  let f = FOLD[c]!;
  if (f === UNKNOWN) f = classify(c);
  const v = f >= 0 ? (classOf[f & UNIT_MASK]! << CLASS_SHIFT) | (f & (UNIT_MASK | FLAG_CJK)) : f;
  table[c] = v;
  return v;
}

const state: EmitState = { n: 0, sepStart: -1, sepEnd: -1, lastUnit: -1, lastFlags: 0, runLen: 0, dfa: 0, dfaBefore: 0 };
const noMatches: MatchSink = createMatchSink(16);

/**
 * Normalise src[from, to) into buf (overwriting it). Offsets in buf.start /
 * buf.end are offsets into src. Never throws on any string input.
 */
export function normaliseInto(src: string, buf: NormBuffer, from = 0, to = src.length): void {
  normaliseAndScan(src, buf, EMPTY_AUTOMATON, noMatches, from, to);
}

/**
 * Normalise src[from, to) into buf and, in the same pass, run `auto` over the
 * normalised units, replacing the contents of `sink` with every match (end
 * offsets are exclusive positions in buf.units). The result is exactly
 * normaliseInto followed by scanUnits, but one loop lets the CPU overlap the
 * normaliser's work with the automaton's table lookups.
 *
 * This is the hot loop of the engine. State lives in locals; plain
 * characters, separators and repeats are handled inline. Only expansions
 * (⑴ → (1)) and astral characters (emoji, 𝐀) go through emit(), with the
 * state synced around the call. The fast path writes at most one unit per
 * input character (plus one space per separator run, which consumed at least
 * one character), so capacity is checked once up front and again only after
 * a slow path, never per character.
 */
export function normaliseAndScan(
  src: string,
  buf: NormBuffer,
  auto: Automaton,
  sink: MatchSink,
  from = 0,
  to = src.length,
  widthLimit = 0x7fffffff,
): void {
  if (auto.mode !== 'compact' || auto.width > MAX_FUSED_CLASSES) {
    // Sparse automaton, or too many classes to pack next to the folded unit: normalise, then scan.
    normaliseAndScan(src, buf, EMPTY_AUTOMATON, noMatches, from, to, widthLimit);
    sink.count = 0;
    scanUnits(auto, buf.units, 0, buf.length, sink);
    return;
  }
  if (to - from + 16 > buf.units.length) grow(buf, to - from + 16);
  const { classOf, cells, root, firstReport, report, output, dictLink } = auto;
  const spaceCls = classOf[SPACE_UNIT]!;
  const breakCls = classOf[BREAK_UNIT]!;
  const table = combinedTable(auto);
  sink.count = 0;
  let units = buf.units;
  let starts = buf.start;
  let ends = buf.end;
  let n = 0;
  let sepStart = -1;
  let sepEnd = -1;
  let lastUnit = -1;
  let lastV = 0; // entry of the last emitted unit; only its FLAG_CJK bit is read
  let runLen = 0;
  let dfa = 0;
  let dfaBefore = 0;
  // Width as the back office counts it: ASCII 1, anything else 2. A surrogate
  // pair is one character: its low half is skipped below, so it counts once.
  let w = 0;
  let limit = widthLimit;
  let overflowAt = -1;
  for (let i = from; i < to; i++) {
    if (sepStart < 0) {
      // Fast lane: plain characters, no separator run to close, not a repeat
      // of the last unit. Most of a listing is this; it needs no other state.
      const laneStart = i;
      for (; i < to; i++) {
        const c = src.charCodeAt(i);
        const v = table[c]!;
        const u = v & UNIT_MASK;
        if (v < 0 || u === lastUnit) break;
        w += 1 + ((0x7f - c) >>> 31); // branch-free: 2 above U+007F
        units[n] = u;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
        lastUnit = u;
        // (No dfaBefore here: the lane never emits a repeat, and the second
        // copy of a character, whose step a third copy undoes, is always
        // emitted outside it.)
        // One transition of the compact DFA (see automaton.ts). Class 0 (in no
        // pattern) needs no branch: no state deviates there, so root[0] = 0 wins.
        const cls = v >>> CLASS_SHIFT;
        const e = cells[dfa + cls]!;
        dfa = e >>> 16 === dfa ? e & 0xffff : root[cls]!;
        // A match leaves the lane and is reported below: the report loop's
        // tables then need no registers in the lane.
        if (dfa >= firstReport) {
          i++;
          break;
        }
      }
      if (i > laneStart) {
        // Set once on leaving the lane what it would have set per character.
        lastV = table[src.charCodeAt(i - 1)]!;
        runLen = 1;
        if (w > limit) {
          // The width passed the limit inside the lane: walk back to the character
          // that crossed it (lane characters are BMP, one unit each).
          let x = w;
          let j = i - 1;
          while (j > laneStart && x - (1 + ((0x7f - src.charCodeAt(j)) >>> 31)) > limit) {
            x -= 1 + ((0x7f - src.charCodeAt(j)) >>> 31);
            j--;
          }
          overflowAt = j;
          limit = 0x7fffffff;
        }
        if (dfa >= firstReport) {
          // The lane stopped at a match (it never runs on in a reporting
          // state, so this is the unit just emitted): report it and go back in.
          for (let r = report[dfa]!; r !== 0; r = dictLink[r]!) pushMatch(sink, output[r]!, n);
          i--;
          continue;
        }
      }
      if (i >= to) break;
    }
    // Everything else: separators, repeats, characters seen for the first time, slow paths.
    const c = src.charCodeAt(i);
    w += 1 + ((0x7f - c) >>> 31);
    if (w > limit) {
      overflowAt = i;
      limit = 0x7fffffff;
    }
    let v = table[c]!;
    if (v === UNKNOWN) v = fillCombined(table, c, classOf);
    if (v >= 0) {
      const u = v & UNIT_MASK;
      if (sepStart >= 0) {
        // A run of separators ends here: drop it next to CJK, keep one space between
        // other characters, and make a very long run a hard break.
        const long = sepEnd - sepStart > MAX_BRIDGED_RUN;
        if (n > 0 && (long || ((lastV | v) & FLAG_CJK) === 0)) {
          const gapUnit = long ? BREAK_UNIT : SPACE_UNIT;
          const gapCls = long ? breakCls : spaceCls;
          units[n] = gapUnit;
          starts[n] = sepStart;
          ends[n] = sepEnd;
          n++;
          lastUnit = gapUnit;
          lastV = 0;
          runLen = 1;
          dfaBefore = dfa;
          const g = cells[dfa + gapCls]!;
          dfa = g >>> 16 === dfa ? g & 0xffff : root[gapCls]!;
          if (dfa >= firstReport) for (let r = report[dfa]!; r !== 0; r = dictLink[r]!) pushMatch(sink, output[r]!, n);
        }
        sepStart = -1;
      }
      if (u === lastUnit && (u < 0x30 || u > 0x39)) {
        runLen++;
        if (runLen >= 3) {
          if (runLen === 3) {
            // Undo the second copy: its unit, its matches and its automaton step.
            n--;
            while (sink.count > 0 && sink.end[sink.count - 1] === n + 1) sink.count--;
            dfa = dfaBefore;
          }
          ends[n - 1] = i + 1;
          continue;
        }
      } else {
        runLen = 1;
      }
      units[n] = u;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastUnit = u;
      lastV = v;
      dfaBefore = dfa;
      const cls = v >>> CLASS_SHIFT;
      const e = cells[dfa + cls]!;
      dfa = e >>> 16 === dfa ? e & 0xffff : root[cls]!;
      if (dfa >= firstReport) for (let r = report[dfa]!; r !== 0; r = dictLink[r]!) pushMatch(sink, output[r]!, n);
    } else if (v === SEPARATOR) {
      if (sepStart < 0) sepStart = i;
      sepEnd = i + 1;
    } else if (v !== TRANSPARENT) {
      if (v === HIGH_SURROGATE && c >= 0xd83c && c <= 0xd83e && i + 1 < to) {
        // Emoji blocks U+1F300–U+1FAFF hold only pictographs and symbols, so
        // they are separators: handled here without syncing state for the
        // slow path. (U+1F100–1F2FF is not: it has enclosed letters that
        // NFKC folds, e.g. 🄰 → a.)
        const lo = src.charCodeAt(i + 1);
        const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        if (lo >= 0xdc00 && lo <= 0xdfff && cp >= 0x1f300 && cp <= 0x1faff) {
          if (sepStart < 0) sepStart = i;
          sepEnd = i + 2;
          i++;
          continue;
        }
      }
      const st = state;
      st.n = n;
      st.sepStart = sepStart;
      st.sepEnd = sepEnd;
      st.lastUnit = lastUnit;
      st.lastFlags = lastV & FLAG_CJK;
      st.runLen = runLen;
      st.dfa = dfa;
      st.dfaBefore = dfaBefore;
      curAuto = auto;
      curSink = sink;
      if (v === HIGH_SURROGATE) {
        const lo = i + 1 < to ? src.charCodeAt(i + 1) : 0;
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          const folded = classifyAstral(cp);
          if (folded === null) markSeparator(st, i, i + 2);
          else if (folded !== '') emitString(buf, st, folded, i, i + 2);
          i++;
        } else {
          markSeparator(st, i, i + 1); // lone high surrogate
        }
      } else {
        emitString(buf, st, EXPANSIONS.get(c) ?? '', i, i + 1);
      }
      n = st.n;
      sepStart = st.sepStart;
      sepEnd = st.sepEnd;
      lastUnit = st.lastUnit;
      lastV = st.lastFlags;
      runLen = st.runLen;
      dfa = st.dfa;
      dfaBefore = st.dfaBefore;
      // Restore the fast path's guarantee: room for one unit per remaining character.
      if (n + (to - i) + 16 > buf.units.length) grow(buf, n + (to - i) + 16);
      units = buf.units;
      starts = buf.start;
      ends = buf.end;
    }
  }
  buf.length = n;
  buf.width = w;
  buf.overflowAt = overflowAt;
}

/** Result of normalise(): an independent copy, safe to keep. */
export interface Normalised {
  readonly text: string;
  /** Original start offset (inclusive) per normalised code unit. */
  readonly start: Int32Array;
  /** Original end offset (exclusive) per normalised code unit. */
  readonly end: Int32Array;
}

export function unitsToString(units: Uint16Array, from: number, to: number): string {
  if (to - from <= 64) {
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(units[i]!);
    return out;
  }
  let out = '';
  const CHUNK = 4096;
  for (let i = from; i < to; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(to, i + CHUNK))));
  }
  return out;
}

/** Normalise a whole string and return the text with its offset map. */
export function normalise(src: string): Normalised {
  const buf = createNormBuffer(src.length + 16);
  normaliseInto(src, buf);
  return {
    text: unitsToString(buf.units, 0, buf.length),
    start: buf.start.slice(0, buf.length),
    end: buf.end.slice(0, buf.length),
  };
}

const termBuffer = createNormBuffer(256);

/** Normalised form of a term, as the matcher sees it (no offsets, no allocation beyond the string). */
export function normaliseTerm(term: string): string {
  normaliseInto(term, termBuffer);
  let from = 0;
  let to = termBuffer.length;
  // Separators at the edges are already dropped; a hard break or space can only be inside.
  while (from < to && termBuffer.units[from] === SPACE_UNIT) from++;
  while (to > from && termBuffer.units[to - 1] === SPACE_UNIT) to--;
  return unitsToString(termBuffer.units, from, to);
}

export function isAsciiLetter(u: number): boolean {
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a);
}

export function isAsciiDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}
