/**
 * Aho–Corasick over UTF-16 code units.
 *
 * Compact mode (the default lexicon and ordinary merchant lists): a fully
 * resolved DFA, stored as a dense root row plus each state's few deviations
 * from it, packed into one shared cell array ("comb" / double-array
 * layout). Every code unit is first mapped to a class (0 = "in no pattern").
 * A state's id IS its offset into the cell array, so one transition is
 *
 *     e = cells[state + class]
 *     next = (e >>> 16) === state ? e & 0xffff : root[class]
 *
 * one dependent load and no failure links. Each cell holds its owner's id
 * and the target's id, 16 bits each. A full states × classes table for the
 * default lexicon is 1,664 × 676 Uint16 = 2.15 MB, more than a core's L2;
 * the packed form is a few tens of KB and stays in L1.
 *
 * A state's deviations are the classes where its DFA row differs from the
 * root row. In Aho–Corasick, row(s) = row(fail(s)) patched with s's own trie
 * edges, so deviations(s) = deviations(fail(s)) ∪ edges(s), computed in
 * breadth-first order. States whose suffix chain ends a pattern get the
 * highest ids (they are packed last), so "does this state report?" is one
 * comparison with `firstReport`, not a table read.
 *
 * Sparse mode: ids must fit 16 bits, so a very large pattern list (a
 * merchant pasting thousands of words) keeps only the trie edges in a hash
 * table plus failure links, which is linear in size and a little slower.
 */

/** Class ids must fit the Uint16 class table; 0 is "in no pattern". */
const MAX_CLASSES = 0xffff;
/** Largest cell array in compact mode: ids are 16 bits and 0xffff marks a free cell. */
const MAX_CELLS = 0xffff;
/** A free cell: its owner field (0xffff) is nobody's id. */
const FREE = -1;

export interface Automaton {
  readonly mode: 'compact' | 'sparse';
  /** Patterns in id order (duplicates and empty strings were never added). */
  readonly patterns: readonly string[];
  /** Length in code units of each pattern, by pattern id. */
  readonly patternLength: Int32Array;
  /** Code unit → class. */
  readonly classOf: Uint16Array;
  /** Number of classes. */
  readonly width: number;
  /** Compact mode: next state from the root, by class (also the fallback of every state). */
  readonly root: Int32Array;
  /** Compact mode: (owner id << 16) | next id, indexed by state id + class; FREE when unused. */
  readonly cells: Int32Array;
  /** Compact mode: states with an id ≥ this end a pattern or have one on their suffix chain. */
  readonly firstReport: number;
  /** First state on the suffix chain (itself included) that ends a pattern, or 0; by state id. */
  readonly report: Int32Array;
  /** Pattern id ending exactly at a state, or -1; by state id. */
  readonly output: Int32Array;
  /** Next state on the suffix chain that ends a pattern, or 0; by state id. */
  readonly dictLink: Int32Array;
  /** Number of states (in compact mode ids are sparse: they run up to cells.length - width). */
  readonly stateCount: number;
  /** Sparse mode: root transitions by class. */
  readonly rootRow: Int32Array;
  /** Sparse mode: failure link per state. */
  readonly fail: Int32Array;
  /** Sparse mode: open-addressing edge table (state, class) → child, -1 = empty. */
  readonly edgeState: Int32Array;
  readonly edgeClass: Int32Array;
  readonly edgeChild: Int32Array;
  readonly edgeMask: number;
}

/** Growable sink for raw matches: pattern id and end offset (exclusive) in scanned units. */
export interface MatchSink {
  pattern: Int32Array;
  end: Int32Array;
  count: number;
}

export function createMatchSink(capacity = 256): MatchSink {
  return { pattern: new Int32Array(capacity), end: new Int32Array(capacity), count: 0 };
}

