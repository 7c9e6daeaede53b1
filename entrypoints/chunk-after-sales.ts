import { attachChunk } from '@/lib/features/attach-chunk';
import { afterSalesPageFeature } from '@/lib/features/after-sales-page';

/** Feature chunk `after-sales` (lib/features/chunks.ts): injected by the worker where the detector found the after-sales list. */
export default defineUnlistedScript(() => attachChunk('after-sales', { features: [afterSalesPageFeature] }));
