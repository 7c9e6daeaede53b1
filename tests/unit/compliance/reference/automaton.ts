/**
 * REFERENCE ENGINE (test-only): lib/compliance/automaton.ts frozen as of commit 08dd88c, before
 * the compact automaton. The differential test (engine-differential.test.ts) checks that
 * the shipped engine finds exactly what this one finds, at the same offsets.
 * Do not optimise or fix this copy: its value is that it does not change.
 */
/**
 * Aho–Corasick over UTF-16 code units.
 *
 * Dense mode (the default lexicon): a flat, fully resolved transition table
 * (a DFA), so scanning is one table read per code unit and never follows
 * failure links. Product copy is mostly characters that occur in no term, so
 * every code unit is first mapped to a compact class (0 = "in no pattern")
 * through a 64K Uint16Array; the table is states × classes, Uint16 when it
 * fits. For ~700 patterns that is about 2 MB and compiles in a few ms by
 * copying each state's failure row (copyWithin) and patching its own edges,
 * in breadth-first order.
 *
 * Sparse mode: states × classes grows with the square of the input, so a
 * very large pattern list (a merchant pasting thousands of words) would need
 * gigabytes. Above DENSE_BUDGET table cells the automaton keeps only the
 * trie edges in a hash table plus failure links, which is linear in size and
 * a little slower to scan.
 */

/** Largest dense table, in cells (Uint16: 2 bytes each). The default lexicon needs about 1.1M. */
const DENSE_BUDGET = 4_000_000;
/** Class ids must fit the Uint16 class table; 0 is "in no pattern". */
const MAX_CLASSES = 0xffff;

export interface Automaton {
  readonly mode: 'dense' | 'sparse';
  /** Patterns in id order (duplicates and empty strings were never added). */
  readonly patterns: readonly string[];
  /** Length in code units of each pattern, by pattern id. */
  readonly patternLength: Int32Array;
  /** Code unit → class. */
  readonly classOf: Uint16Array;
  /** Number of classes (row width). */
  readonly width: number;
  /** Dense mode: next = delta[state * width + class]. Empty in sparse mode. */
  readonly delta: Uint16Array | Int32Array;
  /** First state on the suffix chain (itself included) that ends a pattern, or 0. */
  readonly report: Int32Array;
  /** Pattern id ending exactly at a state, or -1. */
  readonly output: Int32Array;
  /** Next state on the suffix chain that ends a pattern, or 0. */
  readonly dictLink: Int32Array;
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
  /** Force a mode (tests); by default dense unless the table would exceed the budget. */
  mode?: 'dense' | 'sparse';
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

  const mode = options.mode ?? (stateCount * width <= DENSE_BUDGET ? 'dense' : 'sparse');
  const fail = new Int32Array(stateCount);
  const report = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  const base = { patterns, patternLength, classOf, width, output: output.subarray(0, stateCount), stateCount, report, dictLink };

  if (mode === 'dense') {
    // 3a. Dense DFA in BFS order: row(s) = row(fail(s)) patched with s's own edges.
    const size = stateCount * width;
    const delta: Uint16Array | Int32Array = stateCount <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
    let head = 0;
    let tail = 0;
    for (let e = edgeHead[0]!; e !== -1; e = edgeNext[e]!) {
      const t = edgeTo[e]!;
      delta[edgeCls[e]!] = t;
      queue[tail++] = t;
    }
    while (head < tail) {
      const s = queue[head++]!;
      const f = fail[s]!;
      const row = s * width;
      delta.copyWithin(row, f * width, f * width + width);
      for (let e = edgeHead[s]!; e !== -1; e = edgeNext[e]!) {
        const t = edgeTo[e]!;
        const cls = edgeCls[e]!;
        // The failure of t is where f goes on cls; f's row is complete (BFS).
        fail[t] = delta[f * width + cls]!;
        delta[row + cls] = t;
        queue[tail++] = t;
      }
      // Suffix links for reporting: computed when s is dequeued, after fail(s).
      dictLink[s] = report[f]!;
      report[s] = output[s] !== -1 ? s : dictLink[s]!;
    }
    const none = new Int32Array(0);
    return {
      mode,
      ...base,
      delta,
      fail,
      rootRow: none,
      edgeState: none,
      edgeClass: none,
      edgeChild: none,
      edgeMask: 0,
    };
  }

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
    mode,
    ...base,
    delta: new Uint16Array(0),
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

/** One transition, for either mode (the hot loops inline the dense case). */
export function nextState(a: Automaton, s: number, cls: number): number {
  if (cls === 0) return 0;
  return a.mode === 'dense' ? a.delta[s * a.width + cls]! : sparseNext(a, s, cls);
}

/**
 * Scan units[from, to) and append every occurrence (overlaps included) to
 * sink. End offsets are exclusive positions in `units`.
 */
export function scanUnits(auto: Automaton, units: Uint16Array, from: number, to: number, sink: MatchSink): void {
  const { classOf, delta, width, report, output, dictLink } = auto;
  const dense = auto.mode === 'dense';
  let s = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[units[i]!]!;
    // Class 0 = in no pattern: every state goes to the root, no table read needed.
    s = cls === 0 ? 0 : dense ? delta[s * width + cls]! : sparseNext(auto, s, cls);
    let r = report[s]!;
    while (r !== 0) {
      if (sink.count === sink.pattern.length) growSink(sink);
      sink.pattern[sink.count] = output[r]!;
      sink.end[sink.count] = i + 1;
      sink.count++;
      r = dictLink[r]!;
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