export function growSink(sink: MatchSink): void {
  const cap = sink.pattern.length * 2;
  const pattern = new Int32Array(cap);
  pattern.set(sink.pattern);
  const end = new Int32Array(cap);
  end.set(sink.end);
  sink.pattern = pattern;
  sink.end = end;
}

function edgeSlot(s: number, cls: number, mask: number): number {
  return (Math.imul(s, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & mask;
}

/** Sparse-mode goto: child of s on cls, or -1. */
function sparseGoto(a: Automaton, s: number, cls: number): number {
  let slot = edgeSlot(s, cls, a.edgeMask);
  for (;;) {
    const es = a.edgeState[slot]!;
    if (es === -1) return -1;
    if (es === s && a.edgeClass[slot] === cls) return a.edgeChild[slot]!;
    slot = (slot + 1) & a.edgeMask;
  }
}

/** Sparse-mode transition with failure links (the root row is dense). */
function sparseNext(a: Automaton, s: number, cls: number): number {
  for (;;) {
    if (s === 0) return a.rootRow[cls]!;
    const t = sparseGoto(a, s, cls);
    if (t !== -1) return t;
    s = a.fail[s]!;
  }
}

export interface CompileOptions {
  /** Force a mode (tests); by default compact unless the ids would not fit 16 bits. */
  mode?: 'compact' | 'sparse';
}

/**
 * Compile patterns into an automaton. Empty and duplicate patterns are
 * skipped: they never match and get no id, so callers that need stable ids
 * should pass unique, non-empty patterns (ids are then the input indices).
 * Throws RangeError only if the patterns use more than 65,534 distinct code
 * units (callers cap their input well below that).
 */
export function compileAutomaton(input: readonly string[], options: CompileOptions = {}): Automaton {
  const patterns: string[] = [];
  const seen = new Set<string>();
  for (const p of input) {
    if (p.length === 0 || seen.has(p)) continue;
    seen.add(p);
    patterns.push(p);
  }

  // 1. Alphabet: one class per distinct code unit used in any pattern.
  const classOf = new Uint16Array(0x10000);
  let width = 1;
  let totalLength = 0;
  for (const p of patterns) {
    totalLength += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOf[c] === 0) {
        if (width >= MAX_CLASSES) throw new RangeError('too many distinct characters in patterns');
        classOf[c] = width++;
      }
    }
  }

  // 2. Trie with sparse edges (linked per state); the root's edges are also
  //    indexed directly because it has hundreds of children.
  const maxStates = totalLength + 1;
  const edgeHead = new Int32Array(maxStates).fill(-1);
  const edgeNext = new Int32Array(maxStates);
  const edgeCls = new Int32Array(maxStates);
  const edgeTo = new Int32Array(maxStates);
  let edgeCount = 0;
  const rootEdge = new Int32Array(width); // edge index + 1 per class, 0 = none
  const output = new Int32Array(maxStates).fill(-1);
  let stateCount = 1;
  const patternLength = new Int32Array(patterns.length);
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id]!;
    patternLength[id] = p.length;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOf[p.charCodeAt(i)]!;
      let e: number;
      if (s === 0) {
        e = rootEdge[cls]! - 1;
      } else {
        e = edgeHead[s]!;
        while (e !== -1 && edgeCls[e] !== cls) e = edgeNext[e]!;
      }
      if (e === -1) {
        const t = stateCount++;
        e = edgeCount++;
        edgeCls[e] = cls;
        edgeTo[e] = t;
        edgeNext[e] = edgeHead[s]!;
        edgeHead[s] = e;
        if (s === 0) rootEdge[cls] = e + 1;
      }
      s = edgeTo[e]!;
    }
    output[s] = id;
  }

  const trie: Trie = { stateCount, width, edgeHead, edgeNext, edgeCls, edgeTo, edgeCount, output };
  const base = { patterns, patternLength, classOf, width, stateCount };
  if (options.mode !== 'sparse') {
    const compact = compileCompact(trie, base);
    if (compact) return compact;
    if (options.mode === 'compact') throw new RangeError('patterns too large for the compact layout');
  }
  return compileSparse(trie, base);
}

