import { z } from 'zod';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, settingsV1Schema, type Settings } from './settings-schema';

export type LoadOutcome =
  | { settings: Settings; status: 'ok' | 'default' }
  | { settings: Settings; status: 'migrated'; from: number }
  /** The stored value could not be used; defaults apply and the stored value is kept aside. */
  | { settings: Settings; status: 'corrupt'; problem: string };

/** v1 → v2: the flat fields moved into groups; the badge switch became the badge colour rule. */
function fromV1(v1: z.infer<typeof settingsV1Schema>): unknown {
  return {
    version: 2,
    thresholds: { healthLine: v1.healthLine, activityLine: v1.activityLine, targets: v1.targets },
    badge: { warnOnDimensions: v1.alerts?.badge },
    alerts: { notify: v1.alerts?.notify },
    history: { retentionDays: v1.historyRetentionDays },
    language: v1.language,
  };
}

/** Drops undefined leaves so zod's defaults fill them. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, prune(v)]));
  }
  return value;
}

/**
 * Turns whatever is in storage into valid settings: current versions parse, older ones are
 * migrated step by step, anything else falls back to defaults and says why. Never throws.
 */
export function migrateSettings(raw: unknown): LoadOutcome {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, status: 'default' };
  const version = typeof raw === 'object' && raw && 'version' in raw ? (raw as { version: unknown }).version : undefined;
  let candidate: unknown = raw;
  let from: number | null = null;
  if (version === 1) {
    const v1 = settingsV1Schema.safeParse(raw);
    if (!v1.success) return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: `旧版设置无法识别：${z.prettifyError(v1.error).slice(0, 200)}` };
    candidate = fromV1(v1.data);
    from = 1;
  } else if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: `设置来自更新的版本（${version}），本版本无法读取` };
  }
  const parsed = settingsSchema.safeParse(prune(candidate));
  if (!parsed.success) return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: z.prettifyError(parsed.error).slice(0, 300) };
  return from === null ? { settings: parsed.data, status: 'ok' } : { settings: parsed.data, status: 'migrated', from };
}
