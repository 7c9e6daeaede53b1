import { z } from 'zod';
import { pageReadingSchema, type PageReading } from './page-reading';
import { unreadableReading } from './unreadable';

const KINDS = pageReadingSchema.options.map((o) => o.shape.kind.value);
/** Enough of a reading to say which page it came from and when. */
const baseSchema = z.object({ kind: z.enum(KINDS), url: z.string(), readAt: z.iso.datetime() });

/**
 * A page reading as the worker accepts it. The readers send plain data (no zod in the content
 * scripts, issue 11), so this is where a reading is checked. One that does not fit its schema,
 * a reader's bug or a page stranger than its limits, is not dropped in silence: it is kept as
 * that page's unreadable reading with the place that failed, so the popup tells the merchant
 * the page could not be read, exactly as when the reader itself fails. Only a message that
 * does not even say which page it is from is refused.
 */
export const submittedReadingSchema = z.unknown().transform((value, ctx): PageReading => {
  const parsed = pageReadingSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const base = baseSchema.safeParse(value);
  if (base.success) return unreadableReading(base.data, `读取结果不完整：${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  ctx.addIssue({ code: 'custom', message: z.prettifyError(parsed.error).slice(0, 500) });
  return z.NEVER;
});
