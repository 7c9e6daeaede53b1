import { editorLintFeature } from './editor-lint';
import { newMerchantPageFeature } from './new-merchant-page';
import { productListFeature } from './product-list';
import type { Feature } from './registry';
import { scorePageFeature } from './score-page';

/** Every content-side feature, in one list: a new capability is a new file plus one line here. */
export const FEATURES: readonly Feature[] = [scorePageFeature, newMerchantPageFeature, editorLintFeature, productListFeature];
