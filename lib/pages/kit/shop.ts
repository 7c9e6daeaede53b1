import { clip } from './fold';
import type { LabelMeaning, Token, Tokenized } from './tokens';

/**
 * Shop identity as the page header shows it: 「店铺名称：山野小铺」「店铺ID：1234567」, read by the
 * label that governs it, so two labels in adjacent spans never glue into one name, and a name
 * with a space keeps its space. Evidence: the demo headers and the after-sales pages (DOMAIN §3.7).
 */
export const SHOP_LABELS: ReadonlyArray<readonly [string, LabelMeaning]> = [
  ['店铺名称', { role: 'shop-name', name: '店铺名称' }],
  ['店铺名', { role: 'shop-name', name: '店铺名称' }],
  ['商家名称', { role: 'shop-name', name: '店铺名称' }],
  ['店铺ID', { role: 'shop-id', name: '店铺ID' }],
  ['店铺编号', { role: 'shop-id', name: '店铺ID' }],
  ['商家ID', { role: 'shop-id', name: '店铺ID' }],
];

export interface Shop { id: string | null; name: string | null }

/** Tokens governed by the label at k: what follows it up to the next label, in at most two runs. */
function following(tk: Tokenized, k: number): Token[] {
  const out: Token[] = [];
  const run = tk.tokens[k]!.run;
  for (let j = k + 1; j < tk.tokens.length; j++) {
    const t = tk.tokens[j]!;
    if (t.run > run + 1 || t.t === 'label') break;
    if (t.run === run + 1 && out.length > 0 && out[0]!.run === run) break;
    out.push(t);
  }
  return out;
}

export function readShop(tk: Tokenized, skip?: (k: number) => boolean): Shop {
  let id: string | null = null;
  let name: string | null = null;
  for (let k = 0; k < tk.tokens.length && (id === null || name === null); k++) {
    const t = tk.tokens[k]!;
    if (t.t !== 'label' || skip?.(k)) continue;
    if (t.meaning.role === 'shop-id' && id === null) {
      const next = following(tk, k)[0];
      const digits = next?.text.replace(/\s/g, '') ?? '';
      if (/^\d{3,20}$/.test(digits)) id = digits;
    } else if (t.meaning.role === 'shop-name' && name === null) {
      const words = following(tk, k).filter((x) => x.t === 'word' || x.t === 'value');
      const text = words.map((w) => w.text).join(' ').trim();
      if (text && words.every((w) => w.t === 'word' || /\d/.test(w.text))) name = clip(text, 40);
    }
  }
  return { id, name };
}
