import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_THRESHOLDS } from '../rules/thresholds';

/**
 * The merchant's settings: one versioned object in browser.storage.local. Every field has a
 * default, so an older or partial object still parses; a corrupt one falls back to defaults
 * and the caller is told, so the UI can say so.
 */
export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  healthLine: z.number().min(3).max(5).default(DEFAULT_THRESHOLDS.healthLine),
  activityLine: z.number().min(3).max(5).default(DEFAULT_THRESHOLDS.activityLine),
  targets: z.array(z.number().min(3).max(5)).max(5).default([...DEFAULT_THRESHOLDS.targets]),
  alerts: z.object({ notify: z.boolean().default(true), badge: z.boolean().default(true) }).default({ notify: true, badge: true }),
  historyRetentionDays: z.number().int().min(7).max(1095).default(365),
  language: z.enum(['zh', 'en']).default('zh'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
const KEY = 'settings';

export async function loadSettings(): Promise<{ settings: Settings; corrupt: boolean }> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, corrupt: false };
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data, corrupt: false } : { settings: DEFAULT_SETTINGS, corrupt: true };
}
