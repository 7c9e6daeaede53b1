/**
 * Compliance engine: banned words and listing rules for Kuaishou listings.
 * Pure code, no DOM and no browser APIs, so the background worker, the UI
 * and tests can all import it.
 */
export { lintListing, readSettings, MAX_FIELD_LENGTH } from './lint';
export { categoryFromPath } from './category';
export {
  findingSchema,
  lintRequestSchema,
  lintSettingsSchema,
  userTermSchema,
  severitySchema,
  listingCategorySchema,
  fieldSchema,
  findingKindSchema,
  termKindSchema,
  KIND_LABELS,
  SEVERITY_LABELS,
  type Finding,
  type FindingKind,
  type Field,
  type LintRequest,
  type LintSettings,
  type LintSettingsInput,
  type ListingCategory,
  type Severity,
  type TermKind,
  type UserTerm,
} from './finding';
export { defaultLexicon, lexiconEntrySchema, lexiconSchema, validateLexicon, type Lexicon, type LexiconEntry } from './lexicon';
export { LEXICON_VERSION } from './lexicon-data';
export { normalise, normaliseTerm, type Normalised } from './normalise';
export { compileAutomaton, findAll, type Automaton, type RawMatch } from './automaton';
export { defaultMatcher } from './matcher';
export { DEFAULT_ALLOW_LIST } from './allow-list';
export { FIELD_LIMITS, displayWidth } from './listing-rules';
