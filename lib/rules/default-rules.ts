import { DEFAULT_BANDS } from './bands';
import { DIMENSIONS } from './dimensions';
import { INDICATORS } from './indicators';
import type { RulePack } from './schema';

/**
 * The default rule pack as data, without zod: the score and new-merchant readers use it in a
 * page's content script, which carries no zod (issue 11). tests/unit/rules/packs.test.ts checks
 * it against `rulePackSchema`, so a broken pack fails loudly in the test run, not on a page.
 */
export const DEFAULT_RULES: RulePack = {
  version: 1,
  dimensions: DIMENSIONS,
  indicators: INDICATORS.map((i) => ({ ...i, bands: i.bands ?? DEFAULT_BANDS[i.id] ?? [] })),
};
