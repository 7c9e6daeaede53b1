import { z } from 'zod';
import { listReadingFields } from '../../kit/list-reading';

const iso = z.string().datetime();

export const caseRowSchema = z.object({
  caseNo: z.string().min(4).max(40),
  orderNo: z.string().min(4).max(40).nullable(),
  type: z.enum(['refund-only', 'return-refund', 'exchange']).nullable(),
  typeShown: z.string().max(20).nullable(),
  status: z.enum(['awaiting-merchant', 'awaiting-buyer-return', 'awaiting-merchant-receipt', 'platform', 'awaiting-buyer', 'closed', 'done']).nullable(),
  statusShown: z.string().max(20).nullable(),
  /** 申请时间, only when the page shows a full date. */
  appliedAt: iso.nullable(),
  /** The remaining handling time as shown, made absolute at the moment of reading. */
  handleBy: z.object({ shown: z.string().max(60), deadline: iso }).nullable(),
  products: z.array(z.string().max(120)).max(20),
  hidden: z.boolean(),
  unreadable: z.string().max(300).nullable(),
});
export type CaseRow = z.infer<typeof caseRowSchema>;

export const afterSalesReadingSchema = z.object({
  kind: z.literal('after-sales'),
  ...listReadingFields,
  cases: z.array(caseRowSchema).max(6000),
});
export type AfterSalesReading = z.infer<typeof afterSalesReadingSchema>;
