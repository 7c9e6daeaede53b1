import { addAllowSpan, bridgesGap, createAllowSpans, isAllowed } from './allow-list';
import { createMatchSink, scanUnits, type MatchSink } from './automaton';
import { categoryFromPath } from './category';
import {
  FIELD_ORDER,
  lintSettingsSchema,
  userTermSchema,
  type Field,
  type Finding,
  type LintRequest,
  type LintSettings,
  type LintSettingsInput,
  type ListingCategory,
} from './finding';
import { isAdviceLike } from './lexicon-schema';
import type { LexiconEntry } from './lexicon';
import {
  FIELD_LIMITS,
  lengthFinding,
  measureWidth,
  noticeFinding,
  PARAM_KEYS,
  paramFindings,
  preview,
  repeatedWords,
  repetitionFinding,
  type ParamKey,
} from './listing-rules';
import {
  defaultMatcher,
  resolution,
  ROLE_ALLOW,
  ROLE_NOTICE,
  ROLE_PARAM,
  ROLE_TERM,
  userMatcher,
  type DefaultMatcher,
  type Resolution,
  type UserMatcher,
  type UserMatcherTerm,
} from './matcher';
import { createNormBuffer, isAsciiDigit, isAsciiLetter, normaliseAndScan, type NormBuffer } from './normalise';

/**
 * lintListing: the one entry point the background worker calls.
 *
 * Per field: normalise (with offset map) → one pass of the default automaton
 * (terms, allow list, notices, parameters) → one pass of the user automaton
 * if the merchant has terms or allow phrases → drop matches that do not apply
 * to the category, sit inside an allow-listed phrase or inside a longer match
 * → findings at original offsets. Then the structural listing rules.
 * Whether a term applies to the category, and with which entry, severity and
 * rule id, is looked up per pattern (matcher.resolution), not worked out per
 * match.
 */

/** Longest field we scan. Longer input is cut here and reported, never thrown on. */
export const MAX_FIELD_LENGTH = 20_000;

// Scratch buffers reused across calls: lint is synchronous, so one set suffices.
const buf: NormBuffer = createNormBuffer(4096);
const sink: MatchSink = createMatchSink(256);
const userSink: MatchSink = createMatchSink(64);
const allow = createAllowSpans(64);

interface Context {
  category: ListingCategory;
  disabled: ReadonlySet<string>;
  dm: DefaultMatcher;
  /** Entry, severity and rule id per default pattern for this category and these settings. */
  res: Resolution;
  um: UserMatcher | null;
}

/**
 * Term candidates of one field, in parallel typed arrays (no object per
 * match): normalised span, pattern id, and whether it is a user pattern.
 */
interface Candidates {
  s: Int32Array;
  e: Int32Array;
  id: Int32Array;
  user: Uint8Array;
  count: number;
}

const cand: Candidates = {
  s: new Int32Array(256),
  e: new Int32Array(256),
  id: new Int32Array(256),
  user: new Uint8Array(256),
  count: 0,
};

function addCandidate(c: Candidates, s: number, e: number, id: number, user: number): void {
  if (c.count === c.s.length) {
    const cap = c.count * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    c.s = grow(c.s, (n) => new Int32Array(n));
    c.e = grow(c.e, (n) => new Int32Array(n));
    c.id = grow(c.id, (n) => new Int32Array(n));
    c.user = grow(c.user, (n) => new Uint8Array(n));
  }
  const k = c.count++;
  c.s[k] = s;
  c.e[k] = e;
  c.id[k] = id;
  c.user[k] = user;
}

let order = new Int32Array(256);

/** Reading order: by start, longer first, user terms before lexicon terms at the same span. */
function before(c: Candidates, a: number, b: number): boolean {
  const ds = c.s[a]! - c.s[b]!;
  if (ds !== 0) return ds < 0;
  const de = c.e[b]! - c.e[a]!;
  if (de !== 0) return de < 0;
  const du = c.user[b]! - c.user[a]!;
  return du !== 0 ? du < 0 : a < b;
}

/** Insertion sort of order[from, to): the scan reports matches by end, so they are nearly in start order already. */
function insertionSort(c: Candidates, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = order[i]!;
    let j = i;
    while (j > from && before(c, x, order[j - 1]!)) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = x;
  }
}

