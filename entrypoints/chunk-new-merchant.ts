import { attachChunk } from '@/lib/features/attach-chunk';
import { newMerchantPageFeature } from '@/lib/features/new-merchant-page';

/** Feature chunk `new-merchant` (lib/features/chunks.ts): injected by the worker where the detector found its page. */
export default defineUnlistedScript(() => attachChunk('new-merchant', { features: [newMerchantPageFeature] }));
