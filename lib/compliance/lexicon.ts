import { SEVERITY_RANK, type ListingCategory, type Severity } from './finding';
import { LEXICON_ENTRIES, LEXICON_VERSION } from './lexicon-data';
import { lexiconSchema, type LexiconEntry, type LexiconScope } from './lexicon-schema';
import { REASONS, type ReasonKey } from './reasons';

export { lexiconEntrySchema, lexiconSchema, lexiconScopeSchema } from './lexicon-schema';
export type { LexiconEntry, LexiconEntryData, LexiconScope } from './lexicon-schema';

/**
 * The lexicon: banned or risky terms with where they apply, how bad they are,
 * why, and what to write instead. Data lives in lexicon-data.ts (generated
 * from the domain TSV by tools/generate-lexicon.ts); this module answers
 * "does this entry apply to this listing, and how severely".
 *
 * The shipped data is validated against lexiconSchema by the generator and
 * by the unit tests, not on every start: the MV3 service worker restarts
 * often, and re-validating static data would cost tens of milliseconds each
 * time. validateLexicon() is there for data from elsewhere.
 */

export interface Lexicon {
  readonly version: string;
  readonly entries: readonly LexiconEntry[];
}

const builtIn: Lexicon = { version: LEXICON_VERSION, entries: LEXICON_ENTRIES as readonly LexiconEntry[] };

/** The built-in lexicon (validated at generation and in tests). */
export function defaultLexicon(): Lexicon {
  return builtIn;
}

/** Validate lexicon data with zod; throws a ZodError listing every problem. */
export function validateLexicon(version: string, data: unknown): Lexicon {
  return { version, entries: lexiconSchema.parse(data) };
}

export function reasonText(key: ReasonKey): string {
  return REASONS[key];
}

/** Scope through which an entry applies to a category, or null when it does not apply. */
export function applicableScope(
  entry: LexiconEntry,
  category: ListingCategory,
  disabled: ReadonlySet<string>,
): LexiconScope | null {
  if (disabled.size > 0 && disabled.has(entry.kind)) return null;
  let found: LexiconScope | null = null;
  for (const scope of entry.scope) {
    if (disabled.has(scope)) continue;
    // A category-specific scope is the more precise explanation, so prefer it over global.
    if (scope === category) return scope;
    if (scope === 'global') found = scope;
  }
  return found;
}

export function severityFor(entry: LexiconEntry, category: ListingCategory): Severity {
  return entry.severityIn?.[category] ?? entry.severity;
}

export interface ResolvedEntry {
  entry: LexiconEntry;
  scope: LexiconScope;
  severity: Severity;
}

/**
 * Of the entries that share a term (e.g. 减肥 as global, food and cosmetics
 * rows), pick the one to report: the most severe, then the most specific.
 */
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
