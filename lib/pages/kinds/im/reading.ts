import { z } from 'zod';
import { listReadingFields } from '../../kit/list-reading';

const iso = z.string().datetime();

/**
 * One session the list shows as waiting on the merchant. Counts and times only: no nickname,
 * avatar or message text has a place here (issue 14 item 5).
 */
export const chatSessionSchema = z.object({
  /** The countdown as shown (「2分10秒后超时」, 「已超时」), or null when the card shows the last message's time. */
  shown: z.string().max(40).nullable(),
  /** Seconds to the 3-minute line at the moment of reading (negative: past it); null when unknown. */
  secondsLeft: z.number().int().nullable(),
  /** Past the line, by the page's word (「已超时」) or the seconds. */
  overdue: z.boolean(),
  /** The buyer's last message, absolute, when the card shows its time instead of a countdown. */
  lastMessageAt: iso.nullable(),
  /** Inside a tab pane the merchant has not opened. */
  hidden: z.boolean(),
});
export type ChatSession = z.infer<typeof chatSessionSchema>;

export const chatCountsSchema = z.object({
  /** Sessions waiting on the merchant (system cards left out). */
  waiting: z.number().int().min(0),
  /** Waiting, with 60 s or less to the 3-minute line. */
  dueSoon: z.number().int().min(0),
  /** Waiting, past the line. */
  overdue: z.number().int().min(0),
});
export type ChatCounts = z.infer<typeof chatCountsSchema>;

export const imReadingSchema = z.object({
  kind: z.literal('im'),
  ...listReadingFields,
  sessions: z.array(chatSessionSchema).max(6000),
  counts: chatCountsSchema,
  /** Sessions whose state could be read as answered (not waiting). */
  answered: z.number().int().min(0),
  /** Platform cards (催付卡片, 评价邀请, 快手官方保障 …) left out of the counts. */
  systemCards: z.number().int().min(0),
  /** The shop's 3分钟回复率 as the workbench shows it; null when it shows none. */
  replyRate: z.object({ value: z.number().min(0).max(100), shown: z.string().max(20) }).nullable(),
});
export type ImReading = z.infer<typeof imReadingSchema>;
