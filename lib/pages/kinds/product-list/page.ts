import { productListUrlHint } from './detector';
import { findProductTable } from './reader';

export { hasProductListEvidence, productListUrlHint } from './detector';

/** A product list: the route says so, or the page shows the product table or product cards. */
export function isProductListPage(url: URL, doc: ParentNode): boolean {
  return productListUrlHint(url) || findProductTable(doc) !== null;
}
