import { z } from 'zod';
import { lintSettingsSchema } from '../compliance/finding';
import { bandSchema } from '../rules/schema';
import { DEFAULT_THRESHOLDS } from '../rules/thresholds';

export const SETTINGS_VERSION = 2;

// No messages here: lib/store/settings-issues.ts words the issues in the merchant's language.
const line = z.number().min(3).max(5);

/**
 * The merchant's settings, version 2. Every field has a default, so a partial object parses;
 * rule-pack overrides (weights, bands) are sparse: only what the merchant changed is stored.
 */
export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  thresholds: z
    .object({
      healthLine: line.default(DEFAULT_THRESHOLDS.healthLine),
      activityLine: line.default(DEFAULT_THRESHOLDS.activityLine),
      targets: z.array(line).max(5).default([...DEFAULT_THRESHOLDS.targets]),
    })
    .default({ healthLine: DEFAULT_THRESHOLDS.healthLine, activityLine: DEFAULT_THRESHOLDS.activityLine, targets: [...DEFAULT_THRESHOLDS.targets] }),
  /** Dimension and indicator weight overrides, by rule id. */
  weights: z.record(z.string().max(60), z.number().positive().max(100)).default({}),
  /** Estimation band overrides, by indicator id. */
  bands: z.record(z.string().max(60), z.array(bandSchema).min(1).max(20)).default({}),
  badge: z.object({ warnOnDimensions: z.boolean().default(true) }).default({ warnOnDimensions: true }),
  alerts: z.object({ notify: z.boolean().default(true) }).default({ notify: true }),
  /** New-merchant advice: a shop weak at live selling gets the non-live tasks first. */
  newMerchant: z.object({ weakAtLive: z.boolean().default(false) }).default({ weakAtLive: false }),
  routines: z.object({ dailyCheck: z.boolean().default(true), weeklyReview: z.boolean().default(true) }).default({ dailyCheck: true, weeklyReview: true }),
  /**
   * Today's queue: the toolbar badge may show the urgent count (off: the badge is the score's);
   * a reminder this many minutes before a known ship-by line (0: none); the 9:00 summary.
   */
  queue: z
    .object({
      badge: z.boolean().default(false),
      remindBeforeMinutes: z.number().int().min(0).max(24 * 60).default(120),
      dailySummary: z.boolean().default(true),
      /** The workbench: the badge shows the chats waiting while it is read (issue 14). */
      chatBadge: z.boolean().default(true),
      /** A notification when a chat is due within 60 s and the workbench tab is not in front. */
      chatNotify: z.boolean().default(true),
    })
    .default({ badge: false, remindBeforeMinutes: 120, dailySummary: true, chatBadge: true, chatNotify: true }),
  history: z.object({ retentionDays: z.number().int().min(7).max(1095).default(365) }).default({ retentionDays: 365 }),
  language: z.enum(['zh', 'en']).default('zh'),
  words: lintSettingsSchema.default({ userTerms: [], allowList: [] }),
  /**
   * Editor warnings: words ignored per saved product (`item:<id>`; a new product's ignores
   * live only while its form is open), hosts where the marks are off, and a snooze end
   * (epoch ms). Older installs kept ignores under `ignored/<key>` in storage; the worker
   * moves them here once (lib/background/lint.ts).
   */
  editor: z
    .object({
      ignored: z.record(z.string().regex(/^item:\d{3,30}$/).max(40), z.array(z.string().min(1).max(64)).max(500)).default({}),
      offHosts: z.array(z.string().min(1).max(253)).max(50).default([]),
      snoozeUntil: z.number().int().nonnegative().default(0),
    })
    .default({ ignored: {}, offHosts: [], snoozeUntil: 0 }),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({ version: SETTINGS_VERSION });

/** Version 1 (the first release): flat thresholds and switches. Kept for migration only. */
export const settingsV1Schema = z.object({
  version: z.literal(1),
  healthLine: z.number().optional(),
  activityLine: z.number().optional(),
  targets: z.array(z.number()).optional(),
  alerts: z.object({ notify: z.boolean().optional(), badge: z.boolean().optional() }).optional(),
  historyRetentionDays: z.number().optional(),
  language: z.enum(['zh', 'en']).optional(),
});
