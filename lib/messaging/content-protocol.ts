import { z } from 'zod';
import { fieldSchema } from '../compliance/finding';

/** Messages from extension pages to a back-office tab's content script. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('editor/reveal'), field: fieldSchema, start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(200) }),
  /** A sanitised outline of the page for a bug report (lib/pages/capture.ts). */
  z.object({ type: z.literal('page/capture') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
