import type { z } from 'zod';
import type { Lang } from '../i18n';
import { describeIssues, languageOf, newerVersionProblem, oldVersionProblem } from './settings-issues';
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
export function migrateSettings(raw: unknown, lang: Lang = languageOf(raw)): LoadOutcome {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, status: 'default' };
  const version = typeof raw === 'object' && raw && 'version' in raw ? (raw as { version: unknown }).version : undefined;
  let candidate: unknown = raw;
  let from: number | null = null;
  if (version === 1) {
    const v1 = settingsV1Schema.safeParse(raw);
    if (!v1.success) return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: oldVersionProblem(v1.error.issues, lang) };
    candidate = fromV1(v1.data);
    from = 1;
  } else if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: newerVersionProblem(version, lang) };
  }
  const parsed = settingsSchema.safeParse(prune(candidate));
  if (!parsed.success) return { settings: DEFAULT_SETTINGS, status: 'corrupt', problem: describeIssues(parsed.error.issues, lang) };
  return from === null ? { settings: parsed.data, status: 'ok' } : { settings: parsed.data, status: 'migrated', from };
}