/**
 * Candidate indices in reading order. Lexicon candidates (first) and user
 * candidates (after them) are each nearly sorted, so each is insertion-sorted
 * (a match is out of order only against the few matches it overlaps) and the
 * two runs are merged. (start, end, user) never repeats (one pattern per
 * normalised text and automaton), so the order is total and stable.
 */
function sortCandidates(c: Candidates, userFrom: number): Int32Array {
  const count = c.count;
  if (order.length < 2 * count) order = new Int32Array(2 * count);
  for (let k = 0; k < count; k++) order[k] = k;
  insertionSort(c, 0, userFrom);
  insertionSort(c, userFrom, count);
  if (userFrom === 0 || userFrom === count) return order;
  // Merge the two runs into the upper half of the scratch array, then copy down.
  let i = 0;
  let j = userFrom;
  let k = count;
  while (i < userFrom && j < count) order[k++] = before(c, order[j]!, order[i]!) ? order[j++]! : order[i++]!;
  while (i < userFrom) order[k++] = order[i++]!;
  while (j < count) order[k++] = order[j++]!;
  order.copyWithin(0, count, 2 * count);
  return order;
}

/** Settings may come from storage written by an older version: keep every part that still validates. */
export function readSettings(input: unknown): LintSettings {
  const parsed = lintSettingsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const strings = (v: unknown, max: number): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length <= 64).slice(0, max) : [];
  const userTerms = Array.isArray(raw.userTerms)
    ? raw.userTerms.flatMap((t) => {
        const r = userTermSchema.safeParse(t);
        return r.success ? [r.data] : [];
      })
    : [];
  const settings: LintSettings = {
    userTerms: userTerms.slice(0, 2000),
    allowList: strings(raw.allowList, 5000),
    disabledCategories: strings(raw.disabledCategories, 100),
  };
  if (typeof raw.defaultCategory === 'string') settings.defaultCategory = raw.defaultCategory.slice(0, 200);
  return settings;
}

function failsBoundary(units: Uint16Array, length: number, s: number, e: number): boolean {
  // ASCII terms (vx, qq, top1, 100%) must not match inside a longer word or number.
  const first = units[s]!;
  const last = units[e - 1]!;
  if (s > 0) {
    const prev = units[s - 1]!;
    if ((isAsciiLetter(first) && isAsciiLetter(prev)) || (isAsciiDigit(first) && isAsciiDigit(prev))) return true;
  }
  if (e < length) {
    const next = units[e]!;
    if ((isAsciiLetter(last) && isAsciiLetter(next)) || (isAsciiDigit(last) && isAsciiDigit(next))) return true;
  }
  return false;
}

/**
 * A merchant's own term as a finding. Findings are built as object literals of
 * a fixed shape (no intermediate object, no spread), so every finding the hot
 * path creates shares one hidden class per kind.
 */
function userFinding(field: Field, original: string, start: number, end: number, term: string, user: UserMatcherTerm): Finding {
  return {
    start,
    end,
    field,
    text: preview(original, start, end),
    ruleId: 'user/term',
    kind: 'user',
    severity: user.severity,
    reason: user.reason ?? '这是你在设置中添加的自定义敏感词。',
    // The merchant wrote these as replacements; anything that reads as advice is shown, not applied.
    replacements: user.suggestions.filter((x) => !isAdviceLike(x)),
    advice: user.suggestions.filter((x) => isAdviceLike(x)),
    term,
  };
}

/** A lexicon term as a finding, with the entry's severity, rule id and reason resolved for this category. */
function lexiconFinding(
  field: Field,
  original: string,
  start: number,
  end: number,
  term: string,
  entry: LexiconEntry,
  severity: Finding['severity'],
  ruleId: string,
  baseReason: string,
): Finding {
  const text = preview(original, start, end);
  const reason = text === entry.term ? baseReason : `${baseReason}（原文写作“${text}”，按“${entry.term}”识别。）`;
  const replacements = entry.replacements.slice();
  const advice = [entry.advice];
  // Two literals rather than a spread: the same keys in the same order as before.
  return entry.deletable
    ? { start, end, field, text, ruleId, kind: entry.kind, severity, reason, replacements, advice, deletable: true, term }
    : { start, end, field, text, ruleId, kind: entry.kind, severity, reason, replacements, advice, term };
}

