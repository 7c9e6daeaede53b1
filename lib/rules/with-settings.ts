import type { Settings } from '../store/settings-schema';
import { rulePackSchema, type RulePack } from './schema';

/**
 * The rule pack with the merchant's weight and band overrides applied. Re-validated, so an
 * override that breaks the pack (bands out of order) is ignored rather than used.
 */
export function rulesWithSettings(base: RulePack, settings: Pick<Settings, 'weights' | 'bands'>): RulePack {
  if (Object.keys(settings.weights).length === 0 && Object.keys(settings.bands).length === 0) return base;
  const candidate = {
    ...base,
    dimensions: base.dimensions.map((d) => ({ ...d, weight: settings.weights[d.id] ?? d.weight })),
    indicators: base.indicators.map((i) => ({ ...i, weight: settings.weights[i.id] ?? i.weight, bands: settings.bands[i.id] ?? i.bands })),
  };
  const parsed = rulePackSchema.safeParse(candidate);
  return parsed.success ? parsed.data : base;
}