interface Trie {
  stateCount: number;
  width: number;
  edgeHead: Int32Array;
  edgeNext: Int32Array;
  edgeCls: Int32Array;
  edgeTo: Int32Array;
  edgeCount: number;
  /** Pattern id per trie state, or -1. */
  output: Int32Array;
}

interface Shared {
  patterns: string[];
  patternLength: Int32Array;
  classOf: Uint16Array;
  width: number;
  stateCount: number;
}

const NONE = new Int32Array(0);

/**
 * Compact layout, or null when it would not fit 16-bit ids. Trie states are
 * numbered 0…stateCount-1 while building; the packed ids are assigned last.
 */
function compileCompact(trie: Trie, shared: Shared): Automaton | null {
  const { stateCount, width, edgeHead, edgeNext, edgeCls, edgeTo, output } = trie;
  // Every deviation needs its own cell, and every state its own id.
  const budget = MAX_CELLS - width;
  if (stateCount > budget) return null;

  // Deviation lists, sorted by class, in one pool: devStart[s] .. devStart[s] + devLen[s].
  let poolCls = new Int32Array(Math.max(64, trie.edgeCount * 2));
  let poolTo = new Int32Array(poolCls.length);
  let poolSize = 0;
  const devStart = new Int32Array(stateCount);
  const devLen = new Int32Array(stateCount);
  const fail = new Int32Array(stateCount);
  const report = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  const rootNext = new Int32Array(width); // by class, in trie numbering
  // Scratch for one state's own edges, sorted by class.
  let ownCls = new Int32Array(16);
  let ownTo = new Int32Array(16);

  /** δ(f, cls) in the finished DFA, for a state already processed. */
  const delta = (f: number, cls: number): number => {
    let lo = devStart[f]!;
    let hi = lo + devLen[f]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = poolCls[mid]!;
      if (c === cls) return poolTo[mid]!;
      if (c < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    return rootNext[cls]!;
  };

  let head = 0;
  let tail = 0;
  for (let e = edgeHead[0]!; e !== -1; e = edgeNext[e]!) {
    rootNext[edgeCls[e]!] = edgeTo[e]!;
    queue[tail++] = edgeTo[e]!;
  }
  while (head < tail) {
    const s = queue[head++]!;
    const f = fail[s]!;
    // Own edges, sorted by class (a state has few; insertion sort).
    let own = 0;
    for (let e = edgeHead[s]!; e !== -1; e = edgeNext[e]!) {
      if (own === ownCls.length) {
        const c2 = new Int32Array(own * 2);
        c2.set(ownCls);
        ownCls = c2;
        const t2 = new Int32Array(own * 2);
        t2.set(ownTo);
        ownTo = t2;
      }
      const cls = edgeCls[e]!;
      const t = edgeTo[e]!;
      let k = own++;
      while (k > 0 && ownCls[k - 1]! > cls) {
        ownCls[k] = ownCls[k - 1]!;
        ownTo[k] = ownTo[k - 1]!;
        k--;
      }
      ownCls[k] = cls;
      ownTo[k] = t;
      // The failure of t is where fail(s) goes on cls; fail(s) is finished (BFS).
      fail[t] = delta(f, cls);
      queue[tail++] = t;
    }
    // deviations(s) = edges(s) merged over deviations(fail(s)); own edges win.
    const fs = f === 0 ? 0 : devStart[f]!;
    const fl = f === 0 ? 0 : devLen[f]!;
    if (poolSize + own + fl > budget) return null;
    if (poolSize + own + fl > poolCls.length) {
      let cap = poolCls.length * 2;
      while (cap < poolSize + own + fl) cap *= 2;
      const c2 = new Int32Array(cap);
      c2.set(poolCls.subarray(0, poolSize));
      poolCls = c2;
      const t2 = new Int32Array(cap);
      t2.set(poolTo.subarray(0, poolSize));
      poolTo = t2;
    }
    devStart[s] = poolSize;
    let i = 0;
    let j = fs;
    const jEnd = fs + fl;
    while (i < own || j < jEnd) {
      if (j >= jEnd || (i < own && ownCls[i]! <= poolCls[j]!)) {
        if (j < jEnd && ownCls[i] === poolCls[j]) j++;
        poolCls[poolSize] = ownCls[i]!;
        poolTo[poolSize] = ownTo[i]!;
        i++;
      } else {
        poolCls[poolSize] = poolCls[j]!;
        poolTo[poolSize] = poolTo[j]!;
        j++;
      }
      poolSize++;
    }
    devLen[s] = poolSize - devStart[s]!;
    // Suffix links for reporting: computed when s is dequeued, after fail(s).
    dictLink[s] = report[f]!;
    report[s] = output[s] !== -1 ? s : dictLink[s]!;
  }

  // 3. Pack. Non-reporting states first, then reporting ones above all of
  //    them; within each group the longest deviation lists first (first fit).
  const order = new Int32Array(stateCount - 1);
  let quiet = 0;
  for (let s = 1; s < stateCount; s++) if (report[s] === 0) order[quiet++] = s;
  let loud = quiet;
  for (let s = 1; s < stateCount; s++) if (report[s] !== 0) order[loud++] = s;
  // Longest first, then by state: a numeric sort of packed keys (no comparator
  // calls, which matters on the first compile, before the JIT has warmed up).
  let longest = 0;
  for (let s = 1; s < stateCount; s++) if (devLen[s]! > longest) longest = devLen[s]!;
  const keys = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) keys[k] = (longest - devLen[order[k]!]!) * stateCount + order[k]!;
  keys.subarray(0, quiet).sort();
  keys.subarray(quiet).sort();
  for (let k = 0; k < order.length; k++) order[k] = keys[k]! % stateCount;

  let cap = 1024;
  while (cap < poolSize + stateCount + 2 * width) cap *= 2;
  let used = new Uint8Array(cap); // cell taken by a deviation
  let isBase = new Uint8Array(cap); // id taken
  // For a taken id, a higher id to try next (path-compressed), so the search
  // skips runs of taken ids in a step instead of one id at a time.
  let idSkip = new Int32Array(cap);
  isBase[0] = 1; // the root
  idSkip[0] = 1;
  const untaken = (from: number): number => {
    let r = from;
    while (isBase[r]) r = idSkip[r]!;
    for (let x = from; x !== r; ) {
      const next = idSkip[x]!;
      idSkip[x] = r;
      x = next;
    }
    return r;
  };
  // The same for cells: from a used cell, a higher cell to try next.
  let cellSkip = new Int32Array(cap);
  const freeCell = (from: number): number => {
    let r = from;
    while (r < used.length && used[r]) r = cellSkip[r]!;
    for (let x = from; x < used.length && x !== r; ) {
      const next = cellSkip[x]!;
      cellSkip[x] = r;
      x = next;
    }
    return r;
  };
  const id = new Int32Array(stateCount);
  // Where first-fit starts looking: the lowest free cell, except that a hole
  // no state has fitted after a few tries is given up on (cells 0 and 1 can
  // never be used at all), or every placement would rescan the packed area.
  let firstFree = 2;
  let holeMisses = 0;
  let maxId = 0;
  let floor = 1; // lowest id allowed in the current group
  let freeId = 1; // no unused id in [floor, freeId): where a state without deviations looks first
  let firstReport = 0;
  for (let k = 0; k < order.length; k++) {
    if (k === quiet) {
      floor = maxId + 1;
      freeId = floor;
      firstReport = floor;
    }
    const s = order[k]!;
    const ds = devStart[s]!;
    const dl = devLen[s]!;
    if (used[firstFree]) {
      firstFree = freeCell(firstFree);
      holeMisses = 0;
    }
    let b = dl > 0 ? Math.max(floor, firstFree - poolCls[ds]!) : freeId;
    for (;;) {
      b = untaken(b);
      if (b + width > MAX_CELLS) return null;
      if (b + width >= used.length) {
        const grown = used.length * 2;
        const u2 = new Uint8Array(grown);
        u2.set(used);
        used = u2;
        const b2 = new Uint8Array(grown);
        b2.set(isBase);
        isBase = b2;
        const s2 = new Int32Array(grown);
        s2.set(idSkip);
        idSkip = s2;
        const c2 = new Int32Array(grown);
        c2.set(cellSkip);
        cellSkip = c2;
      }
      let clash = -1;
      for (let d = ds; d < ds + dl; d++) {
        if (used[b + poolCls[d]!]) {
          clash = poolCls[d]!;
          break;
        }
      }
      if (clash < 0) break;
      // Move on to the first offset where the clashing class lands on a free cell.
      b = freeCell(b + clash) - clash;
    }
    isBase[b] = 1;
    idSkip[b] = b + 1;
    for (let d = ds; d < ds + dl; d++) {
      const cell = b + poolCls[d]!;
      used[cell] = 1;
      cellSkip[cell] = cell + 1;
    }
    if (dl > 0 && !used[firstFree] && ++holeMisses > 8) {
      firstFree++;
      holeMisses = 0;
    }
    id[s] = b;
    if (b > maxId) maxId = b;
    if (dl === 0) freeId = b + 1; // states without deviations come last in a group: ids below are taken
  }
  if (quiet === order.length) firstReport = maxId + 1;

  const cellCount = maxId + width;
  const cells = new Int32Array(cellCount).fill(FREE);
  const ids = maxId + 1;
  const reportById = new Int32Array(ids);
  const outputById = new Int32Array(ids).fill(-1);
  const dictById = new Int32Array(ids);
  for (let s = 1; s < stateCount; s++) {
    const b = id[s]!;
    for (let d = devStart[s]!; d < devStart[s]! + devLen[s]!; d++) cells[b + poolCls[d]!] = (b << 16) | id[poolTo[d]!]!;
    reportById[b] = id[report[s]!]!;
    outputById[b] = output[s]!;
    dictById[b] = id[dictLink[s]!]!;
  }
  const root = new Int32Array(width);
  for (let c = 0; c < width; c++) root[c] = id[rootNext[c]!]!;
  return {
    mode: 'compact',
    ...shared,
    root,
    cells,
    firstReport,
    report: reportById,
    output: outputById,
    dictLink: dictById,
    rootRow: NONE,
    fail: NONE,
    edgeState: NONE,
    edgeClass: NONE,
    edgeChild: NONE,
    edgeMask: 0,
  };
}