function lintField(field: Field, original: string, ctx: Context, out: Finding[]): void {
  let cut = original.length;
  if (cut > MAX_FIELD_LENGTH) {
    cut = MAX_FIELD_LENGTH;
    const c = original.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
    out.push({
      start: cut,
      end: original.length,
      field,
      text: preview(original, cut, original.length),
      ruleId: 'input/truncated',
      kind: 'input',
      severity: 'low',
      reason: `内容有${original.length}个字符，超过检查上限${MAX_FIELD_LENGTH}，只检查了前${MAX_FIELD_LENGTH}个字符。`,
      replacements: [],
      advice: ['缩短内容后重新检查'],
    });
  }

  const { dm, um } = ctx;
  const limit = FIELD_LIMITS[field];
  normaliseAndScan(original, buf, dm.automaton, sink, 0, cut, limit);
  const measured = cut === original.length ? buf : measureWidth(original, limit);
  const length = lengthFinding(field, original, measured.width, measured.overflowAt);
  if (length) out.push(length);

  const units = buf.units;
  const n = buf.length;
  userSink.count = 0;
  if (um) scanUnits(um.automaton, units, 0, n, userSink);

  // Pass 1: allow spans, notices and parameters.
  allow.count = 0;
  let hasDisclaimer = false;
  let params = 0; // bit k: PARAM_KEYS[k] is mentioned
  const dmLen = dm.automaton.patternLength;
  const dmRoles = dm.roles;
  for (let k = 0; k < sink.count; k++) {
    const id = sink.pattern[k]!;
    const roles = dmRoles[id]!;
    if (roles === ROLE_TERM) continue;
    const e = sink.end[k]!;
    const s = e - dmLen[id]!;
    if (roles & ROLE_ALLOW) addAllowSpan(allow, s, e, bridgesGap(buf, s, e));
    if (roles & ROLE_NOTICE) hasDisclaimer = true;
    if (roles & ROLE_PARAM) params |= 1 << dm.param[id]!;
  }
  if (um) {
    const umLen = um.automaton.patternLength;
    for (let k = 0; k < userSink.count; k++) {
      const id = userSink.pattern[k]!;
      if ((um.roles[id]! & ROLE_ALLOW) === 0) continue;
      const e = userSink.end[k]!;
      const s = e - umLen[id]!;
      addAllowSpan(allow, s, e, um.allowAnySpelling[id] === 0 && bridgesGap(buf, s, e));
    }
  }

  // Pass 2: term candidates that apply to this listing and are not allow-listed.
  // Whether a pattern applies here was resolved once per pattern (ctx.res).
  cand.count = 0;
  const resEntry = ctx.res.entry;
  const dmBoundary = dm.boundary;
  for (let k = 0; k < sink.count; k++) {
    const id = sink.pattern[k]!;
    if (resEntry[id]! < 0) continue; // not a term, or not one that applies to this category
    const e = sink.end[k]!;
    const s = e - dmLen[id]!;
    if (dmBoundary[id] && failsBoundary(units, n, s, e)) continue;
    if (allow.count > 0 && isAllowed(allow, s, e)) continue;
    addCandidate(cand, s, e, id, 0);
  }
  const userFrom = cand.count;
  if (um && !ctx.disabled.has('user')) {
    const umLen = um.automaton.patternLength;
    for (let k = 0; k < userSink.count; k++) {
      const id = userSink.pattern[k]!;
      const user = um.terms[id];
      if (!user) continue;
      if (user.categories && !user.categories.has(ctx.category)) continue;
      const e = userSink.end[k]!;
      const s = e - umLen[id]!;
      if (um.boundary[id] && failsBoundary(units, n, s, e)) continue;
      if (allow.count > 0 && isAllowed(allow, s, e)) continue;
      addCandidate(cand, s, e, id, 1);
    }
  }

  // Longest match wins: drop a candidate lying inside an earlier (longer or
  // equal, user first) one. Partial overlaps are both kept: each is evidence.
  if (cand.count > 0) {
    const sorted = sortCandidates(cand, userFrom);
    const entries = dm.lexicon.entries;
    const { severity, ruleId, reason } = ctx.res;
    let maxEnd = -1;
    for (let j = 0; j < cand.count; j++) {
      const k = sorted[j]!;
      const e = cand.e[k]!;
      if (e <= maxEnd) continue;
      maxEnd = e;
      const s = cand.s[k]!;
      const id = cand.id[k]!;
      const start = buf.start[s]!;
      const end = buf.end[e - 1]!;
      if (cand.user[k]) {
        out.push(userFinding(field, original, start, end, um!.automaton.patterns[id]!, um!.terms[id]!));
      } else {
        const entry = entries[resEntry[id]!]!;
        out.push(lexiconFinding(field, original, start, end, dm.automaton.patterns[id]!, entry, severity[id]!, ruleId[id]!, reason[id]!));
      }
    }
  }

  if (field === 'title') {
    for (const word of repeatedWords(units, n)) {
      const p = word.positions[2]!;
      const len = word.word.length;
      out.push(repetitionFinding(original, word, buf.start[p]!, buf.end[p + len - 1]!));
    }
  }

  if (field === 'detail' && /\S/.test(original)) {
    const notice = noticeFinding(ctx.category, hasDisclaimer);
    if (notice) out.push(notice);
    const found = new Set<ParamKey>();
    PARAM_KEYS.forEach((key, k) => {
      if (params & (1 << k)) found.add(key);
    });
    out.push(...paramFindings(ctx.category, found));
  }
}

