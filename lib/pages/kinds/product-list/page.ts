import { mentionedOutsideChrome } from '../../kit/evidence';
import { findProductTable } from './reader';

/**
 * Is this the product list? Evidence, next to its lookups (DOMAIN.md §3.2, §3.5): the route
 * /zone/goods/v1/list (older /zone/goods/list, /zone/shop/itemManager), and on the page the
 * list's column labels (商品信息 with 商品状态 / 操作 / 单价) or product items with 「ID: …」 and 编辑.
 */
const LIST_URL_HINTS = [/\/goods\/.*list/i, /itemmanager/i];

/** decodeURIComponent never throws here: a malformed path (%E4%B8) is tested as written. */
function pathOf(url: URL): string {
  try { return decodeURIComponent(url.pathname); } catch { return url.pathname; }
}

export function productListUrlHint(url: URL): boolean {
  const path = pathOf(url);
  return LIST_URL_HINTS.some((re) => re.test(path));
}

const INFO_LABELS = ['商品信息', '商品名称'];
const CONFIRMING_LABELS = ['商品状态', '操作', '单价', '总库存'];

/** Cheap check for the always-on detector: the list's own labels outside the menus. */
export function hasProductListEvidence(doc: Document): boolean {
  try {
    return mentionedOutsideChrome(doc, INFO_LABELS) && mentionedOutsideChrome(doc, CONFIRMING_LABELS);
  } catch {
    return false;
  }
}

/** A product list: the route says so, or the page shows the product table or product cards. */
export function isProductListPage(url: URL, doc: ParentNode): boolean {
  return productListUrlHint(url) || findProductTable(doc) !== null;
}