function compileSparse(trie: Trie, shared: Shared): Automaton {
  const { stateCount, width, edgeHead, edgeNext, edgeCls, edgeTo, edgeCount, output } = trie;
  const fail = new Int32Array(stateCount);
  const report = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  // 3b. Sparse: hash the non-root edges, keep a dense root row, compute failure links.
  const rootRow = new Int32Array(width);
  let cap = 16;
  while (cap < edgeCount * 2) cap *= 2;
  const edgeState = new Int32Array(cap).fill(-1);
  const edgeClass = new Int32Array(cap);
  const edgeChild = new Int32Array(cap);
  const edgeMask = cap - 1;
  for (let s = 0; s < stateCount; s++) {
    for (let e = edgeHead[s]!; e !== -1; e = edgeNext[e]!) {
      if (s === 0) {
        rootRow[edgeCls[e]!] = edgeTo[e]!;
        continue;
      }
      let slot = edgeSlot(s, edgeCls[e]!, edgeMask);
      while (edgeState[slot] !== -1) slot = (slot + 1) & edgeMask;
      edgeState[slot] = s;
      edgeClass[slot] = edgeCls[e]!;
      edgeChild[slot] = edgeTo[e]!;
    }
  }
  const auto: Automaton = {
    mode: 'sparse',
    ...shared,
    root: NONE,
    cells: NONE,
    firstReport: 0,
    report,
    output: output.subarray(0, stateCount),
    dictLink,
    fail,
    rootRow,
    edgeState,
    edgeClass,
    edgeChild,
    edgeMask,
  };
  let head = 0;
  let tail = 0;
  for (let e = edgeHead[0]!; e !== -1; e = edgeNext[e]!) queue[tail++] = edgeTo[e]!;
  while (head < tail) {
    const s = queue[head++]!;
    const f = fail[s]!;
    for (let e = edgeHead[s]!; e !== -1; e = edgeNext[e]!) {
      const t = edgeTo[e]!;
      if (s !== 0) fail[t] = sparseNext(auto, f, edgeCls[e]!);
      queue[tail++] = t;
    }
    dictLink[s] = report[f]!;
    report[s] = output[s] !== -1 ? s : dictLink[s]!;
  }
  return auto;
}