/**
 * Stable sort of one field's findings, out[from, to), by start, end, rule id.
 * The word findings arrive in start order; only the few structural ones
 * (length, repetition, notices, parameters) are out of place, so an
 * insertion sort is linear here, and gives the same order as a stable sort
 * with compareFindings.
 */
function sortField(out: Finding[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = out[i]!;
    let j = i;
    while (j > from) {
      const y = out[j - 1]!;
      const d = x.start - y.start || x.end - y.end;
      if (d > 0 || (d === 0 && x.ruleId >= y.ruleId)) break;
      out[j] = y;
      j--;
    }
    out[j] = x;
  }
}

function isDisabled(f: Finding, disabled: ReadonlySet<string>): boolean {
  if (disabled.size === 0) return false;
  const head = f.ruleId.slice(0, f.ruleId.indexOf('/') >>> 0);
  return disabled.has(f.kind) || disabled.has(head);
}

/**
 * Lint a listing. Fields that are absent (or not strings) are skipped.
 * Never throws: hostile input is capped and reported as findings.
 * Findings are sorted by field (title, shortTitle, sellingPoint, detail), then start.
 */
export function lintListing(request: LintRequest, settings?: LintSettingsInput): Finding[] {
  try {
    return lintUnchecked(request, settings);
  } catch (error) {
    // Defensive net: a bug must degrade to a visible hint, not break the worker.
    return [
      {
        start: 0,
        end: 0,
        field: 'title',
        text: '',
        ruleId: 'input/internal-error',
        kind: 'input',
        severity: 'low',
        reason: `检查过程中出现内部错误，本次结果可能不完整：${String(error).slice(0, 200)}`,
        replacements: [],
        advice: ['稍后重试；如果反复出现，请反馈给插件作者'],
      },
    ];
  }
}

function lintUnchecked(request: LintRequest, settingsInput?: LintSettingsInput): Finding[] {
  const req: Partial<Record<string, unknown>> = typeof request === 'object' && request !== null ? request : {};
  const settings = readSettings(settingsInput);
  const rawCategory = typeof req.category === 'string' && req.category.trim() !== '' ? req.category : settings.defaultCategory;
  const dm = defaultMatcher();
  const category = rawCategory ? categoryFromPath(rawCategory) : 'general';
  const disabled = new Set(settings.disabledCategories ?? []);
  const ctx: Context = {
    category,
    disabled,
    dm,
    res: resolution(dm, category, disabled),
    um: userMatcher(settings.userTerms, settings.allowList, dm),
  };
  const out: Finding[] = [];
  for (const field of FIELD_ORDER) {
    const value = req[field];
    if (typeof value !== 'string') continue;
    const from = out.length;
    lintField(field, value, ctx, out);
    sortField(out, from, out.length);
  }
  // Fields were linted in FIELD_ORDER and each is sorted: `out` is sorted by field, start, end, rule id.
  return ctx.disabled.size > 0 ? out.filter((f) => !isDisabled(f, ctx.disabled)) : out;
}
