import { attachChunk } from '@/lib/features/attach-chunk';
import { productListFeature } from '@/lib/features/product-list';

/** Feature chunk `product-list` (lib/features/chunks.ts): injected by the worker where the detector found its page. */
export default defineUnlistedScript(() => attachChunk('product-list', { features: [productListFeature] }));
