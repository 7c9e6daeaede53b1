import { describe, expect, it } from 'vitest';
import { findEditorFields, type FieldRef } from '@/lib/pages/editor-fields';
import { isProductFormPage, productFormUrlHint } from '@/lib/pages/kinds/product-form/page';
import { isProductListPage } from '@/lib/pages/kinds/product-list/page';
import { LAYOUTS } from '../../fixtures/zoo/product-form/layouts';
import { TRUTHS, type FormTruth } from '../../fixtures/zoo/product-form/truth';
import { LAYOUTS as LIST_LAYOUTS } from '../../fixtures/zoo/product-list/layouts';
import { fixtureDocument } from '../helpers';

const neutral = new URL('https://s.kwaixiaodian.com/zone/home');
const formUrl = (t: FormTruth) => new URL(t.itemId ? `https://s.kwaixiaodian.com/zone/goods/config/release/detail?itemId=${t.itemId}` : 'https://s.kwaixiaodian.com/zone/goods/nexus/self/release/add');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const valueOf = (f: FieldRef | undefined): string | null => {
  if (!f) return null;
  const el = f.el as HTMLInputElement;
  return squash(f.kind === 'rich' ? el.textContent ?? '' : el.value);
};

/**
 * Layouts findEditorFields does not find the title or detail of, kept as expected failures so
 * the day it learns them these tests say so. None today: placeholder-only forms and th labels
 * (Descriptions-style forms) are found since the field finder reads both.
 */
const KNOWN_MISSES: Record<string, string> = {};

describe('product-form layout zoo: the page is recognised and its title and detail fields found', () => {
  let right = 0;
  let total = 0;
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      const name = `zoo-product-form-${layout}--${truthName}`;
      it(`detector: ${layout} / ${truthName}`, async () => {
        const doc = await fixtureDocument(name);
        expect(isProductFormPage(neutral, doc)).toBe(true); // by the page's own evidence
        expect(productFormUrlHint(formUrl(truth))).toBe(true);
        expect(isProductListPage(neutral, doc)).toBe(false);
      });
      const test = KNOWN_MISSES[layout] ? it.fails : it;
      test(`fields: ${layout} / ${truthName}${KNOWN_MISSES[layout] ? ` (known miss: ${KNOWN_MISSES[layout]})` : ''}`, async () => {
        const doc = await fixtureDocument(name);
        const fields = findEditorFields(doc);
        const rows: Array<[string, unknown, unknown]> = [
          ['title', truth.title, valueOf(fields.find((f) => f.field === 'title'))],
          ['detail', squash(truth.detail), valueOf(fields.find((f) => f.field === 'detail'))],
        ];
        const wrong = rows.filter(([, a, b]) => a !== b);
        right += rows.length - wrong.length;
        total += rows.length;
        expect(wrong).toEqual([]);
      });
    }
  }
  it('prints the matrix figure', () => {
    console.log(`product-form zoo matrix: ${right}/${total} fields found right over ${Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length} pages`);
    expect(total).toBeGreaterThan(0);
  });
  it('no product-list layout is taken for the editor', async () => {
    for (const layout of Object.keys(LIST_LAYOUTS)) {
      expect(isProductFormPage(new URL('https://s.kwaixiaodian.com/zone/goods/v1/list'), await fixtureDocument(`zoo-product-list-${layout}--plain`))).toBe(false);
    }
  });
});
