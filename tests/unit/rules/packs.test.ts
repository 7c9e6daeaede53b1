import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '@/lib/rules/default-rules';
import { rulePackSchema } from '@/lib/rules/schema';
import { NEW_MERCHANT_RULES } from '@/lib/rules/new-merchant-rules';
import { newMerchantRulesSchema } from '@/lib/rules/new-merchant';

/*
 * The built-in packs are plain data (the content scripts that read pages carry no zod), so this
 * is where a broken pack is caught: an unknown dimension, bands out of order, a duplicate id, a
 * group counting more tasks than it offers. Parsing must also change nothing: whatever the
 * readers use on a page is exactly what the worker would have validated.
 */
describe('built-in rule packs', () => {
  it('the 购物体验分 pack fits its schema exactly', () => {
    const parsed = rulePackSchema.safeParse(DEFAULT_RULES);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(DEFAULT_RULES);
  });

  it('the 新商体验分 pack fits its schema exactly', () => {
    const parsed = newMerchantRulesSchema.safeParse(NEW_MERCHANT_RULES);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(NEW_MERCHANT_RULES);
  });

  it('a broken pack is refused by the schema, with the place named', () => {
    const broken = { ...DEFAULT_RULES, indicators: DEFAULT_RULES.indicators.map((i, n) => (n === 0 ? { ...i, dimension: 'nowhere' } : i)) };
    const parsed = rulePackSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((x) => x.path.join('.'))).toContain('indicators.0.dimension');
  });
});
