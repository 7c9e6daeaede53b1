import { attachChunk } from '@/lib/features/attach-chunk';
import { reviewsPageFeature } from '@/lib/features/reviews-page';

/** Feature chunk `reviews` (lib/features/chunks.ts): injected by the worker where the detector found 评价管理. */
export default defineUnlistedScript(() => attachChunk('reviews', { features: [reviewsPageFeature] }));
