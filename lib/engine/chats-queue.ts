import { z } from 'zod';
import { chatCountsSchema, type ImReading } from '../pages/kinds/im/reading';

/**
 * The workbench's part of today's queue: the session counts as last read, never the sessions
 * themselves (no buyer has a place here). A read is the whole list on screen, so the latest one
 * replaces the one before; counts older than a few minutes say when they were read and stop
 * counting as urgent (a reply takes 3 minutes, an hour-old count is history).
 */
export const CHATS_FRESH_MIN = 5;
/** The guides' target for 3分钟回复率 (S1, and the 极速回复 badge's line). */
export const REPLY_RATE_TARGET = 80;

const iso = z.string().datetime();

export const chatsStateSchema = z.object({
  readAt: iso,
  url: z.string().max(2000),
  status: z.enum(['ok', 'partial', 'unreadable']),
  counts: chatCountsSchema,
  replyRate: z.object({ value: z.number().min(0).max(100), shown: z.string().max(20) }).nullable(),
});
export type ChatsState = z.infer<typeof chatsStateSchema>;

export const chatsViewSchema = chatsStateSchema.extend({
  /** Read within the last few minutes: its counts are today's urgent work. */
  fresh: z.boolean(),
  /** The shown 3分钟回复率 is below 80 %; null when the workbench showed none. */
  belowTarget: z.boolean().nullable(),
});
export type ChatsView = z.infer<typeof chatsViewSchema>;

/** A workbench read: its counts replace the last ones (an unreadable read keeps them, told by its status). */
export function mergeChats(prev: ChatsState | null | undefined, reading: ImReading): ChatsState {
  if (reading.status === 'unreadable' && prev) return { ...prev, status: 'unreadable' };
  return { readAt: reading.readAt, url: reading.url, status: reading.status, counts: reading.counts, replyRate: reading.replyRate ?? prev?.replyRate ?? null };
}

export function chatsView(state: ChatsState | null | undefined, now: Date): ChatsView | null {
  if (!state) return null;
  const fresh = now.getTime() - Date.parse(state.readAt) <= CHATS_FRESH_MIN * 60_000;
  return { ...state, fresh, belowTarget: state.replyRate ? state.replyRate.value < REPLY_RATE_TARGET : null };
}

/** The workbench's urgent count: sessions waiting, while the read is fresh. */
export function chatsUrgent(view: ChatsView | null): number {
  return view?.fresh ? view.counts.waiting : 0;
}
