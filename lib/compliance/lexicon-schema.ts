import { z } from 'zod';
import { listingCategorySchema, severitySchema, termKindSchema } from './finding';
import { normaliseTerm } from './normalise';
import { REASON_KEYS, type ReasonKey } from './reasons';

/** Schema of lexicon data (kept apart from the data so the generator can use it before the data exists). */

/** Where an entry applies: `global` = every listing, otherwise one category. */
export const lexiconScopeSchema = z.enum(['global', 'food', 'cosmetics', 'health', 'apparel', 'digital']);
export type LexiconScope = z.infer<typeof lexiconScopeSchema>;

export const lexiconEntrySchema = z
  .object({
    term: z.string().min(1).max(64),
    scope: z.array(lexiconScopeSchema).min(1),
    kind: termKindSchema,
    severity: severitySchema,
    /** Per-category severity that replaces `severity` (e.g. medical words on approved health products). */
    severityIn: z.partialRecord(listingCategorySchema, severitySchema).optional(),
    reason: z.enum(REASON_KEYS as [ReasonKey, ...ReasonKey[]]),
    suggestions: z.array(z.string().min(1)).min(1),
    /** DOMAIN.md source tags (S22…) or `curated`. */
    source: z.array(z.string().min(1)).min(1),
  })
  .refine((e) => normaliseTerm(e.term).length > 0, { message: 'term is empty after normalisation' });

export type LexiconEntryData = z.input<typeof lexiconEntrySchema>;
export type LexiconEntry = z.output<typeof lexiconEntrySchema>;

export const lexiconSchema = z.array(lexiconEntrySchema).min(1);
