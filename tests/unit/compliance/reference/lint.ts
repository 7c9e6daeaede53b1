/**
 * REFERENCE ENGINE (test-only): lib/compliance/lint.ts frozen as of commit 08dd88c, before
 * the compact automaton. The differential test (engine-differential.test.ts) checks that
 * the shipped engine finds exactly what this one finds, at the same offsets.
 * Do not optimise or fix this copy: its value is that it does not change.
 */
import { addAllowSpan, bridgesGap, createAllowSpans, isAllowed, repeatedWords, resolveEntries, type ResolvedEntry } from './support';
import { createMatchSink, scanUnits, type MatchSink } from './automaton';
import { categoryFromPath } from '../../../../lib/compliance/category';
import {
  FIELD_ORDER,
  lintSettingsSchema,
  SEVERITY_RANK,
  userTermSchema,
  type Field,
  type Finding,
  type LintRequest,
  type LintSettings,
  type LintSettingsInput,
  type ListingCategory,
} from '../../../../lib/compliance/finding';
import {
  FIELD_LIMITS,
  lengthFinding,
  measureWidth,
  noticeFinding,
  PARAM_KEYS,
  paramFindings,
  preview,
  repetitionFinding,
  type ParamKey,
} from '../../../../lib/compliance/listing-rules';
import {
  defaultMatcher,
  ROLE_ALLOW,
  ROLE_NOTICE,
  ROLE_PARAM,
  ROLE_TERM,
  userMatcher,
  type DefaultMatcher,
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
 */

/** Longest field we scan. Longer input is cut here and reported, never thrown on. */
export const MAX_FIELD_LENGTH = 20_000;

const FIELD_RANK: Readonly<Record<Field, number>> = Object.fromEntries(FIELD_ORDER.map((f, i) => [f, i])) as Record<
  Field,
  number
>;

// Scratch buffers reused across calls: lint is synchronous, so one set suffices.
const buf: NormBuffer = createNormBuffer(4096);
const sink: MatchSink = createMatchSink(256);
const userSink: MatchSink = createMatchSink(64);
const allow = createAllowSpans(64);

interface Context {
  category: ListingCategory;
  disabled: ReadonlySet<string>;
  dm: DefaultMatcher;
  um: UserMatcher | null;
}

interface Candidate {
  /** Normalised unit span. */
  s: number;
  e: number;
  rank: number;
  user: UserMatcherTerm | null;
  resolved: ResolvedEntry | null;
  term: string;
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

function lexiconFinding(field: Field, original: string, start: number, end: number, c: Candidate): Finding {
  const text = preview(original, start, end);
  if (c.user) {
    return {
      start,
      end,
      field,
      text,
      ruleId: 'user/term',
      kind: 'user',
      severity: c.user.severity,
      // Wording is compared elsewhere; the reference decides what is found and where.
      reason: '',
      replacements: [], advice: [],
      term: c.term,
    };
  }
  const { entry, scope, severity } = c.resolved!;
  return {
    start,
    end,
    field,
    text,
    ruleId: scope === 'global' ? `word/${entry.kind}` : `claim/${scope}/${entry.kind}`,
    kind: entry.kind,
    severity,
    reason: '',
    replacements: [], advice: [],
    term: c.term,
  };
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
      replacements: [], advice: ['缩短内容后重新检查'],
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
  let params: Set<ParamKey> | null = null;
  const dmLen = dm.automaton.patternLength;
  for (let k = 0; k < sink.count; k++) {
    const id = sink.pattern[k]!;
    const roles = dm.roles[id]!;
    if (roles === ROLE_TERM) continue;
    const e = sink.end[k]!;
    const s = e - dmLen[id]!;
    if (roles & ROLE_ALLOW) addAllowSpan(allow, s, e, bridgesGap(buf, s, e));
    if (roles & ROLE_NOTICE) hasDisclaimer = true;
    if (roles & ROLE_PARAM) (params ??= new Set()).add(PARAM_KEYS[dm.param[id]!]!);
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
  const candidates: Candidate[] = [];
  for (let k = 0; k < sink.count; k++) {
    const id = sink.pattern[k]!;
    if ((dm.roles[id]! & ROLE_TERM) === 0) continue;
    const e = sink.end[k]!;
    const s = e - dmLen[id]!;
    if (dm.boundary[id] && failsBoundary(units, n, s, e)) continue;
    const resolved = resolveEntries(dm.lexicon.entries, dm.entries[id]!, ctx.category, ctx.disabled);
    if (!resolved) continue;
    if (allow.count > 0 && isAllowed(allow, s, e)) continue;
    candidates.push({ s, e, rank: SEVERITY_RANK[resolved.severity], user: null, resolved, term: dm.automaton.patterns[id]! });
  }
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
      candidates.push({ s, e, rank: SEVERITY_RANK[user.severity], user, resolved: null, term: um.automaton.patterns[id]! });
    }
  }

  // Longest match wins: drop a candidate lying inside an earlier (longer or
  // equal, user first) one. Partial overlaps are both kept: each is evidence.
  if (candidates.length > 1) {
    candidates.sort((a, b) => a.s - b.s || b.e - a.e || (a.user ? 0 : 1) - (b.user ? 0 : 1) || b.rank - a.rank);
  }
  let maxEnd = -1;
  for (const c of candidates) {
    if (c.e <= maxEnd) continue;
    maxEnd = c.e;
    out.push(lexiconFinding(field, original, buf.start[c.s]!, buf.end[c.e - 1]!, c));
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
    out.push(...paramFindings(ctx.category, params ?? new Set()));
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    FIELD_RANK[a.field] - FIELD_RANK[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
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
        replacements: [], advice: ['稍后重试；如果反复出现，请反馈给插件作者'],
      },
    ];
  }
}

function lintUnchecked(request: LintRequest, settingsInput?: LintSettingsInput): Finding[] {
  const req: Partial<Record<string, unknown>> = typeof request === 'object' && request !== null ? request : {};
  const settings = readSettings(settingsInput);
  const rawCategory = typeof req.category === 'string' && req.category.trim() !== '' ? req.category : settings.defaultCategory;
  const dm = defaultMatcher();
  const ctx: Context = {
    category: rawCategory ? categoryFromPath(rawCategory) : 'general',
    disabled: new Set(settings.disabledCategories ?? []),
    dm,
    um: userMatcher(settings.userTerms, settings.allowList, dm),
  };
  const out: Finding[] = [];
  for (const field of FIELD_ORDER) {
    const value = req[field];
    if (typeof value === 'string') lintField(field, value, ctx, out);
  }
  const findings = ctx.disabled.size > 0 ? out.filter((f) => !isDisabled(f, ctx.disabled)) : out;
  return findings.sort(compareFindings);
}