/** One transition, for either mode (the hot loops inline the compact case). */
export function nextState(a: Automaton, s: number, cls: number): number {
  if (a.mode === 'compact') {
    const e = a.cells[s + cls]!;
    return e >>> 16 === s ? e & 0xffff : a.root[cls]!;
  }
  return cls === 0 ? 0 : sparseNext(a, s, cls);
}

/** Whether a state ends a pattern or has one on its suffix chain. */
export function reports(a: Automaton, s: number): boolean {
  return a.mode === 'compact' ? s >= a.firstReport : a.report[s] !== 0;
}

/**
 * Scan units[from, to) and append every occurrence (overlaps included) to
 * sink. End offsets are exclusive positions in `units`.
 */
export function scanUnits(auto: Automaton, units: Uint16Array, from: number, to: number, sink: MatchSink): void {
  if (auto.mode !== 'compact') {
    scanSparse(auto, units, from, to, sink);
    return;
  }
  const { classOf, cells, root, firstReport, report, output, dictLink } = auto;
  let s = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[units[i]!]!;
    const e = cells[s + cls]!;
    s = e >>> 16 === s ? e & 0xffff : root[cls]!;
    if (s >= firstReport) {
      for (let r = report[s]!; r !== 0; r = dictLink[r]!) {
        if (sink.count === sink.pattern.length) growSink(sink);
        sink.pattern[sink.count] = output[r]!;
        sink.end[sink.count] = i + 1;
        sink.count++;
      }
    }
  }
}

function scanSparse(auto: Automaton, units: Uint16Array, from: number, to: number, sink: MatchSink): void {
  const { classOf, report, output, dictLink } = auto;
  let s = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[units[i]!]!;
    // Class 0 = in no pattern: every state goes to the root.
    s = cls === 0 ? 0 : sparseNext(auto, s, cls);
    for (let r = report[s]!; r !== 0; r = dictLink[r]!) {
      if (sink.count === sink.pattern.length) growSink(sink);
      sink.pattern[sink.count] = output[r]!;
      sink.end[sink.count] = i + 1;
      sink.count++;
    }
  }
}

export interface RawMatch {
  pattern: number;
  start: number;
  end: number;
}

/** Convenience for tests and tools: all raw matches of a string, in scan order. */
export function findAll(auto: Automaton, text: string): RawMatch[] {
  const sink = createMatchSink();
  // Tests and tools only: copy to code units and reuse the one scan loop.
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  scanUnits(auto, units, 0, units.length, sink);
  const out: RawMatch[] = [];
  for (let k = 0; k < sink.count; k++) {
    const pattern = sink.pattern[k]!;
    const end = sink.end[k]!;
    out.push({ pattern, start: end - auto.patternLength[pattern]!, end });
  }
  return out;
}
