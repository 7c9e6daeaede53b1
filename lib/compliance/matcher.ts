import { DEFAULT_ALLOW_LIST } from './allow-list';
import { compileAutomaton, type Automaton } from './automaton';
import { categoryFromPath } from './category';
import type { ListingCategory, Severity, UserTerm } from './finding';
import { defaultLexicon, reasonText, resolveEntries, type Lexicon } from './lexicon';
import { NOTICE_PHRASES, PARAM_KEYS, PARAM_KEYWORDS } from './listing-rules';
import { normaliseTerm } from './normalise';

/**
 * Compiled matchers.
 *
 * The default matcher holds, in one automaton, every lexicon term plus the
 * default allow list, the notice phrases and the parameter keywords, so one
 * pass over a field finds all of them. It is compiled once per lexicon
 * version and cached.
 *
 * A merchant's own terms and allow list go into a second, small automaton
 * (cached by content), so changing settings never rebuilds the defaults.
 */

/** Pattern roles, as bit flags (one normalised phrase may play several roles). */
export const ROLE_TERM = 1;
export const ROLE_ALLOW = 2;
export const ROLE_NOTICE = 4;
export const ROLE_PARAM = 8;

export interface DefaultMatcher {
  readonly version: string;
  readonly lexicon: Lexicon;
  readonly automaton: Automaton;
  /** Role flags per pattern id. */
  readonly roles: Uint8Array;
  /** Lexicon entry indices per pattern id (empty for non-term patterns). */
  readonly entries: readonly (readonly number[])[];
  /** Parameter key index (into PARAM_KEYS) per pattern id, or -1. */
  readonly param: Int8Array;
  /** Whether a term must sit on letter/digit boundaries (it starts or ends with ASCII). */
  readonly boundary: Uint8Array;
  /** Pattern id by normalised pattern text. */
  readonly patternIndex: ReadonlyMap<string, number>;
  /** Resolutions already built, by category and switched-off parts (see resolution()). */
  readonly resolutions: Map<string, Resolution>;
}

/**
 * Which lexicon entry each term pattern reports in one listing category,
 * with some parts of the engine switched off: decided once per pattern when
 * first needed, not once per finding. Several entries can share a term
 * (减肥 as a global, food and cosmetics row); lexicon.resolveEntries picks one.
 */
export interface Resolution {
  /** Entry index (into lexicon.entries) per pattern id, or -1: not a term, or it does not apply here. */
  readonly entry: Int32Array;
  readonly severity: readonly Severity[];
  /** `word/<kind>` or `claim/<scope>/<kind>`, one string per pattern. */
  readonly ruleId: readonly string[];
  /** The entry's reason text, looked up once. */
  readonly reason: readonly string[];
}

export interface UserMatcherTerm {
  readonly term: string;
  readonly severity: Severity;
  readonly reason?: string;
  readonly suggestions: readonly string[];
  /** null = every category */
  readonly categories: ReadonlySet<ListingCategory> | null;
}

export interface UserMatcher {
  readonly automaton: Automaton;
  readonly roles: Uint8Array;
  /** 1 for allow phrases that are themselves a term: they excuse the term in any spelling. */
  readonly allowAnySpelling: Uint8Array;
  /** User term per pattern id, or null. */
  readonly terms: readonly (UserMatcherTerm | null)[];
  readonly boundary: Uint8Array;
}

interface Builder {
  patterns: string[];
  index: Map<string, number>;
}

function addPattern(b: Builder, normalised: string): number {
  let id = b.index.get(normalised);
  if (id === undefined) {
    id = b.patterns.length;
    b.patterns.push(normalised);
    b.index.set(normalised, id);
  }
  return id;
}

function isAsciiAlnum(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x61 && u <= 0x7a);
}

function boundaryFlags(patterns: readonly string[]): Uint8Array {
  const out = new Uint8Array(patterns.length);
  patterns.forEach((p, i) => {
    out[i] = isAsciiAlnum(p.charCodeAt(0)) || isAsciiAlnum(p.charCodeAt(p.length - 1)) ? 1 : 0;
  });
  return out;
}

/** Build the default matcher for a lexicon (uncached; see defaultMatcher). */
export function buildDefaultMatcher(lexicon: Lexicon): DefaultMatcher {
  const b: Builder = { patterns: [], index: new Map() };
  const roleList: number[] = [];
  const entryLists: number[][] = [];
  const paramList: number[] = [];
  const touch = (id: number): void => {
    while (roleList.length <= id) {
      roleList.push(0);
      entryLists.push([]);
      paramList.push(-1);
    }
  };
  lexicon.entries.forEach((entry, i) => {
    const id = addPattern(b, normaliseTerm(entry.term));
    touch(id);
    roleList[id]! |= ROLE_TERM;
    entryLists[id]!.push(i);
  });
  for (const phrase of DEFAULT_ALLOW_LIST) {
    const p = normaliseTerm(phrase);
    if (!p) continue;
    const id = addPattern(b, p);
    touch(id);
    roleList[id]! |= ROLE_ALLOW;
  }
  for (const phrase of NOTICE_PHRASES) {
    const id = addPattern(b, normaliseTerm(phrase));
    touch(id);
    // A disclaimer is also allow-listed: 「不能代替药物」 must not flag 药物.
    roleList[id]! |= ROLE_NOTICE | ROLE_ALLOW;
  }
  PARAM_KEYS.forEach((key, k) => {
    for (const word of PARAM_KEYWORDS[key]) {
      const id = addPattern(b, normaliseTerm(word));
      touch(id);
      roleList[id]! |= ROLE_PARAM;
      paramList[id] = k;
    }
  });
  const automaton = compileAutomaton(b.patterns);
  return {
    version: lexicon.version,
    lexicon,
    automaton,
    roles: Uint8Array.from(roleList),
    entries: entryLists,
    param: Int8Array.from(paramList),
    boundary: boundaryFlags(b.patterns),
    patternIndex: b.index,
    resolutions: new Map(),
  };
}

