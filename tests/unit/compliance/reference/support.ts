/**
 * Frozen copies of the helpers the reference engine used from shared
 * modules that the fast engine replaces or may change: allow spans, the
 * per-finding lexicon resolution, and the title repetition rule.
 */
import { SEVERITY_RANK, type ListingCategory, type Severity } from '../../../../lib/compliance/finding';
import type { LexiconEntry, LexiconScope } from '../../../../lib/compliance/lexicon';
import type { NormBuffer } from './normalise';

export interface AllowSpans {
  start: Int32Array;
  end: Int32Array;
  bridging: Uint8Array;
  count: number;
}

export function createAllowSpans(capacity = 64): AllowSpans {
  return { start: new Int32Array(capacity), end: new Int32Array(capacity), bridging: new Uint8Array(capacity), count: 0 };
}

export function addAllowSpan(spans: AllowSpans, start: number, end: number, bridging: boolean): void {
  if (spans.count === spans.start.length) {
    const cap = spans.count * 2;
    const s = new Int32Array(cap);
    s.set(spans.start);
    const e = new Int32Array(cap);
    e.set(spans.end);
    const b = new Uint8Array(cap);
    b.set(spans.bridging);
    spans.start = s;
    spans.end = e;
    spans.bridging = b;
  }
  spans.start[spans.count] = start;
  spans.end[spans.count] = end;
  spans.bridging[spans.count] = bridging ? 1 : 0;
  spans.count++;
}

function gapBefore(buf: NormBuffer, k: number): boolean {
  return k > 0 && buf.start[k]! > buf.end[k - 1]!;
}

export function bridgesGap(buf: NormBuffer, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (gapBefore(buf, i)) return true;
  return false;
}

export function isAllowed(spans: AllowSpans, start: number, end: number): boolean {
  for (let k = 0; k < spans.count; k++) {
    const s = spans.start[k]!;
    const e = spans.end[k]!;
    if (s <= start && end <= e && spans.bridging[k] === 0) return true;
  }
  return false;
}

function applicableScope(entry: LexiconEntry, category: ListingCategory, disabled: ReadonlySet<string>): LexiconScope | null {
  if (disabled.size > 0 && disabled.has(entry.kind)) return null;
  let found: LexiconScope | null = null;
  for (const scope of entry.scope) {
    if (disabled.has(scope)) continue;
    if (scope === category) return scope;
    if (scope === 'global') found = scope;
  }
  return found;
}

function severityFor(entry: LexiconEntry, category: ListingCategory): Severity {
  return entry.severityIn?.[category] ?? entry.severity;
}

export interface ResolvedEntry {
  entry: LexiconEntry;
  scope: LexiconScope;
  severity: Severity;
}

export function resolveEntries(
  entries: readonly LexiconEntry[],
  indices: readonly number[],
  category: ListingCategory,
  disabled: ReadonlySet<string>,
): ResolvedEntry | null {
  let best: ResolvedEntry | null = null;
  for (const i of indices) {
    const entry = entries[i];
    if (!entry) continue;
    const scope = applicableScope(entry, category, disabled);
    if (!scope) continue;
    const severity = severityFor(entry, category);
    if (
      !best ||
      SEVERITY_RANK[severity] > SEVERITY_RANK[best.severity] ||
      (SEVERITY_RANK[severity] === SEVERITY_RANK[best.severity] && best.scope === 'global' && scope !== 'global')
    ) {
      best = { entry, scope, severity };
    }
  }
  return best;
}

const MAX_REPEAT_SCAN = 200;
const MAX_WORD = 8;
const MIN_REPEATS = 3;

function isHan(u: number): boolean {
  return (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
}

export interface RepeatedWord {
  word: string;
  positions: number[];
}

/** The repetition rule without its bigram prefilter: the prefilter must never change the answer. */
export function repeatedWords(units: Uint16Array, length: number): RepeatedWord[] {
  const len = Math.min(length, MAX_REPEAT_SCAN);
  const found: RepeatedWord[] = [];
  for (let n = Math.min(MAX_WORD, Math.floor(len / MIN_REPEATS)); n >= 2; n--) {
    const seen = new Map<string, number[]>();
    for (let i = 0; i + n <= len; i++) {
      let ok = true;
      for (let k = i; k < i + n; k++) {
        if (!isHan(units[k]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const word = String.fromCharCode(...units.subarray(i, i + n));
      const positions = seen.get(word);
      if (!positions) seen.set(word, [i]);
      else if (i >= positions[positions.length - 1]! + n) positions.push(i);
    }
    for (const [word, positions] of seen) {
      if (positions.length < MIN_REPEATS) continue;
      if (found.some((f) => f.word.includes(word))) continue;
      found.push({ word, positions });
    }
  }
  return found;
}
