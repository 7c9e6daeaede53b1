import { z } from 'zod';
import { listingCategorySchema, severitySchema, termKindSchema } from './finding';
import { normaliseTerm } from './normalise';
import { REASON_KEYS, type ReasonKey } from './reasons';

/** Schema of lexicon data (kept apart from the data so the generator can use it before the data exists). */

/**
 * Text that tells the merchant what to do rather than standing in for a word: instructions
 * (删除…, 写明…, 改为…), conditions in brackets, sentences. Such text must never be written
 * into a listing by a fix button. Kept beside the schema so the generator, the schema and
 * the tests use one definition.
 */
const ADVICE_MARKS = /[（）()“”"'，,。：:；;！!？?…]|删除|删去|去掉|写明|改为|改写|注明|须|需|请|如实|如为|如有|描述|引导|保留|提供|联系|可写|仅限|只写|依据|证明|附/;
export function isAdviceLike(text: string): boolean {
  return ADVICE_MARKS.test(text) || text.length > 12;
}

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
    /**
     * Words that can stand in the term's place as they are: the card offers each as a
     * one-click fix. Never advice (see isAdviceLike); may be empty when only a rewrite helps.
     */
    replacements: z.array(z.string().min(1).max(20).refine((r) => !isAdviceLike(r), { message: 'replacement reads as advice' })).max(4),
    /** What to do instead, for the merchant to read; never written into the listing. */
    advice: z.string().min(1).max(120),
    /** Deleting the word is itself the fix (superlatives, hype): the card offers 「删除此词」. */
    deletable: z.boolean(),
    /** DOMAIN.md source tags (S22…) or `curated`. */
    source: z.array(z.string().min(1)).min(1),
  })
  .refine((e) => normaliseTerm(e.term).length > 0, { message: 'term is empty after normalisation' })
  .refine((e) => !e.replacements.some((r) => normaliseTerm(r).includes(normaliseTerm(e.term))), { message: 'a replacement contains the term itself' });

export type LexiconEntryData = z.input<typeof lexiconEntrySchema>;
export type LexiconEntry = z.output<typeof lexiconEntrySchema>;

export const lexiconSchema = z.array(lexiconEntrySchema).min(1);