/** Resolutions kept per matcher; more distinct setting combinations than this start over. */
const MAX_RESOLUTIONS = 32;

/** The resolution of every pattern for a category and a set of switched-off parts (cached). */
export function resolution(dm: DefaultMatcher, category: ListingCategory, disabled: ReadonlySet<string>): Resolution {
  const key = disabled.size === 0 ? category : `${category}\u0000${[...disabled].sort().join('\u0000')}`;
  let res = dm.resolutions.get(key);
  if (res) return res;
  const count = dm.roles.length;
  const entry = new Int32Array(count).fill(-1);
  const severity: Severity[] = new Array<Severity>(count).fill('low');
  const ruleId: string[] = new Array<string>(count).fill('');
  const reason: string[] = new Array<string>(count).fill('');
  for (let id = 0; id < count; id++) {
    if ((dm.roles[id]! & ROLE_TERM) === 0) continue;
    const indices = dm.entries[id]!;
    const resolved = resolveEntries(dm.lexicon.entries, indices, category, disabled);
    if (!resolved) continue;
    entry[id] = indices.find((i) => dm.lexicon.entries[i] === resolved.entry)!;
    severity[id] = resolved.severity;
    reason[id] = reasonText(resolved.entry.reason);
    ruleId[id] = resolved.scope === 'global' ? `word/${resolved.entry.kind}` : `claim/${resolved.scope}/${resolved.entry.kind}`;
  }
  res = { entry, severity, ruleId, reason };
  if (dm.resolutions.size >= MAX_RESOLUTIONS) dm.resolutions.clear();
  dm.resolutions.set(key, res);
  return res;
}

let cachedDefault: DefaultMatcher | undefined;

/** The default matcher, compiled on first use and whenever the lexicon version changes. */
export function defaultMatcher(): DefaultMatcher {
  const lexicon = defaultLexicon();
  if (!cachedDefault || cachedDefault.version !== lexicon.version) cachedDefault = buildDefaultMatcher(lexicon);
  return cachedDefault;
}

/** Build a matcher for user terms and user allow-list phrases (uncached; see userMatcher). */
export function buildUserMatcher(
  userTerms: readonly UserTerm[],
  allowList: readonly string[],
  defaults: DefaultMatcher = defaultMatcher(),
): UserMatcher | null {
  const b: Builder = { patterns: [], index: new Map() };
  const roles: number[] = [];
  const terms: (UserMatcherTerm | null)[] = [];
  const touch = (id: number): void => {
    while (roles.length <= id) {
      roles.push(0);
      terms.push(null);
    }
  };
  for (const t of userTerms) {
    const p = normaliseTerm(t.term);
    if (!p) continue;
    const id = addPattern(b, p);
    touch(id);
    roles[id]! |= ROLE_TERM;
    const cats = t.categories?.length ? new Set(t.categories.map(categoryFromPath)) : null;
    // Last definition of a duplicated term wins, as in a settings list edited top to bottom.
    terms[id] = {
      term: p,
      severity: t.severity,
      ...(t.reason ? { reason: t.reason } : {}),
      suggestions: t.suggestions ?? [],
      categories: cats,
    };
  }
  const anySpelling: number[] = [];
  for (const phrase of allowList) {
    const p = typeof phrase === 'string' ? normaliseTerm(phrase) : '';
    if (!p) continue;
    const id = addPattern(b, p);
    touch(id);
    roles[id]! |= ROLE_ALLOW;
    const defaultId = defaults.patternIndex.get(p);
    const isTerm = (defaultId !== undefined && (defaults.roles[defaultId]! & ROLE_TERM) !== 0) || terms[id] !== null;
    if (isTerm) anySpelling[id] = 1;
  }
  if (b.patterns.length === 0) return null;
  const allowAnySpelling = new Uint8Array(b.patterns.length);
  anySpelling.forEach((v, i) => (allowAnySpelling[i] = v));
  return {
    automaton: compileAutomaton(b.patterns),
    roles: Uint8Array.from(roles),
    allowAnySpelling,
    terms,
    boundary: boundaryFlags(b.patterns),
  };
}

const USER_CACHE_SIZE = 8;
const userCache = new Map<string, UserMatcher | null>();

/** User matcher cached by content, so repeated lint calls with the same settings compile nothing. */
export function userMatcher(
  userTerms: readonly UserTerm[],
  allowList: readonly string[],
  defaults: DefaultMatcher = defaultMatcher(),
): UserMatcher | null {
  if (userTerms.length === 0 && allowList.length === 0) return null;
  const key = JSON.stringify([defaults.version, userTerms, allowList]);
  if (userCache.has(key)) {
    const hit = userCache.get(key) ?? null;
    // Refresh LRU position.
    userCache.delete(key);
    userCache.set(key, hit);
    return hit;
  }
  const built = buildUserMatcher(userTerms, allowList, defaults);
  userCache.set(key, built);
  if (userCache.size > USER_CACHE_SIZE) {
    const oldest = userCache.keys().next().value;
    if (oldest !== undefined) userCache.delete(oldest);
  }
  return built;
}
