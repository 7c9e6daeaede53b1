import { readablePath } from '../../kit/url';
import { mentionedOutsideChrome } from '../../kit/evidence';

/**
 * Is this the product editor (发布商品 / 编辑商品)? Evidence, next to its lookups:
 * - routes (DOMAIN.md §3.2, §3.4): the new form /zone/goods/nexus/self/release/add (optionally
 *   ?sameId=), the older /zone/goods/config/release/add, and editing at
 *   /zone/goods/config/release/detail?itemId=<id>;
 * - labels on the form: 商品标题 (or 商品名称) with 商品详情 / 图文详情 / 商品描述, or the submit
 *   button 「提交审核」; forms that show no labels, only placeholders (「请输入商品标题」,
 *   「最多输入30个汉字（60个字符）」), are recognised by their fields' placeholders and names.
 * The product list's search box is labelled 商品名称 too, so one title label alone is no evidence.
 */
const FORM_URL_HINTS = [/\/goods\/nexus\/self\/release\/(?:add|edit)/i, /\/goods\/config\/release\/(?:add|edit)/i, /\/goods\/config\/release\/detail/i, /\/goods\/.*release\/(?:add|edit|detail)/i];

export function productFormUrlHint(url: URL): boolean {
  const path = readablePath(url);
  if (!FORM_URL_HINTS.some((re) => re.test(path))) return false;
  // The detail route is the editor only with the product it edits.
  return !/\/release\/detail/i.test(path) || /^\d{3,30}$/.test(url.searchParams.get('itemId') ?? '');
}

const TITLE_LABELS = ['商品标题', '商品名称'];
const FORM_LABELS = ['商品详情', '图文详情', '商品描述', '详情描述', '提交审核'];
const TITLE_HINT = /标题|商品名称|最多输入\d+个汉字/;
const DETAIL_HINT = /详情|描述/;
const EDITABLE = 'input:not([type]), input[type="text"], textarea, [contenteditable="true"], [contenteditable=""]';

function hintOf(el: Element): string {
  return `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-placeholder') ?? ''}`;
}

/** Cheap check: the form's own labels outside the menus, or its fields' placeholders. */
export function hasProductFormEvidence(doc: Document): boolean {
  try {
    if (mentionedOutsideChrome(doc, TITLE_LABELS) && mentionedOutsideChrome(doc, FORM_LABELS)) return true;
    const fields = Array.from(doc.querySelectorAll(EDITABLE)).slice(0, 200);
    const title = fields.some((f) => TITLE_HINT.test(hintOf(f)));
    const detail = fields.some((f) => f.tagName !== 'INPUT' && DETAIL_HINT.test(hintOf(f)));
    return title && (detail || mentionedOutsideChrome(doc, FORM_LABELS));
  } catch {
    return false;
  }
}

export function isProductFormPage(url: URL, doc: Document): boolean {
  return productFormUrlHint(url) || hasProductFormEvidence(doc);
}
