/**
 * The product-list reader moved to lib/pages/kinds/product-list/ (reader.ts, page.ts). This file
 * keeps the old import path working for lib/features/product-list.ts and older tests.
 */
export { findProductTable, readProductList, readProductListPage, type ProductItem, type ProductRow, type ProductTable } from './kinds/product-list/reader';
export { isProductListPage, productListUrlHint } from './kinds/product-list/page';
