import { translator, type Translate } from '../i18n';
import { bandSchema, type Band } from '../rules/schema';

/** Bands as the merchant edits them: 「0.1=5, 0.3=4.8, 0.5=4.6」 (limit=score, in order). */
export function formatBands(bands: readonly Band[]): string {
  return bands.map((b) => `${b.limit >= Number.MAX_SAFE_INTEGER ? '∞' : b.limit}=${b.score}`).join(', ');
}

export function parseBands(text: string, direction: 'lower-better' | 'higher-better', tr: Translate = translator()): { ok: true; value: Band[] } | { ok: false; error: string } {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, error: tr('bands.empty') };
  const bands: Band[] = [];
  for (const part of parts) {
    const m = /^(∞|inf|[\d.]+)\s*[=:：]\s*([\d.]+)$/i.exec(part);
    if (!m) return { ok: false, error: tr('bands.format', { part }) };
    const limit = /^(∞|inf)$/i.test(m[1]!) ? Number.MAX_SAFE_INTEGER : Number(m[1]);
    const parsed = bandSchema.safeParse({ limit, score: Number(m[2]) });
    if (!parsed.success || !Number.isFinite(limit)) return { ok: false, error: tr('bands.score', { part }) };
    bands.push(parsed.data);
  }
  for (let i = 1; i < bands.length; i++) {
    const ok = direction === 'lower-better' ? bands[i]!.limit > bands[i - 1]!.limit : bands[i]!.limit < bands[i - 1]!.limit;
    if (!ok) return { ok: false, error: tr(direction === 'lower-better' ? 'bands.orderLower' : 'bands.orderHigher') };
  }
  return { ok: true, value: bands };
}
