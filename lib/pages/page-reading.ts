import { z } from 'zod';
import { newMerchantReadingSchema } from './new-merchant-reading';
import { scoreReadingSchema } from './reading';

/** Every page reading the content side can submit, one schema per page kind. */
export const pageReadingSchema = z.discriminatedUnion('kind', [scoreReadingSchema, newMerchantReadingSchema]);
export type PageReading = z.infer<typeof pageReadingSchema>;
