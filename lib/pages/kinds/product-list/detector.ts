import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';

/**
 * The product list's cheap signs, apart from its reader so the always-on detector can import
 * them without the reader (and its zod schema). Evidence, next to its lookups (DOMAIN.md §3.2,
 * §3.5): the route /zone/goods/v1/list (older /zone/goods/list, /zone/shop/itemManager), and on
 * the page the list's column labels (商品信息 with 商品状态 / 操作 / 单价).
 */
const LIST_URL_HINTS = [/\/goods\/.*list/i, /itemmanager/i];

export function productListUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return LIST_URL_HINTS.some((re) => re.test(path));
}

const INFO_LABELS = ['商品信息', '商品名称'];
const CONFIRMING_LABELS = ['商品状态', '操作', '单价', '总库存'];
/** Card and List layouts have no column labels: each item shows its id, its stock and 编辑. */
const ITEM_ID = /(?:商品)?ID[：:\s]*\d{6,}/;
const ITEM_LABELS = ['库存', '总库存'];

/**
 * Cheap check for the always-on detector: the list's own column labels outside the menus, or
 * product items (an id 「ID：2026…」 with 库存 and 编辑), as card and List layouts show them.
 */
export function hasProductListEvidence(doc: Document): boolean {
  try {
    if (mentionedOutsideChrome(doc, INFO_LABELS) && mentionedOutsideChrome(doc, CONFIRMING_LABELS)) return true;
    return ITEM_ID.test(doc.body?.textContent ?? '') && mentionedOutsideChrome(doc, ITEM_LABELS) && mentionedOutsideChrome(doc, ['编辑']);
  } catch {
    return false;
  }
}
